// The SQL our API runs for the hand-written baselines (search, similar questions), copied statement for
// statement: threads by id as ThreadsService.load's DataLoader batch runs them (TypeORM's `find` text, which
// the API builds once per batch size; common/entity-rows.ts). The search statements themselves come from the
// search adapter class both servers use, recorded when the scenarios are sampled (scenarios.ts); capture-sql
// fails when the API and these texts drift apart. Every other page is replayed from what the API ran.

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
type Row<C extends readonly string[], A extends string> = { [K in C[number] as `${A}_${K}`]: unknown };
export type ThreadRow = Row<typeof THREAD_COLUMNS, 'ThreadEntity'>;

/** ThreadsService.load: the `threadById` DataLoader. */
export const threadsById = (count: number) =>
  `SELECT ${columns('ThreadEntity', THREAD_COLUMNS)} FROM "threads" "ThreadEntity" WHERE (("ThreadEntity"."id" IN (${params(count)})))`;

/**
 * Statement texts per scenario, for capture-sql's comparison (IN lists of any length compare equal). The
 * search scenarios' SQL is built at run time by the search adapter, so their entries are recorded from the
 * baseline itself when they are sampled (scenarios.ts).
 */
export const BASELINE_STATEMENTS: Record<string, string[]> = {};

/** Whitespace collapsed, parameters numbered away, `IN ($1, $2, …)` of any length alike. */
export const normaliseSql = (sql: string) =>
  sql
    .replace(/\s+/g, ' ')
    .replace(/\$\d+/g, '$?')
    .replace(/IN \(\$\?(, \$\?)*\)/g, 'IN ($?…)')
    .trim();
