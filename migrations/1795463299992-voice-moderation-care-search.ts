import { MigrationInterface, QueryRunner } from 'typeorm';

export class VoiceModerationCareSearch1795463299992 implements MigrationInterface {
  name = 'VoiceModerationCareSearch1795463299992';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "signing_keys" ("key_id" text NOT NULL, "algorithm" text NOT NULL DEFAULT 'Ed25519', "public_key_pem" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e02f744a41c3ffa8340aa850638" PRIMARY KEY ("key_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "announcement_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "version" integer NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "author_id" uuid NOT NULL, "author_name" text NOT NULL, "author_title" text NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "key_id" text NOT NULL, "algorithm" text NOT NULL DEFAULT 'Ed25519', "signature" text NOT NULL, CONSTRAINT "PK_4937b5020245c08de09c2bd3f60" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "announcement_versions_thread_version" ON "announcement_versions" ("thread_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "assignment_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "thread_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "action" text NOT NULL, "assignee_id" uuid, "team_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7ecd8cc6a339ad017e9f91c827d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "assignment_events_thread" ON "assignment_events" ("thread_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "category_expected_waits" ("category_id" uuid NOT NULL, "minutes" integer, "sample_size" integer NOT NULL DEFAULT '0', "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_7a156494fb6ee2d9ad6aa3d3b3b" PRIMARY KEY ("category_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "private_conversations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "customer_id" uuid NOT NULL, "opened_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4f69dbb51ea575ddc66c29332e7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "private_conversations_customer" ON "private_conversations" ("customer_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "private_conversations_thread" ON "private_conversations" ("thread_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "private_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conversation_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1bf7cc91ba0b17389d76f7ad2a4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "private_messages_conversation" ON "private_messages" ("conversation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "satisfaction_ratings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "account_id" uuid NOT NULL, "rating" smallint NOT NULL, "comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_f702cf24dcc44c07cd7be18c8c6" UNIQUE ("thread_id"), CONSTRAINT "PK_20b688a2a9e99a694dbf12b01ea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "saved_replies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "body" text NOT NULL, "created_by_id" uuid NOT NULL, "updated_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_55af264beda24a4a6daa7f35fe9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "teams" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_48c0c32e6247a2de155baeaf980" UNIQUE ("name"), CONSTRAINT "PK_7e5523774a38b08a6236d322403" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "team_members" ("team_id" uuid NOT NULL, "account_id" uuid NOT NULL, CONSTRAINT "PK_3a574e0176217f52cad6cc91c75" PRIMARY KEY ("team_id", "account_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."moderation_target" AS ENUM('THREAD', 'ANSWER', 'COMMENT', 'ACCOUNT')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."flag_reason" AS ENUM('SPAM', 'ABUSE', 'OFF_TOPIC', 'DUPLICATE', 'OTHER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."flag_status" AS ENUM('OPEN', 'RESOLVED', 'DISMISSED')`);
    await queryRunner.query(
      `CREATE TABLE "flags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_type" "public"."moderation_target" NOT NULL, "target_id" uuid NOT NULL, "thread_id" uuid, "account_id" uuid NOT NULL, "reason" "public"."flag_reason" NOT NULL, "note" text, "status" "public"."flag_status" NOT NULL DEFAULT 'OPEN', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by_id" uuid, CONSTRAINT "PK_ea7e333c92a55de9e9b8d0b9afd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "flags_status_created" ON "flags" ("status", "created_at") `);
    await queryRunner.query(`CREATE INDEX "flags_target" ON "flags" ("target_id", "status") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "flags_one_open_per_account" ON "flags" ("account_id", "target_id") WHERE "status" = 'OPEN'`,
    );
    await queryRunner.query(
      `CREATE TABLE "moderation_actions" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "actor_id" uuid NOT NULL, "action" text NOT NULL, "target_type" "public"."moderation_target" NOT NULL, "target_id" uuid NOT NULL, "reason" text NOT NULL, "before" jsonb, "after" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d259906fb4d2a5ef718f1f66e35" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "moderation_actions_actor" ON "moderation_actions" ("actor_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "moderation_actions_target" ON "moderation_actions" ("target_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "moderation_actions_created" ON "moderation_actions" ("created_at") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."outbox_status" AS ENUM('PENDING', 'DEAD')`);
    await queryRunner.query(
      `CREATE TABLE "outbox" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "topic" text NOT NULL, "aggregate_id" uuid NOT NULL, "status" "public"."outbox_status" NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "outbox_ready" ON "outbox" ("status", "available_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "search_queries" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "query" text NOT NULL, "normalized" text NOT NULL, "result_count" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2945172d2d9a9f6b2339dd036e7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_queries_normalized" ON "search_queries" ("normalized", "created_at") `,
    );
    await queryRunner.query(`CREATE INDEX "search_queries_created" ON "search_queries" ("created_at") `);
    await queryRunner.query(
      `CREATE TABLE "search_clicks" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "query_id" bigint NOT NULL, "thread_id" uuid NOT NULL, "position" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_93b47d43bd22156a7208dcc8a3b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "search_clicks_query" ON "search_clicks" ("query_id") `);
    await queryRunner.query(
      `CREATE TABLE "deflections" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "thread_id" uuid NOT NULL, "category_id" uuid, "draft_title" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cedc8b3aa4e37cd0b303180a83d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "deflections_created" ON "deflections" ("created_at") `);
    await queryRunner.query(`ALTER TABLE "accounts" ADD "suspended_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "accounts" ADD "suspension_reason" text`);
    await queryRunner.query(`ALTER TABLE "categories" ADD "default_team_id" uuid`);
    await queryRunner.query(`ALTER TABLE "answers" ADD "hidden_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "answers" ADD "sentiment" real`);
    await queryRunner.query(`ALTER TABLE "threads" ADD "hidden_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "threads" ADD "pinned_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "threads" ADD "featured_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "threads" ADD "closed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "threads" ADD "duplicate_of_id" uuid`);
    await queryRunner.query(`ALTER TABLE "threads" ADD "sentiment" real`);
    await queryRunner.query(`ALTER TABLE "threads" ADD "assignee_id" uuid`);
    await queryRunner.query(`ALTER TABLE "threads" ADD "assigned_team_id" uuid`);
    await queryRunner.query(`ALTER TABLE "threads" ADD "first_official_answer_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "comments" ADD "hidden_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "threads_assignee" ON "threads" ("assignee_id") `);
    await queryRunner.query(
      `ALTER TABLE "threads" ADD CONSTRAINT "FK_966e3b92510cc169fb2b9d945a3" FOREIGN KEY ("duplicate_of_id") REFERENCES "threads"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "threads" ADD CONSTRAINT "FK_1248447896608fe284d263b459c" FOREIGN KEY ("assignee_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "announcement_versions" ADD CONSTRAINT "FK_c19c8a23401487ba3e6e6c7fee8" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "announcement_versions" ADD CONSTRAINT "FK_1f509bc451b31e1c18d2f08e3d0" FOREIGN KEY ("author_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "announcement_versions" ADD CONSTRAINT "FK_75eb9b07f5f40327c4728e91ac7" FOREIGN KEY ("key_id") REFERENCES "signing_keys"("key_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_events" ADD CONSTRAINT "FK_0f7af2cd4588efff670ab0899c4" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_events" ADD CONSTRAINT "FK_d7051b21095de7ff05fdb543161" FOREIGN KEY ("actor_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "category_expected_waits" ADD CONSTRAINT "FK_7a156494fb6ee2d9ad6aa3d3b3b" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "private_conversations" ADD CONSTRAINT "FK_f13267170f7c477c80f86ab9361" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "private_conversations" ADD CONSTRAINT "FK_42f89a02206155c494f3a8c6c2f" FOREIGN KEY ("customer_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "private_conversations" ADD CONSTRAINT "FK_50532601ea8b3a85aff9c42d200" FOREIGN KEY ("opened_by_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "private_messages" ADD CONSTRAINT "FK_ea3a87304cb06a83dab61ceaafc" FOREIGN KEY ("conversation_id") REFERENCES "private_conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "private_messages" ADD CONSTRAINT "FK_7474cc94f1878e9dcc20248a3a3" FOREIGN KEY ("author_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "satisfaction_ratings" ADD CONSTRAINT "FK_f702cf24dcc44c07cd7be18c8c6" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "satisfaction_ratings" ADD CONSTRAINT "FK_88929a4313996a2c1618b98dedd" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_replies" ADD CONSTRAINT "FK_4ffc9704b8529b259d050bd4a60" FOREIGN KEY ("created_by_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_members" ADD CONSTRAINT "FK_fdad7d5768277e60c40e01cdcea" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_members" ADD CONSTRAINT "FK_c2d2b65f142ec7e11625d207e48" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "flags" ADD CONSTRAINT "FK_b4f6f9f4778b391016c7e18bc75" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "moderation_actions" ADD CONSTRAINT "FK_fb3a6f1f4f84c2e834e86bea465" FOREIGN KEY ("actor_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "search_clicks" ADD CONSTRAINT "FK_cc0aa3b51e71302738fffba3aac" FOREIGN KEY ("query_id") REFERENCES "search_queries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "search_clicks" ADD CONSTRAINT "FK_0992c50166d2df22002a68432f3" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deflections" ADD CONSTRAINT "FK_ca0ad9a384dfc9922bbd91c417c" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deflections" DROP CONSTRAINT "FK_ca0ad9a384dfc9922bbd91c417c"`);
    await queryRunner.query(`ALTER TABLE "search_clicks" DROP CONSTRAINT "FK_0992c50166d2df22002a68432f3"`);
    await queryRunner.query(`ALTER TABLE "search_clicks" DROP CONSTRAINT "FK_cc0aa3b51e71302738fffba3aac"`);
    await queryRunner.query(
      `ALTER TABLE "moderation_actions" DROP CONSTRAINT "FK_fb3a6f1f4f84c2e834e86bea465"`,
    );
    await queryRunner.query(`ALTER TABLE "flags" DROP CONSTRAINT "FK_b4f6f9f4778b391016c7e18bc75"`);
    await queryRunner.query(`ALTER TABLE "team_members" DROP CONSTRAINT "FK_c2d2b65f142ec7e11625d207e48"`);
    await queryRunner.query(`ALTER TABLE "team_members" DROP CONSTRAINT "FK_fdad7d5768277e60c40e01cdcea"`);
    await queryRunner.query(`ALTER TABLE "saved_replies" DROP CONSTRAINT "FK_4ffc9704b8529b259d050bd4a60"`);
    await queryRunner.query(
      `ALTER TABLE "satisfaction_ratings" DROP CONSTRAINT "FK_88929a4313996a2c1618b98dedd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "satisfaction_ratings" DROP CONSTRAINT "FK_f702cf24dcc44c07cd7be18c8c6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "private_messages" DROP CONSTRAINT "FK_7474cc94f1878e9dcc20248a3a3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "private_messages" DROP CONSTRAINT "FK_ea3a87304cb06a83dab61ceaafc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "private_conversations" DROP CONSTRAINT "FK_50532601ea8b3a85aff9c42d200"`,
    );
    await queryRunner.query(
      `ALTER TABLE "private_conversations" DROP CONSTRAINT "FK_42f89a02206155c494f3a8c6c2f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "private_conversations" DROP CONSTRAINT "FK_f13267170f7c477c80f86ab9361"`,
    );
    await queryRunner.query(
      `ALTER TABLE "category_expected_waits" DROP CONSTRAINT "FK_7a156494fb6ee2d9ad6aa3d3b3b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_events" DROP CONSTRAINT "FK_d7051b21095de7ff05fdb543161"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_events" DROP CONSTRAINT "FK_0f7af2cd4588efff670ab0899c4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "announcement_versions" DROP CONSTRAINT "FK_75eb9b07f5f40327c4728e91ac7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "announcement_versions" DROP CONSTRAINT "FK_1f509bc451b31e1c18d2f08e3d0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "announcement_versions" DROP CONSTRAINT "FK_c19c8a23401487ba3e6e6c7fee8"`,
    );
    await queryRunner.query(`ALTER TABLE "threads" DROP CONSTRAINT "FK_1248447896608fe284d263b459c"`);
    await queryRunner.query(`ALTER TABLE "threads" DROP CONSTRAINT "FK_966e3b92510cc169fb2b9d945a3"`);
    await queryRunner.query(`DROP INDEX "public"."threads_assignee"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP COLUMN "hidden_at"`);
    await queryRunner.query(`ALTER TABLE "threads" DROP COLUMN "first_official_answer_at"`);
    await queryRunner.query(`ALTER TABLE "threads" DROP COLUMN "assigned_team_id"`);
    await queryRunner.query(`ALTER TABLE "threads" DROP COLUMN "assignee_id"`);
    await queryRunner.query(`ALTER TABLE "threads" DROP COLUMN "sentiment"`);
    await queryRunner.query(`ALTER TABLE "threads" DROP COLUMN "duplicate_of_id"`);
    await queryRunner.query(`ALTER TABLE "threads" DROP COLUMN "closed_at"`);
    await queryRunner.query(`ALTER TABLE "threads" DROP COLUMN "featured_at"`);
    await queryRunner.query(`ALTER TABLE "threads" DROP COLUMN "pinned_until"`);
    await queryRunner.query(`ALTER TABLE "threads" DROP COLUMN "hidden_at"`);
    await queryRunner.query(`ALTER TABLE "answers" DROP COLUMN "sentiment"`);
    await queryRunner.query(`ALTER TABLE "answers" DROP COLUMN "hidden_at"`);
    await queryRunner.query(`ALTER TABLE "categories" DROP COLUMN "default_team_id"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "suspension_reason"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "suspended_until"`);
    await queryRunner.query(`DROP INDEX "public"."deflections_created"`);
    await queryRunner.query(`DROP TABLE "deflections"`);
    await queryRunner.query(`DROP INDEX "public"."search_clicks_query"`);
    await queryRunner.query(`DROP TABLE "search_clicks"`);
    await queryRunner.query(`DROP INDEX "public"."search_queries_created"`);
    await queryRunner.query(`DROP INDEX "public"."search_queries_normalized"`);
    await queryRunner.query(`DROP TABLE "search_queries"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_ready"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
    await queryRunner.query(`DROP TYPE "public"."outbox_status"`);
    await queryRunner.query(`DROP INDEX "public"."moderation_actions_created"`);
    await queryRunner.query(`DROP INDEX "public"."moderation_actions_target"`);
    await queryRunner.query(`DROP INDEX "public"."moderation_actions_actor"`);
    await queryRunner.query(`DROP TABLE "moderation_actions"`);
    await queryRunner.query(`DROP INDEX "public"."flags_one_open_per_account"`);
    await queryRunner.query(`DROP INDEX "public"."flags_target"`);
    await queryRunner.query(`DROP INDEX "public"."flags_status_created"`);
    await queryRunner.query(`DROP TABLE "flags"`);
    // Shared by flags and moderation_actions: dropped once, after both tables.
    await queryRunner.query(`DROP TYPE "public"."moderation_target"`);
    await queryRunner.query(`DROP TYPE "public"."flag_status"`);
    await queryRunner.query(`DROP TYPE "public"."flag_reason"`);
    await queryRunner.query(`DROP TABLE "team_members"`);
    await queryRunner.query(`DROP TABLE "teams"`);
    await queryRunner.query(`DROP TABLE "saved_replies"`);
    await queryRunner.query(`DROP TABLE "satisfaction_ratings"`);
    await queryRunner.query(`DROP INDEX "public"."private_messages_conversation"`);
    await queryRunner.query(`DROP TABLE "private_messages"`);
    await queryRunner.query(`DROP INDEX "public"."private_conversations_thread"`);
    await queryRunner.query(`DROP INDEX "public"."private_conversations_customer"`);
    await queryRunner.query(`DROP TABLE "private_conversations"`);
    await queryRunner.query(`DROP TABLE "category_expected_waits"`);
    await queryRunner.query(`DROP INDEX "public"."assignment_events_thread"`);
    await queryRunner.query(`DROP TABLE "assignment_events"`);
    await queryRunner.query(`DROP INDEX "public"."announcement_versions_thread_version"`);
    await queryRunner.query(`DROP TABLE "announcement_versions"`);
    await queryRunner.query(`DROP TABLE "signing_keys"`);
  }
}
