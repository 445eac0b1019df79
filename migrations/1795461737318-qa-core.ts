import { MigrationInterface, QueryRunner } from 'typeorm';

export class QaCore1795461737318 implements MigrationInterface {
  name = 'QaCore1795461737318';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."thread_kind" AS ENUM('QUESTION', 'DISCUSSION', 'IDEA', 'ANNOUNCEMENT')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."thread_status" AS ENUM('OPEN', 'ANSWERED', 'SOLVED')`);
    await queryRunner.query(
      `CREATE TABLE "threads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "category_id" uuid NOT NULL, "author_id" uuid NOT NULL, "kind" "public"."thread_kind" NOT NULL, "status" "public"."thread_status" NOT NULL DEFAULT 'OPEN', "title" text NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "accepted_answer_id" uuid, "score" integer NOT NULL DEFAULT '0', "up_votes" integer NOT NULL DEFAULT '0', "down_votes" integer NOT NULL DEFAULT '0', "answer_count" integer NOT NULL DEFAULT '0', "comment_count" integer NOT NULL DEFAULT '0', "view_count" integer NOT NULL DEFAULT '0', "popular_score" double precision NOT NULL DEFAULT '0', "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "locked_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "edited_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d8a74804c34fc3900502cd27275" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "threads_author" ON "threads" ("author_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "threads_popular" ON "threads" ("popular_score") `);
    await queryRunner.query(`CREATE INDEX "threads_activity" ON "threads" ("last_activity_at") `);
    await queryRunner.query(`CREATE INDEX "threads_created" ON "threads" ("created_at") `);
    await queryRunner.query(`CREATE INDEX "threads_category_score" ON "threads" ("category_id", "score") `);
    await queryRunner.query(
      `CREATE INDEX "threads_category_popular" ON "threads" ("category_id", "popular_score") `,
    );
    await queryRunner.query(
      `CREATE INDEX "threads_category_activity" ON "threads" ("category_id", "last_activity_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "threads_category_created" ON "threads" ("category_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "answers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "official" boolean NOT NULL DEFAULT false, "score" integer NOT NULL DEFAULT '0', "up_votes" integer NOT NULL DEFAULT '0', "down_votes" integer NOT NULL DEFAULT '0', "comment_count" integer NOT NULL DEFAULT '0', "deleted_at" TIMESTAMP WITH TIME ZONE, "edited_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9c32cec6c71e06da0254f2226c6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "answers_author" ON "answers" ("author_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "answers_thread" ON "answers" ("thread_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "answer_id" uuid, "author_id" uuid NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8bf68bc960f2b69e818bdb90dcb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "comments_answer" ON "comments" ("answer_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "comments_thread" ON "comments" ("thread_id", "created_at") `);
    await queryRunner.query(
      `CREATE TYPE "public"."reputation_reason" AS ENUM('THREAD_UPVOTED', 'ANSWER_UPVOTED', 'DOWNVOTE_RECEIVED', 'DOWNVOTE_CAST', 'ANSWER_ACCEPTED', 'ACCEPTED_AN_ANSWER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "reputation_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "account_id" uuid NOT NULL, "reason" "public"."reputation_reason" NOT NULL, "delta" integer NOT NULL, "source_key" text NOT NULL, "thread_id" uuid, "answer_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_27bf0668993ad863b678979548a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "reputation_events_source" ON "reputation_events" ("source_key") `);
    await queryRunner.query(
      `CREATE INDEX "reputation_events_account" ON "reputation_events" ("account_id", "created_at") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."revision_target" AS ENUM('THREAD', 'ANSWER')`);
    await queryRunner.query(
      `CREATE TABLE "revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_type" "public"."revision_target" NOT NULL, "target_id" uuid NOT NULL, "editor_id" uuid NOT NULL, "title" text, "body" text NOT NULL, "tags" text array, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4aa9ee2c71c50508c3c501573c9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "revisions_target" ON "revisions" ("target_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "thread_views" ("thread_id" uuid NOT NULL, "viewer_key" text NOT NULL, "viewed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b75faf1e04d24b1198ba9ad5ca4" PRIMARY KEY ("thread_id", "viewer_key"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."vote_target" AS ENUM('THREAD', 'ANSWER')`);
    await queryRunner.query(
      `CREATE TABLE "votes" ("account_id" uuid NOT NULL, "target_id" uuid NOT NULL, "target_type" "public"."vote_target" NOT NULL, "value" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_16fb23f58d87171fde4af47d67f" PRIMARY KEY ("account_id", "target_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "votes_target" ON "votes" ("target_id") `);
    await queryRunner.query(
      `ALTER TABLE "threads" ADD CONSTRAINT "FK_a928eceed5f9b00d531bccfbf9d" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "threads" ADD CONSTRAINT "FK_71b6a8e2ea822297f14b96c3183" FOREIGN KEY ("author_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "threads" ADD CONSTRAINT "FK_3ba94cdd5ce6480df154a246942" FOREIGN KEY ("accepted_answer_id") REFERENCES "answers"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "answers" ADD CONSTRAINT "FK_614860a99ecd4b0c4b5ff8711ff" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "answers" ADD CONSTRAINT "FK_3a1ad37b311f0f3bdda728e507f" FOREIGN KEY ("author_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_e7d9c02826213be7fb6487f3909" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_235829ea2864b85eca93a90d92e" FOREIGN KEY ("answer_id") REFERENCES "answers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_e6d38899c31997c45d128a8973b" FOREIGN KEY ("author_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reputation_events" ADD CONSTRAINT "FK_7682c48c783adf06d719afac543" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "revisions" ADD CONSTRAINT "FK_64ef8b08e056532e2e9c8eb93b9" FOREIGN KEY ("editor_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_views" ADD CONSTRAINT "FK_4be61ff0a638731bfef017c5011" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "votes" ADD CONSTRAINT "FK_4a4a115614985ba35435a500085" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Tag filters use array containment; TypeORM cannot declare a GIN index, so it is written here.
    await queryRunner.query(`CREATE INDEX "threads_tags" ON "threads" USING GIN ("tags")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."threads_tags"`);
    await queryRunner.query(`ALTER TABLE "votes" DROP CONSTRAINT "FK_4a4a115614985ba35435a500085"`);
    await queryRunner.query(`ALTER TABLE "thread_views" DROP CONSTRAINT "FK_4be61ff0a638731bfef017c5011"`);
    await queryRunner.query(`ALTER TABLE "revisions" DROP CONSTRAINT "FK_64ef8b08e056532e2e9c8eb93b9"`);
    await queryRunner.query(
      `ALTER TABLE "reputation_events" DROP CONSTRAINT "FK_7682c48c783adf06d719afac543"`,
    );
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_e6d38899c31997c45d128a8973b"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_235829ea2864b85eca93a90d92e"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_e7d9c02826213be7fb6487f3909"`);
    await queryRunner.query(`ALTER TABLE "answers" DROP CONSTRAINT "FK_3a1ad37b311f0f3bdda728e507f"`);
    await queryRunner.query(`ALTER TABLE "answers" DROP CONSTRAINT "FK_614860a99ecd4b0c4b5ff8711ff"`);
    await queryRunner.query(`ALTER TABLE "threads" DROP CONSTRAINT "FK_3ba94cdd5ce6480df154a246942"`);
    await queryRunner.query(`ALTER TABLE "threads" DROP CONSTRAINT "FK_71b6a8e2ea822297f14b96c3183"`);
    await queryRunner.query(`ALTER TABLE "threads" DROP CONSTRAINT "FK_a928eceed5f9b00d531bccfbf9d"`);
    await queryRunner.query(`DROP INDEX "public"."votes_target"`);
    await queryRunner.query(`DROP TABLE "votes"`);
    await queryRunner.query(`DROP TYPE "public"."vote_target"`);
    await queryRunner.query(`DROP TABLE "thread_views"`);
    await queryRunner.query(`DROP INDEX "public"."revisions_target"`);
    await queryRunner.query(`DROP TABLE "revisions"`);
    await queryRunner.query(`DROP TYPE "public"."revision_target"`);
    await queryRunner.query(`DROP INDEX "public"."reputation_events_account"`);
    await queryRunner.query(`DROP INDEX "public"."reputation_events_source"`);
    await queryRunner.query(`DROP TABLE "reputation_events"`);
    await queryRunner.query(`DROP TYPE "public"."reputation_reason"`);
    await queryRunner.query(`DROP INDEX "public"."comments_thread"`);
    await queryRunner.query(`DROP INDEX "public"."comments_answer"`);
    await queryRunner.query(`DROP TABLE "comments"`);
    await queryRunner.query(`DROP INDEX "public"."answers_thread"`);
    await queryRunner.query(`DROP INDEX "public"."answers_author"`);
    await queryRunner.query(`DROP TABLE "answers"`);
    await queryRunner.query(`DROP INDEX "public"."threads_category_created"`);
    await queryRunner.query(`DROP INDEX "public"."threads_category_activity"`);
    await queryRunner.query(`DROP INDEX "public"."threads_category_popular"`);
    await queryRunner.query(`DROP INDEX "public"."threads_category_score"`);
    await queryRunner.query(`DROP INDEX "public"."threads_created"`);
    await queryRunner.query(`DROP INDEX "public"."threads_activity"`);
    await queryRunner.query(`DROP INDEX "public"."threads_popular"`);
    await queryRunner.query(`DROP INDEX "public"."threads_author"`);
    await queryRunner.query(`DROP TABLE "threads"`);
    await queryRunner.query(`DROP TYPE "public"."thread_status"`);
    await queryRunner.query(`DROP TYPE "public"."thread_kind"`);
  }
}
