import { MigrationInterface, QueryRunner } from 'typeorm';

/** Identities at the OpenID provider linked to accounts (issuer + subject, unique). */
export class AccountIdentities1795622817886 implements MigrationInterface {
  name = 'AccountIdentities1795622817886';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "account_identities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "issuer" text NOT NULL, "subject" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_sign_in_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_03a85f9b5b43e86ca9d6f5ec0f7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_df2ef81da2fbf39fac6344a199" ON "account_identities" ("account_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "account_identities_subject" ON "account_identities" ("issuer", "subject") `,
    );
    await queryRunner.query(
      `ALTER TABLE "account_identities" ADD CONSTRAINT "FK_df2ef81da2fbf39fac6344a199e" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "account_identities" DROP CONSTRAINT "FK_df2ef81da2fbf39fac6344a199e"`,
    );
    await queryRunner.query(`DROP INDEX "public"."account_identities_subject"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_df2ef81da2fbf39fac6344a199"`);
    await queryRunner.query(`DROP TABLE "account_identities"`);
  }
}
