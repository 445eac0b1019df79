// The SQL our API runs for the bench pages, copied statement for statement for the baseline server.
//
// Captured from the API's TypeORM query log with `node dist/tools/bench/capture-sql.js --print` (it serves
// the API on the bench database and records every statement of each page, like createTestApp's
// countQueries); the same tool fails when these texts and the API's drift apart. Sources in apps/api:
//   ThreadsService.load / .list, CategoriesService.load, AccountsService.load (DataLoader `IN` lists),
//   AnswersService.forThread (window-ranked page), CommentsService.forThreadAll.

/** `"E"."column" AS "E_column", …`: how TypeORM selects an entity's columns. */
const columns = (alias: string, names: readonly string[]) =>
  names.map((c) => `"${alias}"."${c}" AS "${alias}_${c}"`).join(', ');

/** `$from, $from+1, …`: a DataLoader batch of `count` keys. */
const params = (count: number, from = 1) =>
  Array.from({ length: count }, (_, i) => `$${from + i}`).join(', ');

// In TypeORM's order: the post-like columns (an embedded class) come first.
const THREAD_COLUMNS = [
  'id', 'author_id', 'body', 'body_html', 'deleted_at', 'hidden_at', 'created_at', 'score', 'up_votes',
  'down_votes', 'comment_count', 'sentiment', 'edited_at', 'updated_at', 'category_id', 'kind', 'status',
  'idea_status', 'title', 'tags', 'accepted_answer_id', 'answer_count', 'view_count', 'popular_score',
  'last_activity_at', 'locked_at', 'pinned_until', 'featured_at', 'closed_at', 'duplicate_of_id',
  'assignee_id', 'assigned_team_id', 'first_official_answer_at',
] as const; // prettier-ignore
const CATEGORY_COLUMNS = [
  'id', 'slug', 'name', 'description', 'position', 'response_target_minutes', 'default_team_id', 'created_at', 'updated_at',
] as const; // prettier-ignore
const ACCOUNT_COLUMNS = [
  'id', 'email', 'handle', 'display_name', 'role', 'job_title', 'reputation', 'suspended_until', 'suspension_reason',
  'created_at', 'updated_at',
] as const; // prettier-ignore
const COMMENT_COLUMNS = [
  'id', 'thread_id', 'answer_id', 'author_id', 'body', 'body_html', 'deleted_at', 'hidden_at', 'created_at',
] as const; // prettier-ignore
const ANSWER_COLUMNS = [
  'id', 'thread_id', 'author_id', 'body', 'body_html', 'official', 'score', 'up_votes', 'down_votes',
  'comment_count', 'deleted_at', 'hidden_at', 'sentiment', 'edited_at', 'created_at', 'updated_at',
] as const; // prettier-ignore

type Row<C extends readonly string[], A extends string> = { [K in C[number] as `${A}_${K}`]: unknown };
export type ThreadRow = Row<typeof THREAD_COLUMNS, 'ThreadEntity'>;
export type ListedThreadRow = Row<typeof THREAD_COLUMNS, 't'>;
export type CategoryRow = Row<typeof CATEGORY_COLUMNS, 'CategoryEntity'>;
export type AccountRow = Row<typeof ACCOUNT_COLUMNS, 'AccountEntity'>;
export type CommentRow = Row<typeof COMMENT_COLUMNS, 'CommentEntity'>;
export type AnswerRow = Row<typeof ANSWER_COLUMNS, 'a'> & { rn: string };

/** ThreadsService.load: the `threadById` DataLoader. */
export const threadsById = (count: number) =>
  `SELECT ${columns('ThreadEntity', THREAD_COLUMNS)} FROM "threads" "ThreadEntity" WHERE (("ThreadEntity"."id" IN (${params(count)})))`;

/** CategoriesService.load: the `categoryById` DataLoader. */
export const categoriesById = (count: number) =>
  `SELECT ${columns('CategoryEntity', CATEGORY_COLUMNS)} FROM "categories" "CategoryEntity" WHERE (("CategoryEntity"."id" IN (${params(count)})))`;

/** AccountsService.load: the `accountById` DataLoader (one statement per batch of authors). */
export const accountsById = (count: number) =>
  `SELECT ${columns('AccountEntity', ACCOUNT_COLUMNS)} FROM "accounts" "AccountEntity" WHERE (("AccountEntity"."id" IN (${params(count)})))`;

/** CommentsService.forThreadAll: every live comment of the threads, on them and on their answers. */
export const commentsByThread = (count: number) =>
  `SELECT ${columns('CommentEntity', COMMENT_COLUMNS)} FROM "comments" "CommentEntity" WHERE (("CommentEntity"."thread_id" IN (${params(count)})) AND ("CommentEntity"."deleted_at" IS NULL)) ORDER BY "CommentEntity"."created_at" ASC, "CommentEntity"."id" ASC`;

/** AnswersService.forThread: a page of answers in display order; params: thread ids, then rank bounds (lo, hi]. */
export const answersForThreads = (count: number) =>
  `SELECT ${columns('a', ANSWER_COLUMNS)}, ranked.rn AS "rn" FROM "answers" "a" INNER JOIN (SELECT r.id, ROW_NUMBER() OVER (PARTITION BY r.thread_id ORDER BY
            (r.id = t.accepted_answer_id) IS TRUE DESC, (r.id = fo.id) IS TRUE DESC,
            r.score DESC, r.created_at ASC, r.id ASC) AS rn
          FROM answers r
          JOIN threads t ON t.id = r.thread_id
          LEFT JOIN LATERAL (SELECT o.id FROM answers o WHERE o.thread_id = t.id AND o.official AND o.deleted_at IS NULL
                             ORDER BY o.created_at, o.id LIMIT 1) fo ON true
          WHERE r.thread_id IN (${params(count)}) AND r.deleted_at IS NULL AND r.hidden_at IS NULL) "ranked" ON ranked.id = "a"."id" WHERE ranked.rn > $${count + 1} AND ranked.rn <= $${count + 2}`;

export type ThreadListSort = 'NEWEST' | 'ACTIVE';
const SORT_COLUMN: Record<ThreadListSort, string> = { NEWEST: 'created_at', ACTIVE: 'last_activity_at' };

/** ThreadsService.list with a category filter, first page; `limit` is first + 1. */
export const threadsInCategory = (sort: ThreadListSort, limit: number) =>
  `SELECT ${columns('t', THREAD_COLUMNS)} FROM "threads" "t" WHERE "t"."deleted_at" IS NULL AND "t"."hidden_at" IS NULL AND "t"."category_id" = $1 ORDER BY "t"."${SORT_COLUMN[sort]}" DESC, "t"."id" DESC LIMIT ${limit}`;

/**
 * Statement texts per scenario, for capture-sql's comparison (IN lists of any length compare equal). The
 * search scenarios' SQL is built at run time by the search adapter, so their entries are recorded from the
 * baseline itself when they are sampled (scenarios.ts).
 */
export const BASELINE_STATEMENTS: Record<string, string[]> = {
  thread: [threadsById(1), categoriesById(1), accountsById(1), commentsByThread(1), answersForThreads(1)],
  category: [threadsInCategory('NEWEST', 21), threadsInCategory('ACTIVE', 21), accountsById(1)],
};

/** Whitespace collapsed, parameters numbered away, `IN ($1, $2, …)` of any length alike. */
export const normaliseSql = (sql: string) =>
  sql
    .replace(/\s+/g, ' ')
    .replace(/\$\d+/g, '$?')
    .replace(/IN \(\$\?(, \$\?)*\)/g, 'IN ($?…)')
    .trim();
