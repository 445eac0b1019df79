import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search relevance (libs/search postgres-index.ts): each document keeps its distinct words, so
 * search_words.documents counts documents exactly (a re-indexed document is counted out, then in) and
 * rarity can weigh query words; the stored tsvector changes (tags weighted apart from titles, answers
 * apart from bodies, Russian stemming). Existing documents are dropped and every live thread is queued in
 * the outbox, so the indexer rebuilds the index in the new form (for Meilisearch too: it is idempotent).
 */
export class SearchRelevance1795617221852 implements MigrationInterface {
  name = 'SearchRelevance1795617221852';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "search_documents" ADD "words" text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`TRUNCATE "search_documents", "search_words"`);
    await queryRunner.query(
      `INSERT INTO "outbox" ("topic", "aggregate_id")
       SELECT 'thread', "id" FROM "threads" WHERE "deleted_at" IS NULL AND "hidden_at" IS NULL ORDER BY "id"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "search_documents" DROP COLUMN "words"`);
    // The older form is rebuilt from the threads the same way.
    await queryRunner.query(`TRUNCATE "search_documents", "search_words"`);
    await queryRunner.query(
      `INSERT INTO "outbox" ("topic", "aggregate_id")
       SELECT 'thread', "id" FROM "threads" WHERE "deleted_at" IS NULL AND "hidden_at" IS NULL ORDER BY "id"`,
    );
  }
}
