import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Postgres search adapter's own tables (libs/search postgres-index.ts): one document per thread with a
 * stored weighted tsvector (GIN), folded titles with a trigram index, the words typos are corrected to,
 * and its settings (synonyms). No entities: the adapter owns them through SQL, and they can be rebuilt
 * from the threads at any time (`npm run reindex`). The full-text GIN indexes skip the pending list
 * (fastupdate off): searches then never scan a long unsorted list after bursts of writes.
 */
export class SearchDocuments1795464276184 implements MigrationInterface {
  name = 'SearchDocuments1795464276184';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_documents" ("thread_id" uuid NOT NULL, "title" text NOT NULL, "body" text NOT NULL,
        "answers" text NOT NULL, "tags" text[] NOT NULL DEFAULT '{}', "category_id" uuid NOT NULL, "kind" text NOT NULL,
        "status" text NOT NULL, "score" integer NOT NULL DEFAULT 0, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL, "title_folded" text NOT NULL,
        "title_tsv" tsvector NOT NULL, "tsv" tsvector NOT NULL,
        "indexed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_search_documents" PRIMARY KEY ("thread_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_documents_tsv" ON "search_documents" USING gin ("tsv") WITH (fastupdate = off)`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_documents_title_tsv" ON "search_documents" USING gin ("title_tsv") WITH (fastupdate = off)`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_documents_title_trgm" ON "search_documents" USING gin ("title_folded" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE TABLE "search_words" ("word" text NOT NULL, "documents" integer NOT NULL DEFAULT 0,
        CONSTRAINT "PK_search_words" PRIMARY KEY ("word"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_words_trgm" ON "search_words" USING gin ("word" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE TABLE "search_settings" ("key" text NOT NULL, "value" jsonb NOT NULL,
        CONSTRAINT "PK_search_settings" PRIMARY KEY ("key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "search_settings"`);
    await queryRunner.query(`DROP INDEX "public"."search_words_trgm"`);
    await queryRunner.query(`DROP TABLE "search_words"`);
    await queryRunner.query(`DROP INDEX "public"."search_documents_title_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."search_documents_title_tsv"`);
    await queryRunner.query(`DROP INDEX "public"."search_documents_tsv"`);
    await queryRunner.query(`DROP TABLE "search_documents"`);
  }
}
