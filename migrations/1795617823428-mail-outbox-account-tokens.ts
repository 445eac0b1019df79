import { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutboxAccountTokens1795617823428 implements MigrationInterface {
  name = 'MailOutboxAccountTokens1795617823428';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."account_token_purpose" AS ENUM('PASSWORD_RESET', 'VERIFY_EMAIL')`,
    );
    await queryRunner.query(
      `CREATE TABLE "account_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "purpose" "public"."account_token_purpose" NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5e3640c493cc6206a44b885e6a9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "account_tokens_hash" ON "account_tokens" ("token_hash") `);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_email_frequency" AS ENUM('IMMEDIATE', 'DAILY', 'WEEKLY', 'NEVER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."digest_frequency" AS ENUM('DAILY', 'WEEKLY', 'NEVER')`);
    await queryRunner.query(
      `CREATE TABLE "email_preferences" ("account_id" uuid NOT NULL, "notifications" "public"."notification_email_frequency" NOT NULL DEFAULT 'IMMEDIATE', "digest" "public"."digest_frequency" NOT NULL DEFAULT 'WEEKLY', "last_digest_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3ed0d924bcfb61e9fefe266debb" PRIMARY KEY ("account_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."mail_purpose" AS ENUM('NOTIFICATION', 'DIGEST', 'PASSWORD_RESET', 'VERIFY_EMAIL')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."mail_status" AS ENUM('PENDING', 'SENT', 'SKIPPED', 'DEAD')`,
    );
    await queryRunner.query(
      `CREATE TABLE "mail_messages" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "purpose" "public"."mail_purpose" NOT NULL, "account_id" uuid, "to_address" text NOT NULL, "dedupe_key" text NOT NULL, "notification_id" uuid, "subject" text, "text_body" text, "html_body" text, "status" "public"."mail_status" NOT NULL DEFAULT 'PENDING', "skip_reason" text, "attempts" integer NOT NULL DEFAULT '0', "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_1bd6e76ef3b3d4aff7d0510a509" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "mail_messages_dedupe" ON "mail_messages" ("dedupe_key") `);
    await queryRunner.query(`CREATE INDEX "mail_messages_recent" ON "mail_messages" ("created_at", "id") `);
    await queryRunner.query(
      `CREATE INDEX "mail_messages_ready" ON "mail_messages" ("status", "available_at", "id") `,
    );
    await queryRunner.query(`ALTER TABLE "accounts" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "email_verified_at"`);
    await queryRunner.query(`DROP INDEX "public"."mail_messages_ready"`);
    await queryRunner.query(`DROP INDEX "public"."mail_messages_recent"`);
    await queryRunner.query(`DROP INDEX "public"."mail_messages_dedupe"`);
    await queryRunner.query(`DROP TABLE "mail_messages"`);
    await queryRunner.query(`DROP TYPE "public"."mail_status"`);
    await queryRunner.query(`DROP TYPE "public"."mail_purpose"`);
    await queryRunner.query(`DROP TABLE "email_preferences"`);
    await queryRunner.query(`DROP TYPE "public"."digest_frequency"`);
    await queryRunner.query(`DROP TYPE "public"."notification_email_frequency"`);
    await queryRunner.query(`DROP INDEX "public"."account_tokens_hash"`);
    await queryRunner.query(`DROP TABLE "account_tokens"`);
    await queryRunner.query(`DROP TYPE "public"."account_token_purpose"`);
  }
}
