import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-up that does not reveal taken addresses: an account made with an address someone already owns keeps that
 * address as an unconfirmed claim (never used for mail or linking); the owner is warned by an ACCOUNT_EXISTS
 * email. And the data-export link goes out by email too (DATA_EXPORT).
 */
export class SignUpClaimsDataExportMail1795629000000 implements MigrationInterface {
  name = 'SignUpClaimsDataExportMail1795629000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."mail_purpose" ADD VALUE 'ACCOUNT_EXISTS'`);
    await queryRunner.query(`ALTER TYPE "public"."mail_purpose" ADD VALUE 'DATA_EXPORT'`);
    await queryRunner.query(`ALTER TABLE "accounts" ADD "unconfirmed_email" citext`);
    await queryRunner.query(
      `CREATE INDEX "accounts_unconfirmed_email" ON "accounts" ("unconfirmed_email", "created_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."accounts_unconfirmed_email"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "unconfirmed_email"`);
    // Postgres cannot drop an enum value: rebuild the type without the two.
    await queryRunner.query(
      `DELETE FROM "mail_messages" WHERE "purpose" IN ('ACCOUNT_EXISTS', 'DATA_EXPORT')`,
    );
    await queryRunner.query(`ALTER TYPE "public"."mail_purpose" RENAME TO "mail_purpose_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."mail_purpose" AS ENUM('NOTIFICATION', 'DIGEST', 'PASSWORD_RESET', 'VERIFY_EMAIL')`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_messages" ALTER COLUMN "purpose" TYPE "public"."mail_purpose" USING "purpose"::text::"public"."mail_purpose"`,
    );
    await queryRunner.query(`DROP TYPE "public"."mail_purpose_old"`);
  }
}
