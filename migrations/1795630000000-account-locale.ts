import { MigrationInterface, QueryRunner } from 'typeorm';

/** The interface language a person chose in the header or in settings (null: their browser's). */
export class AccountLocale1795630000000 implements MigrationInterface {
  name = 'AccountLocale1795630000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" ADD "locale" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "locale"`);
  }
}
