import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admin console's live site settings (one row over the environment's defaults), and audit-log targets for
 * site-wide and category changes.
 */
export class SiteSettings1795627780245 implements MigrationInterface {
  name = 'SiteSettings1795627780245';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "site_settings" ("id" smallint NOT NULL DEFAULT '1', "name" text, "tagline" text, "primary_color" text, "accent_color" text, "default_locale" text, "logo" bytea, "logo_content_type" text, "logo_hash" text, "rate_limits" jsonb NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "site_settings_one_row" CHECK ("id" = 1), CONSTRAINT "PK_e4290e8371a166d7e066d131f6e" PRIMARY KEY ("id"))`,
    );
    // flags and moderation_actions share the type; new values are appended (usable once this commits).
    await queryRunner.query(`ALTER TYPE "public"."moderation_target" ADD VALUE IF NOT EXISTS 'SITE'`);
    await queryRunner.query(`ALTER TYPE "public"."moderation_target" ADD VALUE IF NOT EXISTS 'CATEGORY'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Postgres cannot drop an enum value: rebuild the type without them, for both tables that use it.
    await queryRunner.query(`DELETE FROM "moderation_actions" WHERE "target_type" IN ('SITE', 'CATEGORY')`);
    await queryRunner.query(`DELETE FROM "flags" WHERE "target_type" IN ('SITE', 'CATEGORY')`);
    await queryRunner.query(`ALTER TYPE "public"."moderation_target" RENAME TO "moderation_target_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."moderation_target" AS ENUM('THREAD', 'ANSWER', 'COMMENT', 'ACCOUNT')`,
    );
    for (const table of ['flags', 'moderation_actions']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ALTER COLUMN "target_type" TYPE "public"."moderation_target" USING "target_type"::"text"::"public"."moderation_target"`,
      );
    }
    await queryRunner.query(`DROP TYPE "public"."moderation_target_old"`);
    await queryRunner.query(`DROP TABLE "site_settings"`);
  }
}
