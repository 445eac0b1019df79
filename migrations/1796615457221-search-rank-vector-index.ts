import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search finds the documents holding every query word field by field: titles (search_documents_title_tsv),
 * then titles, tags and bodies (this index on rank_tsv), and only when those find less than a page, the
 * whole vector with answers (search_documents_tsv). A GIN probe costs about the number of documents matched,
 * and the words of a support community are in most documents through their answers ("update" in ~76 % at
 * 100 000 threads), so probing the whole vector for every query cost 10–40 ms. Without the pending list,
 * like the other full-text indexes: searches never scan it.
 */
export class SearchRankVectorIndex1796615457221 implements MigrationInterface {
  name = 'SearchRankVectorIndex1796615457221';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "search_documents_rank_tsv" ON "search_documents" USING gin ("rank_tsv") WITH (fastupdate = off)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "search_documents_rank_tsv"`);
  }
}
