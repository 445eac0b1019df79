import { MigrationInterface, QueryRunner } from 'typeorm';

/** Who each post mentions, so an edit notifies only the people it newly mentions (and at most ten per post). */
export class Mentions1795627590780 implements MigrationInterface {
  name = 'Mentions1795627590780';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."mention_post" AS ENUM('THREAD', 'ANSWER', 'COMMENT')`);
    await queryRunner.query(
      `CREATE TABLE "mentions" ("post_id" uuid NOT NULL, "account_id" uuid NOT NULL, "post_type" "public"."mention_post" NOT NULL, "thread_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0edc2f5a12212084f9280c4fc15" PRIMARY KEY ("post_id", "account_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "mentions_account" ON "mentions" ("account_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."mentions_account"`);
    await queryRunner.query(`DROP TABLE "mentions"`);
    await queryRunner.query(`DROP TYPE "public"."mention_post"`);
  }
}
