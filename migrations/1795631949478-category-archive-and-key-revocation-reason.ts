import { MigrationInterface, QueryRunner } from 'typeorm';

export class CategoryArchiveAndKeyRevocationReason1795631949478 implements MigrationInterface {
  name = 'CategoryArchiveAndKeyRevocationReason1795631949478';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "categories" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "signing_keys" ADD "revocation_reason" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "signing_keys" DROP COLUMN "revocation_reason"`);
    await queryRunner.query(`ALTER TABLE "categories" DROP COLUMN "archived_at"`);
  }
}
