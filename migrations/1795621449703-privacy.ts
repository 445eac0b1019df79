import { MigrationInterface, QueryRunner } from 'typeorm';

/** Export my data and erase my account: the audit trail, built archives, and the tombstone marker on accounts. */
export class Privacy1795621449703 implements MigrationInterface {
  name = 'Privacy1795621449703';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."privacy_request_kind" AS ENUM('EXPORT', 'ERASE')`);
    await queryRunner.query(
      `CREATE TABLE "privacy_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."privacy_request_kind" NOT NULL, "account_id" uuid NOT NULL, "requested_by_id" uuid NOT NULL, "reason" text, "details" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fbdea00fb2fcf274bf0d2ddf2c2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "privacy_requests_account" ON "privacy_requests" ("account_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "data_exports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "requested_by_id" uuid NOT NULL, "archive" jsonb NOT NULL, "size_bytes" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3e8b8b297ef4446f30527695c10" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "data_exports_account" ON "data_exports" ("account_id") `);
    await queryRunner.query(`ALTER TABLE "accounts" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "erased_at"`);
    await queryRunner.query(`DROP INDEX "public"."data_exports_account"`);
    await queryRunner.query(`DROP TABLE "data_exports"`);
    await queryRunner.query(`DROP INDEX "public"."privacy_requests_account"`);
    await queryRunner.query(`DROP TABLE "privacy_requests"`);
    await queryRunner.query(`DROP TYPE "public"."privacy_request_kind"`);
  }
}
