import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search ranking reads each candidate's vector to see where the query's words occur (title > tags > body >
 * answers). The whole vector (answers included, ~2.8 KB on average) lives out of line in TOAST, and fetching
 * it for the 200 candidates of a search was about a third of the search statement's time. rank_tsv keeps
 * only the title, tags and body part (weights A, B, C: ~0.9 KB), computed by Postgres from tsv, so it stays
 * in the row: a candidate holding every word is ranked from it, and a word not in it is in the answers.
 */
export class SearchRankVector1795632500000 implements MigrationInterface {
  name = 'SearchRankVector1795632500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // One statement: the table is rewritten once, after both changes, so every row keeps rank_tsv inline
    // (MAIN: compressed if need be, moved out of the row only after every other column).
    await queryRunner.query(
      `ALTER TABLE "search_documents"
         ADD "rank_tsv" tsvector GENERATED ALWAYS AS (ts_filter("tsv", '{a,b,c}')) STORED,
         ALTER COLUMN "rank_tsv" SET STORAGE MAIN`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "search_documents" DROP COLUMN "rank_tsv"`);
  }
}
