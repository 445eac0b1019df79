// The pages the bench measures: what a person loads (the guest's thread page HTML, the one GraphQL operation a
// signed-in reader's browser sends for a thread page, the category list, search, similar questions while
// asking, posting an answer) and which variables each is asked with, sampled from the seeded data.
//
// Each scenario names its baseline: a hand-written handler in baseline-server.ts (the same SQL, rows turned
// into the same JSON; checked page for page), or `replay` — the baseline runs, statement for statement and
// with the same parameters, the SQL our API ran for that sample (recorded by capture-sql) and sends the bytes
// our API answered: the least any server could do for that page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadPath } from '@community/domain';
import type { Pool } from 'pg';
import { statementsOf } from './baseline-server';
import { BASELINE_STATEMENTS } from './queries';

export type Variables = Record<string, unknown>;

export interface Scenario {
  /** Short name: the --only filter and the results' key. */
  name: string;
  title: string;
  /** GraphQL operation (POST /graphql), or a guest's page HTML (GET of the sampled `path`). */
  kind: 'graphql' | 'html';
  operationName: string;
  document: string;
  /** Requests carry a bench member's session cookie (signed in: never from the guest caches). */
  signedIn?: boolean;
  /** Our API is measured twice: a fresh answer each time, and from the guests' cache. */
  guestCache?: boolean;
  /** `handler`: baseline-server.ts's HANDLERS[name]; `replay`: the SQL the API ran, recorded (capture-sql). */
  baseline: 'handler' | 'replay';
  /** Needs the search index (search_documents) filled. */
  search?: boolean;
  /** Variable sets requests rotate through (for `html`, each with a `path`). */
  sample(db: Pool): Promise<Variables[]>;
}

/** An operation of the web app, as its browser sends it (apps/web/src/gql/graphql.ts, printed). */
let generated: string | null = null;
export function webDocument(name: string): string {
  generated ??= readFileSync(join(process.cwd(), 'apps/web/src/gql/graphql.ts'), 'utf8');
  const json = new RegExp(`export const ${name}Document = (\\{.*?\\}) as unknown as DocumentNode`, 's').exec(
    generated,
  )?.[1];
  if (!json) throw new Error(`apps/web/src/gql/graphql.ts has no ${name}Document.`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- graphql is CommonJS here
  const { print } = require('graphql') as typeof import('graphql');
  return print(JSON.parse(json));
}

/** How many threads the thread pages rotate through. */
export const THREAD_SAMPLE = 1000;
/** The thread page is measured on busy threads: a full first page of answers, with their comments. */
export const BUSY_THREAD_ANSWERS = 30;
/** Pages whose SQL is recorded and replayed by the baseline (per scenario). */
export const REPLAY_SAMPLE = 20;

async function busyThreads(db: Pool): Promise<{ id: string; title: string }[]> {
  const { rows } = await db.query<{ id: string; title: string }>(
    `SELECT id, title FROM threads WHERE answer_count >= $1 AND deleted_at IS NULL AND hidden_at IS NULL
     ORDER BY md5(id::text) LIMIT $2`,
    [BUSY_THREAD_ANSWERS, THREAD_SAMPLE],
  );
  if (!rows.length) throw new Error(`No thread has ${BUSY_THREAD_ANSWERS} answers: seed the bench first.`);
  return rows;
}

/** How many titles the search scenarios draw their queries and drafts from. */
const SEARCH_SAMPLE = 300;

/** Words of a title that make a query someone would type: the longest few, lower-cased. */
function queryFrom(title: string, words: number): string {
  return title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 3)
    .sort((a, b) => b.length - a.length)
    .slice(0, words)
    .join(' ');
}

async function sampleTitles(db: Pool): Promise<string[]> {
  const { rows } = await db.query<{ title: string }>(
    `SELECT title FROM threads WHERE deleted_at IS NULL ORDER BY md5(id::text) LIMIT $1`,
    [SEARCH_SAMPLE],
  );
  if (!rows.length) throw new Error('No threads: seed the bench first.');
  return rows.map((r) => r.title);
}

export const SEARCH_PAGE = `query SearchPage($q: String!) { search(query: $q, first: 10) { estimatedTotal pageInfo { hasNextPage }
  edges { node { titleHtml snippetHtml thread { id title } } } } }`;

export const SIMILAR_THREADS = `query SimilarThreads($input: SimilarThreadsInput!) { similarThreads(input: $input) { id title } }`;

const POST_ANSWER = `mutation PostAnswer($input: PostAnswerInput!) { postAnswer(input: $input) { id bodyHtml createdAt } }`;

export const SCENARIOS: Scenario[] = [
  {
    name: 'guest-thread',
    title: `Guest's thread page HTML (GET /t/<slug>/<id>, ${BUSY_THREAD_ANSWERS}+ answers; page cache, and rendered every time)`,
    kind: 'html',
    operationName: '',
    document: '',
    guestCache: true,
    baseline: 'replay',
    async sample(db) {
      return (await busyThreads(db)).map((t) => ({ id: t.id, path: threadPath(t) }));
    },
  },
  {
    name: 'signed-in-thread',
    title: `Signed-in thread page: the web app's one operation (Thread, signedIn: true, ${BUSY_THREAD_ANSWERS}+ answers)`,
    kind: 'graphql',
    operationName: 'Thread',
    get document() {
      return webDocument('Thread');
    },
    signedIn: true,
    baseline: 'replay',
    async sample(db) {
      return (await busyThreads(db)).map((t) => ({ id: t.id, signedIn: true, countView: false }));
    },
  },
  {
    name: 'category',
    title: "Category list: the web app's ThreadList operation (a category, 20 newest or most active)",
    kind: 'graphql',
    operationName: 'ThreadList',
    get document() {
      return webDocument('ThreadList');
    },
    guestCache: true,
    baseline: 'replay',
    async sample(db) {
      const { rows } = await db.query<{ id: string }>('SELECT id FROM categories ORDER BY position, name');
      return rows.flatMap((c) =>
        ['NEWEST', 'ACTIVE'].map((sort) => ({ filter: { categoryId: c.id }, sort, first: 20 })),
      );
    },
  },
  {
    name: 'search',
    title:
      'Search (search(query, first: 10) with highlights; 2–3 words from real titles, every 4th with a typo)',
    kind: 'graphql',
    operationName: 'SearchPage',
    document: SEARCH_PAGE,
    guestCache: true,
    baseline: 'handler',
    search: true,
    async sample(db) {
      const samples = (await sampleTitles(db)).map((title, i) => {
        let q = queryFrom(title, 2 + (i % 2));
        // Two letters swapped in the longest word, as a hurried typist would.
        if (i % 4 === 0 && q.length > 6) q = q.slice(0, 3) + q[4] + q[3] + q.slice(5);
        return { q };
      });
      BASELINE_STATEMENTS.search = await statementsOf(db, 'search', samples.slice(0, 10));
      return samples;
    },
  },
  {
    name: 'similar',
    title: 'Similar threads while asking (similarThreads(title: first words of a real title, first: 5))',
    kind: 'graphql',
    operationName: 'SimilarThreads',
    document: SIMILAR_THREADS,
    baseline: 'handler',
    search: true,
    async sample(db) {
      const samples = (await sampleTitles(db)).map((title) => ({
        input: { title: title.split(' ').slice(0, 6).join(' '), body: '', first: 5 },
      }));
      BASELINE_STATEMENTS.similar = await statementsOf(db, 'similar', samples.slice(0, 10));
      return samples;
    },
  },
  {
    name: 'post-answer',
    title: 'Posting an answer (postAnswer, signed-in members with the posting privileges, quiet threads)',
    kind: 'graphql',
    operationName: 'PostAnswer',
    document: POST_ANSWER,
    signedIn: true,
    baseline: 'replay',
    async sample(db) {
      // Quiet, open questions (not the busy ones the thread pages show), answered with a short text.
      const { rows } = await db.query<{ id: string }>(
        `SELECT id FROM threads WHERE answer_count < 5 AND kind = 'QUESTION' AND deleted_at IS NULL
           AND hidden_at IS NULL AND locked_at IS NULL AND closed_at IS NULL AND id::text ~ $1
         ORDER BY md5(id::text || 'answer') LIMIT 200`,
        // Seeds from before ids were version-4-shaped hold some ids the API's own validation refuses.
        ['^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'],
      );
      return rows.map((r, i) => ({
        input: {
          threadId: r.id,
          body: `Measured by the bench: restart the hub, then pair the sensor again (step ${i + 1}).`,
        },
      }));
    },
  },
];

export function selectScenarios(only: string | undefined): Scenario[] {
  if (!only) return SCENARIOS;
  const names = only.split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !SCENARIOS.some((s) => s.name === n));
  if (unknown.length) {
    throw new Error(
      `Unknown scenario(s): ${unknown.join(', ')}. Known: ${SCENARIOS.map((s) => s.name).join(', ')}.`,
    );
  }
  return SCENARIOS.filter((s) => names.includes(s.name));
}

/** The request body our API receives for one page. */
export const graphqlBody = (scenario: Scenario, variables: Variables) =>
  JSON.stringify({ operationName: scenario.operationName, query: scenario.document, variables });

/** What a browser sends; a language too, so priming (fetch) and autocannon ask for the same cached answers. */
export const GRAPHQL_HEADERS = {
  'content-type': 'application/json',
  'apollo-require-preflight': 'true',
  'accept-language': 'en',
};
