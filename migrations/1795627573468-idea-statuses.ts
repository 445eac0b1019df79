import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ideas that move: a roadmap status on ideas (existing ideas start UNDER_REVIEW), the history of moves with
 * the employee's note, and a notification kind for the people who follow an idea.
 */
export class IdeaStatuses1795627573468 implements MigrationInterface {
  name = 'IdeaStatuses1795627573468';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."idea_status" AS ENUM('UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'SHIPPED', 'DECLINED')`,
    );
    await queryRunner.query(`ALTER TABLE "threads" ADD "idea_status" "public"."idea_status"`);
    await queryRunner.query(`UPDATE "threads" SET "idea_status" = 'UNDER_REVIEW' WHERE "kind" = 'IDEA'`);
    await queryRunner.query(`CREATE INDEX "threads_idea_roadmap" ON "threads" ("idea_status", "score") `);
    await queryRunner.query(
      `CREATE TABLE "idea_status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "status" "public"."idea_status" NOT NULL, "previous_status" "public"."idea_status" NOT NULL, "note" text NOT NULL DEFAULT '', "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_89682a6ee3cf034dcebf3ce9917" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idea_status_changes_thread" ON "idea_status_changes" ("thread_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_status_changes" ADD CONSTRAINT "FK_e3f09e7176deecf6948c45c8d66" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idea_status_changes" ADD CONSTRAINT "FK_403cc1d3bf1e41e7adfb19b8502" FOREIGN KEY ("author_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'IDEA_STATUS'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Postgres cannot drop an enum value: rebuild the type without it (the partial index names kinds).
    await queryRunner.query(`DELETE FROM "notifications" WHERE "kind" = 'IDEA_STATUS'`);
    await queryRunner.query(`DROP INDEX "public"."notifications_unread_collapse"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" RENAME TO "notification_kind_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('ANSWER', 'OFFICIAL_ANSWER', 'COMMENT', 'ACCEPTED', 'MENTION', 'PRIVATE_MESSAGE', 'WATCHED_REPLY', 'WATCHED_NEW_THREAD', 'INVITED_TO_ANSWER', 'MODERATION', 'ASSIGNED')`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ALTER COLUMN "kind" TYPE "public"."notification_kind" USING "kind"::text::"public"."notification_kind"`,
    );
    await queryRunner.query(`DROP TYPE "public"."notification_kind_old"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notifications_unread_collapse" ON "notifications" ("recipient_id", "thread_id", "kind") WHERE read_at IS NULL AND thread_id IS NOT NULL AND kind NOT IN ('MODERATION', 'INVITED_TO_ANSWER')`,
    );
    await queryRunner.query(`DROP TABLE "idea_status_changes"`);
    await queryRunner.query(`DROP INDEX "public"."threads_idea_roadmap"`);
    await queryRunner.query(`ALTER TABLE "threads" DROP COLUMN "idea_status"`);
    await queryRunner.query(`DROP TYPE "public"."idea_status"`);
  }
}
