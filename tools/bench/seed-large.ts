// Seeds `community_bench` with a large community (by default 20 000 accounts, 100 000 threads, 500 000 answers,
// 300 000 comments and the votes and reputation ledger behind every score) using set-based SQL in chunks.
//
//   node dist/tools/bench/seed-large.js [--threads N] [--answers N] [--comments N] [--accounts N] [--force]
//
// Every value derives from a row's index through hashint8, so a seed of the same size is the same data set.
// The plan (who answers what, when, how many votes) is computed first in temporary tables; the rows inserted
// afterwards follow it, so counters agree with rows by construction, and verify() checks that they do.
import { DEFAULT_REPUTATION_RULES, DECAY_SECONDS, popularScore, WEIGHTS } from '@community/domain';
import { SingleBar } from 'cli-progress';
import { Client } from 'pg';
import { DEMO_CATEGORIES } from '../../apps/api/src/seed/demo-seed';
import { parseCommand, ParsedValues } from '../args.cjs';
import { runTool } from '../cli';
import { displayUrl, migrateBenchDatabase, openBenchDatabase } from './database';
import * as words from './words';

export const SEED_MARKER = 'bench-seed';

export interface SeedSizes {
  accounts: number;
  threads: number;
  answers: number;
  comments: number;
}

export const DEFAULT_SIZES: SeedSizes = {
  accounts: 20_000,
  threads: 100_000,
  answers: 500_000,
  comments: 300_000,
};

export interface SeedReport {
  seeded: boolean;
  sizes: SeedSizes;
  votes: number;
  seconds: number;
}

// Account indexes: 1 admin, 2-11 moderators, 50 employees (official answers, announcements), members after.
const ADMIN = 1;
const EMPLOYEES_FIRST = 12;
const EMPLOYEES = 50;
const MEMBERS_FIRST = EMPLOYEES_FIRST + EMPLOYEES;
/** Votes on one post stay below this, so voters can be distinct accounts other than the author. */
const MAX_VOTES_PER_POST = 450;
/** popular.ts's epoch (2024-01-01 UTC); verify() compares the SQL formula with popularScore() itself. */
const POPULAR_EPOCH_SECONDS = Date.UTC(2024, 0, 1) / 1000;
/** No one signs in as a generated account; this is not an Argon2 hash, so no password matches it. */
const DUMMY_PASSWORD_HASH = 'bench-account-without-password';

const CHUNK = { accounts: 10_000, threads: 5_000, answers: 25_000, comments: 25_000, threadVotes: 10_000 };

/** A uniform number in [0, 1) from an integer SQL expression and a salt: the same inputs, the same number. */
const rnd = (expr: string, salt: number) =>
  `((hashint8((${expr})::bigint * 7919 + ${salt}) & 2147483647)::float8 / 2147483648.0)`;
/** SQL literal for a list of words (they contain no quotes but apostrophes, which are doubled). */
const list = (items: readonly string[]) =>
  `ARRAY[${items.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]::text[]`;
const pick = (items: readonly string[], r: string) =>
  `(${list(items)})[1 + floor(${r} * ${items.length})::int]`;
/** `count` distinct items (a stride coprime with the list length never repeats) joined by `separator`. */
const several = (items: readonly string[], start: string, count: string, separator: string) => {
  const stride = [7, 11, 13, 17].find((s) => items.length % s !== 0)!;
  return `array_to_string(ARRAY(SELECT (${list(items)})[1 + ((${start} + n * ${stride}) % ${items.length})]
    FROM generate_series(0, (${count}) - 1) n), '${separator}')`;
};
/** A version-4-shaped UUID from the row's index (version and variant digits fixed), so ids pass `@IsUUID`. */
const uuidOf = (kind: 'account' | 'thread' | 'answer' | 'comment', idx: string) =>
  `(SELECT (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18))::uuid
    FROM md5('bench-${kind}-' || (${idx})) AS h)`;
const html = (body: string) => `'<p>' || replace(${body}, E'\\n\\n', E'</p>\\n<p>') || '</p>'`;
const popularSql = (score: string, answers: string, views: string, createdAt: string) => {
  const e = `(${score} * ${WEIGHTS.vote} + ${answers} * ${WEIGHTS.answer} + ${views} * ${WEIGHTS.view})`;
  return `round((sign(${e}) * log(greatest(abs(${e}), 1)) +
    (extract(epoch FROM ${createdAt}) - ${POPULAR_EPOCH_SECONDS}) / ${DECAY_SECONDS})::numeric, 6)::float8`;
};

function assertSizes(sizes: SeedSizes): void {
  if (sizes.accounts < 2 * MAX_VOTES_PER_POST + MEMBERS_FIRST) {
    throw new Error(`--accounts must be at least ${2 * MAX_VOTES_PER_POST + MEMBERS_FIRST}.`);
  }
  if (sizes.threads < 100) throw new Error('--threads must be at least 100.');
  if (sizes.answers < 0 || sizes.comments < 0)
    throw new Error('--answers and --comments cannot be negative.');
}

/** Seeds unless the marker says this exact data set is there already (or `force`). */
export async function seedLarge(
  url: string,
  sizes: SeedSizes,
  options: { force?: boolean; log?: (message: string) => void } = {},
): Promise<SeedReport> {
  const log = options.log ?? ((m: string) => console.log(m));
  assertSizes(sizes);
  const applied = await migrateBenchDatabase(url);
  if (applied.length) log(`Applied ${applied.length} migration(s) to ${displayUrl(url)}`);

  const client = new Client({ connectionString: url, application_name: 'bench-seed' });
  await client.connect();
  try {
    const marker = await readMarker(client);
    if (!options.force && marker && sameSizes(marker.sizes, sizes)) {
      return { seeded: false, sizes, votes: marker.votes, seconds: 0 };
    }
    const started = Date.now();
    await client.query(`SET synchronous_commit = off; SET work_mem = '256MB'`);
    await wipe(client, log);
    const votes = await generate(client, sizes, log);
    log('Checking that counters agree with rows…');
    await verify(client, sizes);
    log('VACUUM ANALYZE (statistics and visibility map, as a long-running database would have)…');
    for (const table of ['accounts', 'threads', 'answers', 'comments', 'votes', 'reputation_events']) {
      await client.query(`VACUUM (ANALYZE) ${table}`);
    }
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    await client.query(
      `INSERT INTO system_state (key, value) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [SEED_MARKER, JSON.stringify({ sizes, votes, seconds, at: new Date().toISOString() })],
    );
    return { seeded: true, sizes, votes, seconds };
  } finally {
    await client.end();
  }
}

interface Marker {
  sizes: SeedSizes;
  votes: number;
}

async function readMarker(client: Client): Promise<Marker | null> {
  const { rows } = await client.query<{ value: Marker }>('SELECT value FROM system_state WHERE key = $1', [
    SEED_MARKER,
  ]);
  return rows[0]?.value ?? null;
}

const sameSizes = (a: SeedSizes, b: SeedSizes) =>
  a.accounts === b.accounts &&
  a.threads === b.threads &&
  a.answers === b.answers &&
  a.comments === b.comments;

/** The bench database holds nothing but the seed: a partial or differently sized one is cleared first. */
async function wipe(client: Client, log: (message: string) => void): Promise<void> {
  const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM accounts');
  if (rows[0].n) log(`Clearing the previous data set (${rows[0].n} accounts)…`);
  await client.query(
    `TRUNCATE accounts, sessions, threads, answers, comments, votes, reputation_events, revisions, thread_views CASCADE`,
  );
  await client.query('DELETE FROM system_state WHERE key = $1', [SEED_MARKER]);
  for (const c of DEMO_CATEGORIES) {
    await client.query(
      `INSERT INTO categories (slug, name, description, position, response_target_minutes)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (slug) DO NOTHING`,
      [c.slug, c.name, c.description, c.position, c.responseTargetMinutes],
    );
  }
}

async function generate(client: Client, sizes: SeedSizes, log: (message: string) => void): Promise<number> {
  const N = sizes.accounts;
  const ref = new Date();
  ref.setUTCMilliseconds(0);
  const rules = DEFAULT_REPUTATION_RULES;

  log('Planning threads, answers, comments and votes…');
  await plan(client, sizes, ref);
  const { rows: voteChunks } = await client.query<{ lo: number; hi: number; votes: number }>(
    `SELECT min(idx) AS lo, max(idx) AS hi, sum(up + down)::int AS votes FROM bench_threads
     GROUP BY (idx - 1) / ${CHUNK.threadVotes} ORDER BY 1`,
  );
  const { rows: answerVoteChunks } = await client.query<{ lo: number; hi: number; votes: number }>(
    `SELECT min(j) AS lo, max(j) AS hi, sum(up + down)::int AS votes FROM bench_answers
     GROUP BY (j - 1) / ${CHUNK.answers} ORDER BY 1`,
  );
  const votes = [...voteChunks, ...answerVoteChunks].reduce((s, c) => s + c.votes, 0);

  const total = N + sizes.threads + sizes.answers + sizes.comments + votes;
  const bar = new SingleBar({
    format:
      '  {bar} {percentage}% | {value}/{total} rows | {phase} | {duration_formatted} (ETA {eta_formatted})',
    barsize: 30,
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 5000,
    formatValue: (v, _o, type) => (type === 'value' || type === 'total' ? v.toLocaleString('en') : String(v)),
  });
  bar.start(total, 0, { phase: 'accounts' });
  const chunks = async (
    phase: string,
    count: number,
    size: number,
    run: (lo: number, hi: number) => Promise<unknown>,
  ) => {
    bar.update({ phase });
    for (let lo = 1; lo <= count; lo += size) {
      const hi = Math.min(count, lo + size - 1);
      await run(lo, hi);
      bar.increment(hi - lo + 1);
    }
  };

  try {
    await chunks('accounts', N, CHUNK.accounts, (lo, hi) =>
      client.query(
        `INSERT INTO accounts (id, email, handle, display_name, password_hash, role, job_title, reputation, created_at, updated_at)
         SELECT ${uuidOf('account', 'i')}, 'user' || i || '@bench.community', lower(first) || '-' || lower(last) || '-' || i,
           first || ' ' || last, $3, role, CASE WHEN role IN ('EMPLOYEE', 'ADMIN') THEN ${pick(words.JOB_TITLES, rnd('i', 53))} END,
           ${rules.floor}, created_at, created_at
         FROM (SELECT i, ${pick(words.FIRST_NAMES, rnd('i', 50))} AS first, ${pick(words.LAST_NAMES, rnd('i', 51))} AS last,
             (CASE WHEN i = ${ADMIN} THEN 'ADMIN' WHEN i < ${EMPLOYEES_FIRST} THEN 'MODERATOR'
               WHEN i < ${MEMBERS_FIRST} THEN 'EMPLOYEE' ELSE 'MEMBER' END)::account_role AS role,
             date_trunc('milliseconds', $4::timestamptz - interval '760 days' + interval '30 days' * ${rnd('i', 52)}) AS created_at
           FROM generate_series($1::int, $2::int) i) a`,
        [lo, hi, DUMMY_PASSWORD_HASH, ref],
      ),
    );

    const question = `${pick(words.QUESTION_OPENERS, rnd('t.idx', 60))} || ' ' || ${pick(words.ACTIONS, rnd('t.idx', 61))}
      || ' ' || ${pick(words.OBJECTS, rnd('t.idx', 62))} || ' ' || ${pick(words.CONTEXTS, rnd('t.idx', 63))} || '?'`;
    const title = `CASE t.kind
      WHEN 'QUESTION' THEN ${question}
      WHEN 'DISCUSSION' THEN ${pick(words.DISCUSSION_TITLES, rnd('t.idx', 64))} || ' ' || ${pick(words.OBJECTS, rnd('t.idx', 62))} || ' ' || ${pick(words.CONTEXTS, rnd('t.idx', 63))}
      WHEN 'IDEA' THEN ${pick(words.IDEA_TITLES, rnd('t.idx', 64))} || ' ' || ${pick(words.OBJECTS, rnd('t.idx', 62))}
      ELSE ${pick(words.ANNOUNCEMENT_TITLES, rnd('t.idx', 64))} || ' ' || ${pick(words.OBJECTS, rnd('t.idx', 62))} END`;
    const body = `${several(words.SENTENCES, `floor(${rnd('t.idx', 65)} * 1000)::int`, `2 + floor(${rnd('t.idx', 66)} * 3)::int`, ' ')}
      || CASE WHEN ${rnd('t.idx', 67)} < 0.5 THEN E'\\n\\n' || 'My setup: ' || ${pick(words.OBJECTS, rnd('t.idx', 68))} || ' '
        || ${pick(words.CONTEXTS, rnd('t.idx', 69))} || '. ' || ${several(words.SENTENCES, `floor(${rnd('t.idx', 70)} * 1000)::int`, `1 + floor(${rnd('t.idx', 71)} * 2)::int`, ' ')}
        ELSE '' END`;
    const tags = `ARRAY(SELECT (${list(words.TAGS)})[1 + ((floor(${rnd('t.idx', 72)} * 1000)::int + n * 7) % ${words.TAGS.length})]
      FROM generate_series(0, floor(${rnd('t.idx', 73)} * 6)::int - 1) n)`;
    await chunks('threads', sizes.threads, CHUNK.threads, (lo, hi) =>
      client.query(
        `INSERT INTO threads (id, category_id, author_id, kind, status, title, body, body_html, tags, score, up_votes,
           down_votes, answer_count, comment_count, view_count, popular_score, last_activity_at, created_at, updated_at)
         SELECT t.id, c.id, ${uuidOf('account', 't.author_idx')}, t.kind,
           (CASE WHEN t.accepted_j IS NOT NULL THEN 'SOLVED' WHEN t.answer_count > 0 THEN 'ANSWERED' ELSE 'OPEN' END)::thread_status,
           t.title, t.body, ${html('t.body')}, t.tags, t.up - t.down, t.up, t.down, t.answer_count, t.comment_count, t.views,
           ${popularSql('(t.up - t.down)', 't.answer_count', 't.views', 't.created_at')},
           t.last_activity_at, t.created_at, t.last_activity_at
         FROM (SELECT t.*, ${title} AS title, ${body} AS body, ${tags} AS tags
               FROM bench_threads t WHERE t.idx BETWEEN $1 AND $2) t
         JOIN categories c ON c.slug = t.category_slug`,
        [lo, hi],
      ),
    );

    const answerBody = `${several(words.ANSWER_SENTENCES, `floor(${rnd('a.j', 80)} * 1000)::int`, `1 + floor(${rnd('a.j', 81)} * 4)::int`, ' ')}
      || CASE WHEN ${rnd('a.j', 82)} < 0.3 THEN E'\\n\\n' || ${several(words.SENTENCES, `floor(${rnd('a.j', 83)} * 1000)::int`, '1', ' ')} ELSE '' END`;
    await chunks('answers', sizes.answers, CHUNK.answers, (lo, hi) =>
      client.query(
        `INSERT INTO answers (id, thread_id, author_id, body, body_html, official, score, up_votes, down_votes,
           comment_count, created_at, updated_at)
         SELECT a.id, a.thread_id, ${uuidOf('account', 'a.author_idx')}, a.body, ${html('a.body')}, a.official,
           a.up - a.down, a.up, a.down, a.comment_count, a.created_at, a.created_at
         FROM (SELECT a.*, ${answerBody} AS body FROM bench_answers a WHERE a.j BETWEEN $1 AND $2) a`,
        [lo, hi],
      ),
    );

    const commentBody = `${several(words.COMMENT_SENTENCES, `floor(${rnd('c.c', 90)} * 1000)::int`, `1 + floor(${rnd('c.c', 91)} * 2)::int`, ' ')}`;
    await chunks('comments', sizes.comments, CHUNK.comments, (lo, hi) =>
      client.query(
        `INSERT INTO comments (id, thread_id, answer_id, author_id, body, body_html, created_at)
         SELECT c.id, c.thread_id, c.answer_id, ${uuidOf('account', 'c.author_idx')}, c.body, ${html('c.body')}, c.created_at
         FROM (SELECT c.*, ${commentBody} AS body FROM bench_comments c WHERE c.c BETWEEN $1 AND $2) c`,
        [lo, hi],
      ),
    );

    // A vote and the ledger rows it produces (entriesForVote in libs/domain), written together.
    const voter = (idx: string, author: string, k: string, salt: number) =>
      `1 + ((${author} + floor(${rnd(idx, salt)} * ${N - MAX_VOTES_PER_POST - 2})::int + ${k}) % ${N})`;
    const voteAt = (idx: string, createdAt: string, salt: number) =>
      `date_trunc('milliseconds', ${createdAt} + ($3::timestamptz - ${createdAt}) * (0.01 + 0.5 * ${rnd(`${idx}::bigint * 1000 + vn`, salt)}))`;
    bar.update({ phase: 'votes' });
    for (const chunk of voteChunks) {
      await client.query(
        `WITH src AS (
           SELECT ${uuidOf('account', voter('t.idx', 't.author_idx', 'vn', 100))} AS voter_id, t.id AS target_id,
             CASE WHEN vn < t.up THEN 1 ELSE -1 END AS value, ${voteAt('t.idx', 't.created_at', 101)} AS created_at,
             ${uuidOf('account', 't.author_idx')} AS author_id
           FROM bench_threads t CROSS JOIN LATERAL generate_series(0, t.up + t.down - 1) vn
           WHERE t.idx BETWEEN $1 AND $2),
         inserted AS (
           INSERT INTO votes (account_id, target_id, target_type, value, created_at, updated_at)
           SELECT voter_id, target_id, 'THREAD', value, created_at, created_at FROM src)
         INSERT INTO reputation_events (account_id, reason, delta, source_key, thread_id, answer_id, created_at)
         SELECT author_id, (CASE WHEN value = 1 THEN 'THREAD_UPVOTED' ELSE 'DOWNVOTE_RECEIVED' END)::reputation_reason,
           CASE WHEN value = 1 THEN ${rules.points.THREAD_UPVOTED} ELSE ${rules.points.DOWNVOTE_RECEIVED} END,
           'vote:' || voter_id || ':' || target_id, target_id, NULL, created_at
         FROM src`,
        [chunk.lo, chunk.hi, ref],
      );
      bar.increment(chunk.votes);
    }
    for (const chunk of answerVoteChunks) {
      await client.query(
        `WITH src AS (
           SELECT ${uuidOf('account', voter('a.j', 'a.author_idx', 'vn', 110))} AS voter_id, a.id AS target_id,
             CASE WHEN vn < a.up THEN 1 ELSE -1 END AS value, ${voteAt('a.j', 'a.created_at', 111)} AS created_at,
             ${uuidOf('account', 'a.author_idx')} AS author_id, a.thread_id
           FROM bench_answers a CROSS JOIN LATERAL generate_series(0, a.up + a.down - 1) vn
           WHERE a.j BETWEEN $1 AND $2),
         inserted AS (
           INSERT INTO votes (account_id, target_id, target_type, value, created_at, updated_at)
           SELECT voter_id, target_id, 'ANSWER', value, created_at, created_at FROM src)
         INSERT INTO reputation_events (account_id, reason, delta, source_key, thread_id, answer_id, created_at)
         SELECT author_id, (CASE WHEN value = 1 THEN 'ANSWER_UPVOTED' ELSE 'DOWNVOTE_RECEIVED' END)::reputation_reason,
           CASE WHEN value = 1 THEN ${rules.points.ANSWER_UPVOTED} ELSE ${rules.points.DOWNVOTE_RECEIVED} END,
           'vote:' || voter_id || ':' || target_id, thread_id, target_id, created_at
         FROM src
         UNION ALL
         SELECT voter_id, 'DOWNVOTE_CAST'::reputation_reason, ${rules.points.DOWNVOTE_CAST}, 'vote:' || voter_id || ':' || target_id,
           thread_id, target_id, created_at
         FROM src WHERE value = -1`,
        [chunk.lo, chunk.hi, ref],
      );
      bar.increment(chunk.votes);
    }

    bar.update({ phase: 'accepted answers and reputation' });
    // Accepting writes the thread's accepted answer and two ledger rows (entriesForAccept).
    await client.query(
      `UPDATE threads t SET accepted_answer_id = ${uuidOf('answer', 'b.accepted_j')}
       FROM bench_threads b WHERE b.id = t.id AND b.accepted_j IS NOT NULL`,
    );
    await client.query(
      `INSERT INTO reputation_events (account_id, reason, delta, source_key, thread_id, answer_id, created_at)
       SELECT ${uuidOf('account', 'a.author_idx')}, 'ANSWER_ACCEPTED'::reputation_reason, ${rules.points.ANSWER_ACCEPTED},
         'accept:' || a.id, t.id, a.id, a.created_at + interval '1 hour'
       FROM bench_threads t JOIN bench_answers a ON a.j = t.accepted_j
       UNION ALL
       SELECT ${uuidOf('account', 't.author_idx')}, 'ACCEPTED_AN_ANSWER'::reputation_reason, ${rules.points.ACCEPTED_AN_ANSWER},
         'accept:' || a.id, t.id, a.id, a.created_at + interval '1 hour'
       FROM bench_threads t JOIN bench_answers a ON a.j = t.accepted_j`,
    );
    // The cached total is the ledger's sum from the floor (reputationFromLedger in libs/domain).
    await client.query(
      `UPDATE accounts a SET reputation = GREATEST(${rules.floor}, ${rules.floor} + s.total)
       FROM (SELECT account_id, sum(delta)::int AS total FROM reputation_events GROUP BY account_id) s
       WHERE s.account_id = a.id`,
    );
  } finally {
    bar.stop();
  }
  return votes;
}

/** Who posts what, when, and how many votes each post gets, in temporary tables the inserts follow. */
async function plan(client: Client, sizes: SeedSizes, ref: Date): Promise<void> {
  const N = sizes.accounts;
  const members = N - MEMBERS_FIRST + 1;
  await client.query(
    'DROP TABLE IF EXISTS pg_temp.bench_threads, pg_temp.bench_answers, pg_temp.bench_comments',
  );
  // class: 0 = no answers (all announcements, 12% of the rest), 2 = busy (2%, 15% of all answers), 1 = the rest.
  await client.query(
    `CREATE TEMP TABLE bench_threads AS
     SELECT s.*, (row_number() OVER (PARTITION BY class ORDER BY idx) - 1)::int AS k,
       least(${MAX_VOTES_PER_POST - 50}, floor(-ln(1 - ${rnd('idx', 6)}) * CASE class WHEN 2 THEN 8 ELSE 2.5 END))::int AS up,
       floor(-ln(1 - ${rnd('idx', 7)}) * 0.3)::int AS down,
       (20 + floor(exp(${rnd('idx', 8)} * 7)) * CASE class WHEN 2 THEN 5 ELSE 1 END)::int AS views,
       0 AS answer_count, 0 AS comment_count, NULL::int AS accepted_j, created_at AS last_activity_at
     FROM (
       SELECT i AS idx, ${uuidOf('thread', 'i')} AS id, kind,
         CASE kind WHEN 'ANNOUNCEMENT' THEN 'announcements' WHEN 'IDEA' THEN 'ideas'
           ELSE CASE WHEN ${rnd('i', 2)} < 0.3 THEN 'getting-started' WHEN ${rnd('i', 2)} < 0.55 THEN 'billing'
             ELSE 'troubleshooting' END END AS category_slug,
         CASE WHEN kind = 'ANNOUNCEMENT' THEN ${EMPLOYEES_FIRST} + floor(${rnd('i', 3)} * ${EMPLOYEES})::int
           ELSE ${MEMBERS_FIRST} + floor(power(${rnd('i', 3)}, 2.5) * ${members})::int END AS author_idx,
         date_trunc('milliseconds', $2::timestamptz - interval '730 days' * power(${rnd('i', 4)}, 1.5)) AS created_at,
         CASE WHEN kind = 'ANNOUNCEMENT' OR ${rnd('i', 5)} < 0.12 THEN 0 WHEN ${rnd('i', 5)} < 0.14 THEN 2 ELSE 1 END AS class
       FROM (SELECT i, (CASE WHEN ${rnd('i', 1)} < 0.85 THEN 'QUESTION' WHEN ${rnd('i', 1)} < 0.93 THEN 'DISCUSSION'
               WHEN ${rnd('i', 1)} < 0.98 THEN 'IDEA' ELSE 'ANNOUNCEMENT' END)::thread_kind AS kind
             FROM generate_series(1, $1::int) i) q
     ) s`,
    [sizes.threads, ref],
  );
  await client.query('ALTER TABLE bench_threads ADD PRIMARY KEY (idx)');
  await client.query('CREATE INDEX ON bench_threads (class, k)');
  await client.query('CREATE INDEX ON bench_threads (id)');

  // Each answer lands on a busy thread (15%) or an ordinary one, uniformly within its class; 8% are official.
  await client.query(
    `CREATE TEMP TABLE bench_answers AS
     WITH classes AS (SELECT count(*) FILTER (WHERE class = 1)::int AS ordinary, count(*) FILTER (WHERE class = 2)::int AS busy
                      FROM bench_threads),
     placed AS (
       SELECT p.j, t.idx AS thread_idx, t.id AS thread_id, t.author_idx AS thread_author_idx, t.created_at AS thread_created_at
       FROM (SELECT j, CASE WHEN classes.busy > 0 AND ${rnd('j', 11)} < 0.15 THEN 2 ELSE 1 END AS class,
               ${rnd('j', 12)} AS r, classes.*
             FROM generate_series(1, $1::int) j, classes) p
       JOIN bench_threads t ON t.class = p.class AND t.k = floor(p.r * CASE p.class WHEN 2 THEN p.busy ELSE p.ordinary END)::int),
     ranked AS (
       SELECT placed.*, row_number() OVER (PARTITION BY thread_idx ORDER BY j)::int AS rank,
         count(*) OVER (PARTITION BY thread_idx)::int AS n, ${rnd('j', 13)} < 0.08 AS official,
         ${MEMBERS_FIRST} + floor(power(${rnd('j', 14)}, 2) * ${members})::int AS member_idx
       FROM placed)
     SELECT j, ${uuidOf('answer', 'j')} AS id, thread_idx, thread_id, thread_author_idx, rank, n, official,
       CASE WHEN official THEN ${EMPLOYEES_FIRST} + floor(${rnd('j', 15)} * ${EMPLOYEES})::int
         WHEN member_idx <> thread_author_idx THEN member_idx
         WHEN member_idx < ${N} THEN member_idx + 1 ELSE ${MEMBERS_FIRST} END AS author_idx,
       date_trunc('milliseconds', thread_created_at + ($2::timestamptz - thread_created_at)
         * (0.02 + 0.6 * (rank - 1 + ${rnd('j', 16)}) / n)) AS created_at,
       floor(-ln(1 - ${rnd('j', 17)}) * 1.5)::int AS up,
       floor(-ln(1 - ${rnd('j', 18)}) * 0.25)::int AS down,
       0 AS comment_count
     FROM ranked`,
    [sizes.answers, ref],
  );
  await client.query('ALTER TABLE bench_answers ADD PRIMARY KEY (j)');
  await client.query('CREATE INDEX ON bench_answers (thread_idx)');

  // 65% of comments are on an answer, the rest on a thread; after what they comment on, before now.
  await client.query(
    `CREATE TEMP TABLE bench_comments AS
     SELECT p.c, ${uuidOf('comment', 'p.c')} AS id, t.idx AS thread_idx, t.id AS thread_id, a.id AS answer_id, a.j AS answer_j,
       ${MEMBERS_FIRST} + floor(power(${rnd('p.c', 24)}, 1.5) * ${members})::int AS author_idx,
       date_trunc('milliseconds', coalesce(a.created_at, t.created_at)
         + ($3::timestamptz - coalesce(a.created_at, t.created_at)) * (0.01 + 0.5 * ${rnd('p.c', 25)})) AS created_at
     FROM (SELECT c, CASE WHEN $2::int > 0 AND ${rnd('c', 21)} < 0.65 THEN 1 + floor(${rnd('c', 22)} * $2::int)::int END AS answer_j,
             1 + floor(${rnd('c', 23)} * ${sizes.threads})::int AS thread_pick
           FROM generate_series(1, $1::int) c) p
     LEFT JOIN bench_answers a ON a.j = p.answer_j
     JOIN bench_threads t ON t.idx = coalesce(a.thread_idx, p.thread_pick)`,
    [sizes.comments, sizes.answers, ref],
  );
  await client.query('ALTER TABLE bench_comments ADD PRIMARY KEY (c)');

  // Counters and last activity from the plan; 45% of answered questions have an accepted answer.
  await client.query(
    `UPDATE bench_answers a SET comment_count = x.n
     FROM (SELECT answer_j, count(*)::int AS n FROM bench_comments WHERE answer_j IS NOT NULL GROUP BY answer_j) x
     WHERE x.answer_j = a.j`,
  );
  await client.query(
    `UPDATE bench_threads t SET answer_count = x.n, last_activity_at = greatest(t.last_activity_at, x.last)
     FROM (SELECT thread_idx, count(*)::int AS n, max(created_at) AS last FROM bench_answers GROUP BY thread_idx) x
     WHERE x.thread_idx = t.idx`,
  );
  await client.query(
    `UPDATE bench_threads t SET comment_count = x.n, last_activity_at = greatest(t.last_activity_at, x.last)
     FROM (SELECT thread_idx, count(*)::int AS n, max(created_at) AS last FROM bench_comments GROUP BY thread_idx) x
     WHERE x.thread_idx = t.idx`,
  );
  await client.query(
    `UPDATE bench_threads t SET accepted_j = a.j FROM bench_answers a
     WHERE a.thread_idx = t.idx AND t.kind = 'QUESTION' AND ${rnd('t.idx', 9)} < 0.45
       AND a.rank = 1 + floor(${rnd('t.idx', 10)} * a.n)::int`,
  );
}

/** Fails when a counter disagrees with the rows it counts, or the popular score with libs/domain's formula. */
export async function verify(client: Client, sizes: SeedSizes): Promise<void> {
  const checks: [string, string][] = [
    [
      'rows',
      `SELECT ((SELECT count(*) FROM accounts) <> ${sizes.accounts})::int + ((SELECT count(*) FROM threads) <> ${sizes.threads})::int
         + ((SELECT count(*) FROM answers) <> ${sizes.answers})::int + ((SELECT count(*) FROM comments) <> ${sizes.comments})::int`,
    ],
    [
      'threads.answer_count, comment_count and status',
      `SELECT count(*) FROM threads t
       LEFT JOIN (SELECT thread_id, count(*) AS n FROM answers WHERE deleted_at IS NULL GROUP BY thread_id) a ON a.thread_id = t.id
       LEFT JOIN (SELECT thread_id, count(*) AS n FROM comments GROUP BY thread_id) c ON c.thread_id = t.id
       WHERE t.answer_count <> coalesce(a.n, 0) OR t.comment_count <> coalesce(c.n, 0)
         OR t.status <> (CASE WHEN t.accepted_answer_id IS NOT NULL THEN 'SOLVED' WHEN t.answer_count > 0 THEN 'ANSWERED'
                              ELSE 'OPEN' END)::thread_status`,
    ],
    [
      'answers.comment_count',
      `SELECT count(*) FROM answers a
       LEFT JOIN (SELECT answer_id, count(*) AS n FROM comments WHERE answer_id IS NOT NULL GROUP BY answer_id) c ON c.answer_id = a.id
       WHERE a.comment_count <> coalesce(c.n, 0)`,
    ],
    [
      'threads.up_votes, down_votes and score',
      `SELECT count(*) FROM threads t
       LEFT JOIN (SELECT target_id, count(*) FILTER (WHERE value = 1) AS up, count(*) FILTER (WHERE value = -1) AS down
                  FROM votes WHERE target_type = 'THREAD' GROUP BY target_id) v ON v.target_id = t.id
       WHERE t.up_votes <> coalesce(v.up, 0) OR t.down_votes <> coalesce(v.down, 0) OR t.score <> t.up_votes - t.down_votes`,
    ],
    [
      'answers.up_votes, down_votes and score',
      `SELECT count(*) FROM answers a
       LEFT JOIN (SELECT target_id, count(*) FILTER (WHERE value = 1) AS up, count(*) FILTER (WHERE value = -1) AS down
                  FROM votes WHERE target_type = 'ANSWER' GROUP BY target_id) v ON v.target_id = a.id
       WHERE a.up_votes <> coalesce(v.up, 0) OR a.down_votes <> coalesce(v.down, 0) OR a.score <> a.up_votes - a.down_votes`,
    ],
    [
      'accounts.reputation (the ledger sum)',
      `SELECT count(*) FROM accounts a
       LEFT JOIN (SELECT account_id, sum(delta) AS total FROM reputation_events GROUP BY account_id) e ON e.account_id = a.id
       WHERE a.reputation <> GREATEST(${DEFAULT_REPUTATION_RULES.floor}, ${DEFAULT_REPUTATION_RULES.floor} + coalesce(e.total, 0))`,
    ],
    [
      'answers and comments after what they belong to',
      `SELECT (SELECT count(*) FROM answers a JOIN threads t ON t.id = a.thread_id WHERE a.created_at <= t.created_at)
            + (SELECT count(*) FROM comments c JOIN threads t ON t.id = c.thread_id WHERE c.created_at <= t.created_at
                 OR c.created_at > t.last_activity_at)`,
    ],
  ];
  const failed: string[] = [];
  for (const [name, sql] of checks) {
    const { rows } = await client.query<{ n: string }>(`SELECT (${sql}) AS n`);
    if (Number(rows[0].n) !== 0) failed.push(`${name}: ${rows[0].n} disagree`);
  }
  const { rows: sample } = await client.query<{
    score: number;
    answer_count: number;
    view_count: number;
    created_at: Date;
    popular_score: number;
  }>(
    'SELECT score, answer_count, view_count, created_at, popular_score FROM threads ORDER BY md5(id::text) LIMIT 2000',
  );
  const off = sample.filter(
    (t) =>
      Math.abs(
        popularScore({
          score: t.score,
          answerCount: t.answer_count,
          viewCount: t.view_count,
          createdAt: t.created_at,
        }) - t.popular_score,
      ) > 1e-6,
  );
  if (off.length)
    failed.push(
      `threads.popular_score: ${off.length} of ${sample.length} sampled differ from popularScore()`,
    );
  if (failed.length) throw new Error(`The seeded data is inconsistent:\n  ${failed.join('\n  ')}`);
}

/** The flags that size the data set, shared by `seed-large` and `npm run bench`. */
export const SEED_OPTIONS = {
  accounts: { type: 'string', valueName: 'N', description: 'accounts (default 20 000)' },
  threads: { type: 'string', valueName: 'N', description: 'threads (default 100 000)' },
  answers: { type: 'string', valueName: 'N', description: 'answers (default 500 000)' },
  comments: { type: 'string', valueName: 'N', description: 'comments (default 300 000)' },
  force: { type: 'boolean', description: 'seed again even when this data set is already there' },
} as const;

function sizesFromFlags(flags: ParsedValues<typeof SEED_OPTIONS>): SeedSizes {
  const number = (name: keyof SeedSizes) => {
    const raw = flags[name];
    if (raw === undefined) return DEFAULT_SIZES[name];
    const n = Number(raw.replace(/_/g, ''));
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} expects a whole number (got ${raw}).`);
    return n;
  };
  return {
    accounts: number('accounts'),
    threads: number('threads'),
    answers: number('answers'),
    comments: number('comments'),
  };
}

export function seedOptionsFromFlags(flags: ParsedValues<typeof SEED_OPTIONS>): {
  sizes: SeedSizes;
  force: boolean;
} {
  return { sizes: sizesFromFlags(flags), force: flags.force === true };
}

async function main(): Promise<void> {
  const { values } = parseCommand({
    command: 'node dist/tools/bench/seed-large.js',
    summary: 'Seeds the bench database (community_bench) with a large community, once per size.',
    options: SEED_OPTIONS,
  });
  const { sizes, force } = seedOptionsFromFlags(values);
  const db = await openBenchDatabase((m) => console.error(m));
  try {
    console.log(`Seeding ${displayUrl(db.url)}: ${JSON.stringify(sizes)}`);
    const report = await seedLarge(db.url, sizes, { force });
    console.log(
      report.seeded
        ? `Seeded in ${report.seconds} s (${report.votes.toLocaleString('en')} votes).`
        : 'This data set is already seeded (system_state "bench-seed"); --force seeds it again.',
    );
  } finally {
    await db.stop();
  }
}

if (require.main === module) runTool(main);
