import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationsWatches1795616731161 implements MigrationInterface {
  name = 'NotificationsWatches1795616731161';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."notification_event_status" AS ENUM('PENDING', 'DEAD')`);
    await queryRunner.query(
      `CREATE TABLE "notification_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "payload" jsonb NOT NULL, "status" "public"."notification_event_status" NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5b828caf9bd52c7e580f5768b14" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_events_ready" ON "notification_events" ("status", "available_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('ANSWER', 'OFFICIAL_ANSWER', 'COMMENT', 'ACCEPTED', 'MENTION', 'PRIVATE_MESSAGE', 'WATCHED_REPLY', 'WATCHED_NEW_THREAD', 'INVITED_TO_ANSWER', 'MODERATION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "thread_id" uuid, "answer_id" uuid, "actor_id" uuid, "count" integer NOT NULL DEFAULT '1', "excerpt" text NOT NULL DEFAULT '', "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notifications_unread_collapse" ON "notifications" ("recipient_id", "thread_id", "kind") WHERE read_at IS NULL AND thread_id IS NOT NULL AND kind NOT IN ('MODERATION', 'INVITED_TO_ANSWER')`,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_recipient_recent" ON "notifications" ("recipient_id", "created_at", "id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."watch_target" AS ENUM('THREAD', 'CATEGORY', 'TAG')`);
    await queryRunner.query(
      `CREATE TYPE "public"."watch_level" AS ENUM('WATCHING', 'TRACKING', 'NORMAL', 'MUTED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "watches" ("account_id" uuid NOT NULL, "target_type" "public"."watch_target" NOT NULL, "target_id" text NOT NULL, "level" "public"."watch_level" NOT NULL, "explicit" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fdd68cd0b99a28713517adf935c" PRIMARY KEY ("account_id", "target_type", "target_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "watches_target" ON "watches" ("target_type", "target_id", "level") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."watches_target"`);
    await queryRunner.query(`DROP TABLE "watches"`);
    await queryRunner.query(`DROP TYPE "public"."watch_level"`);
    await queryRunner.query(`DROP TYPE "public"."watch_target"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_recipient_recent"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_unread_collapse"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`DROP INDEX "public"."notification_events_ready"`);
    await queryRunner.query(`DROP TABLE "notification_events"`);
    await queryRunner.query(`DROP TYPE "public"."notification_event_status"`);
  }
}
