import { MigrationInterface, QueryRunner } from 'typeorm';

/** A notification kind for the person a colleague assigns a care-queue thread to. */
export class AssignedNotifications1795624000000 implements MigrationInterface {
  name = 'AssignedNotifications1795624000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'ASSIGNED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Postgres cannot drop an enum value: rebuild the type without it (the partial index names kinds).
    await queryRunner.query(`DELETE FROM "notifications" WHERE "kind" = 'ASSIGNED'`);
    await queryRunner.query(`DROP INDEX "public"."notifications_unread_collapse"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" RENAME TO "notification_kind_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('ANSWER', 'OFFICIAL_ANSWER', 'COMMENT', 'ACCEPTED', 'MENTION', 'PRIVATE_MESSAGE', 'WATCHED_REPLY', 'WATCHED_NEW_THREAD', 'INVITED_TO_ANSWER', 'MODERATION')`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ALTER COLUMN "kind" TYPE "public"."notification_kind" USING "kind"::text::"public"."notification_kind"`,
    );
    await queryRunner.query(`DROP TYPE "public"."notification_kind_old"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notifications_unread_collapse" ON "notifications" ("recipient_id", "thread_id", "kind") WHERE read_at IS NULL AND thread_id IS NOT NULL AND kind NOT IN ('MODERATION', 'INVITED_TO_ANSWER')`,
    );
  }
}
