// The pages the bench measures: what our API is asked (a GraphQL document) and which variables it is asked
// with, sampled from the seeded data. The baseline server answers the same page under the scenario's name.
// A new page (search, similar threads, …) is one more entry here and one more handler in baseline-server.ts.
import type { Pool } from 'pg';

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
