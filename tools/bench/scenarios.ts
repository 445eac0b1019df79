// The pages the bench measures: what our API is asked (a GraphQL document) and which variables it is asked
// with, sampled from the seeded data. The baseline server answers the same page under the scenario's name.
// A new page (search, similar threads, …) is one more entry here and one more handler in baseline-server.ts.
import type { Pool } from 'pg';
import { statementsOf } from './baseline-server';
import { BASELINE_STATEMENTS } from './queries';

export type Variables = Record<string, unknown>;

export interface Scenario {
  /** Short name: the --only filter, the baseline's path (POST /<name>) and the results' key. */
  name: string;
  title: string;
  operationName: string;
  document: string;
  /** Variable sets requests rotate through. */
  sample(db: Pool): Promise<Variables[]>;
}

const AUTHOR_FULL = 'author { id handle displayName reputation role jobTitle }';
const COMMENTS = 'comments { id bodyHtml createdAt author { id handle displayName } }';

export const THREAD_PAGE = `query ThreadPage($id: ID!) { thread(id: $id) { id kind status title bodyHtml tags score answerCount viewCount createdAt viewerVote
  category { id slug name } ${AUTHOR_FULL}
  ${COMMENTS}
  answers(first: 30) { totalCount pageInfo { hasNextPage endCursor } edges { node { id bodyHtml score official accepted createdAt viewerVote
    ${AUTHOR_FULL} ${COMMENTS} } } } } }`;

export const CATEGORY_LIST = `query CategoryList($categoryId: ID!, $sort: ThreadSort!) { threads(filter: { categoryId: $categoryId }, sort: $sort, first: 20) {
  pageInfo { hasNextPage endCursor } edges { cursor node { id kind status title excerpt tags score answerCount viewCount createdAt lastActivityAt
    author { id handle displayName reputation } } } } }`;

/** How many threads the thread page rotates through. */
export const THREAD_SAMPLE = 1000;
/** The thread page is measured on busy threads: a full first page of answers, with their comments. */
export const BUSY_THREAD_ANSWERS = 30;

export const SCENARIOS: Scenario[] = [
  {
    name: 'thread',
    title: `Thread page (thread(id) with ${BUSY_THREAD_ANSWERS}+ answers, first: 30)`,
    operationName: 'ThreadPage',
    document: THREAD_PAGE,
    async sample(db) {
      const { rows } = await db.query<{ id: string }>(
        `SELECT id FROM threads WHERE answer_count >= $1 AND deleted_at IS NULL ORDER BY md5(id::text) LIMIT $2`,
        [BUSY_THREAD_ANSWERS, THREAD_SAMPLE],
      );
      if (!rows.length)
        throw new Error(`No thread has ${BUSY_THREAD_ANSWERS} answers: seed the bench first.`);
      return rows.map((r) => ({ id: r.id }));
    },
  },
  {
    name: 'category',
    title: 'Category list (threads(filter: {categoryId}, sort: NEWEST|ACTIVE, first: 20))',
    operationName: 'CategoryList',
    document: CATEGORY_LIST,
    async sample(db) {
      const { rows } = await db.query<{ id: string }>('SELECT id FROM categories ORDER BY position, name');
      return rows.flatMap((c) => ['NEWEST', 'ACTIVE'].map((sort) => ({ categoryId: c.id, sort })));
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

export const GRAPHQL_HEADERS = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };

export const SEARCH_PAGE = `query SearchPage($q: String!) { search(query: $q, first: 10) { estimatedTotal pageInfo { hasNextPage }
  edges { node { titleHtml snippetHtml thread { id title } } } } }`;

export const SIMILAR_THREADS = `query SimilarThreads($input: SimilarThreadsInput!) { similarThreads(input: $input) { id title } }`;

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

SCENARIOS.push(
  {
    name: 'search',
    title:
      'Search (search(query, first: 10) with highlights; 2–3 words from real titles, every 4th with a typo)',
    operationName: 'SearchPage',
    document: SEARCH_PAGE,
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
    operationName: 'SimilarThreads',
    document: SIMILAR_THREADS,
    async sample(db) {
      const samples = (await sampleTitles(db)).map((title) => ({
        input: { title: title.split(' ').slice(0, 6).join(' '), body: '', first: 5 },
      }));
      BASELINE_STATEMENTS.similar = await statementsOf(db, 'similar', samples.slice(0, 10));
      return samples;
    },
  },
);
