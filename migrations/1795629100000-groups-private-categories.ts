import { MigrationInterface, QueryRunner } from 'typeorm';

export class GroupsPrivateCategories1795629100000 implements MigrationInterface {
  name = 'GroupsPrivateCategories1795629100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."group_visibility" AS ENUM('PUBLIC', 'PRIVATE')`);
    await queryRunner.query(
      `CREATE TABLE "groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "visibility" "public"."group_visibility" NOT NULL DEFAULT 'PRIVATE', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_664ea405ae2a10c264d582ee563" UNIQUE ("name"), CONSTRAINT "PK_659d1483316afb28afd3a90646e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "group_members" ("group_id" uuid NOT NULL, "account_id" uuid NOT NULL, "owner" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f3506b9e691ec799c1c806fc920" PRIMARY KEY ("group_id", "account_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bd0aa85b15d50648f1bee9e2f6" ON "group_members" ("account_id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."category_access_kind" AS ENUM('READ', 'POST')`);
    await queryRunner.query(
      `CREATE TABLE "category_permissions" ("category_id" uuid NOT NULL, "group_id" uuid NOT NULL, "access" "public"."category_access_kind" NOT NULL, CONSTRAINT "PK_a0f383881f336ecc576f3edc42c" PRIMARY KEY ("category_id", "group_id", "access"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d997180c8857dfe03c497334e5" ON "category_permissions" ("group_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "groups" ADD CONSTRAINT "FK_65a98f23825ecdcdaaeefe1da15" FOREIGN KEY ("created_by_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_members" ADD CONSTRAINT "FK_2c840df5db52dc6b4a1b0b69c6e" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_members" ADD CONSTRAINT "FK_bd0aa85b15d50648f1bee9e2f60" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "category_permissions" ADD CONSTRAINT "FK_91cb983217bd5d4f718e0daff71" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "category_permissions" ADD CONSTRAINT "FK_d997180c8857dfe03c497334e54" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "category_permissions" DROP CONSTRAINT "FK_d997180c8857dfe03c497334e54"`,
    );
    await queryRunner.query(
      `ALTER TABLE "category_permissions" DROP CONSTRAINT "FK_91cb983217bd5d4f718e0daff71"`,
    );
    await queryRunner.query(`ALTER TABLE "group_members" DROP CONSTRAINT "FK_bd0aa85b15d50648f1bee9e2f60"`);
    await queryRunner.query(`ALTER TABLE "group_members" DROP CONSTRAINT "FK_2c840df5db52dc6b4a1b0b69c6e"`);
    await queryRunner.query(`ALTER TABLE "groups" DROP CONSTRAINT "FK_65a98f23825ecdcdaaeefe1da15"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d997180c8857dfe03c497334e5"`);
    await queryRunner.query(`DROP TABLE "category_permissions"`);
    await queryRunner.query(`DROP TYPE "public"."category_access_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bd0aa85b15d50648f1bee9e2f6"`);
    await queryRunner.query(`DROP TABLE "group_members"`);
    await queryRunner.query(`DROP TABLE "groups"`);
    await queryRunner.query(`DROP TYPE "public"."group_visibility"`);
  }
}
