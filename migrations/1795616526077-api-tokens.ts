import { MigrationInterface, QueryRunner } from 'typeorm';

/** Personal API tokens (Bearer auth): only the SHA-256 of each secret is stored, unique for the lookup. */
export class ApiTokens1795616526077 implements MigrationInterface {
  name = 'ApiTokens1795616526077';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."api_token_scope" AS ENUM('READ', 'WRITE', 'MODERATE', 'ADMIN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "api_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "name" text NOT NULL, "scopes" "public"."api_token_scope" array NOT NULL, "secret_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c587455266b5fa8dace7194caac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5c25c1f4973320571027bfc1c1" ON "api_tokens" ("account_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_7e7249acb8127967fc6b8907d6" ON "api_tokens" ("secret_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "api_tokens" ADD CONSTRAINT "FK_5c25c1f4973320571027bfc1c14" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_5c25c1f4973320571027bfc1c14"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7e7249acb8127967fc6b8907d6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5c25c1f4973320571027bfc1c1"`);
    await queryRunner.query(`DROP TABLE "api_tokens"`);
    await queryRunner.query(`DROP TYPE "public"."api_token_scope"`);
  }
}
