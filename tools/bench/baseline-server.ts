// The bench's baseline: a bare node:http server that answers the same pages as our GraphQL API by running
// the same SQL statements (queries.ts) through a `pg` Pool, in the same order and with the same batching as
// the API's DataLoaders, and returns the same JSON ({ data }) — no framework, no GraphQL, no ORM.
//
// Pages too rich to rewrite by hand (the web app's own operations, the server-rendered page, posting an answer)
// are replayed: the statements our API ran for a sample, with their parameters, in order, on one connection,
// then the bytes our API answered (BENCH_REPLAY names the file run.ts recorded them in).
//
//   BENCH_DATABASE_URL=postgres://… [BENCH_REPLAY=file.json] PORT=0 node dist/tools/bench/baseline-server.js
//   POST /<scenario> with {"variables": {…}}, or POST /replay/<scenario> with {"sample": i};
//   prints "listening on <port>" once ready.
import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { markdownToText } from '@community/domain';
import { fold, PostgresSearchIndex, SqlQuery } from '@community/search';
import { Pool } from 'pg';
import { encodeCursor, isUuid, offsetCursor } from '../../apps/api/src/common/connection';
import {
  AccountRow,
  accountsById,
  AnswerRow,
  answersForThreads,
  categoriesById,
  CategoryRow,
  commentsByThread,
  CommentRow,
  ListedThreadRow,
  ThreadListSort,
  threadsById,
  threadsInCategory,
  ThreadRow,
} from './queries';
import type { Variables } from './scenarios';

type Json = Record<string, unknown>;
type Handler = (db: Pool, variables: Variables) => Promise<Json>;

const iso = (v: unknown) => (v as Date).toISOString();

/**
 * Accounts by id, fetched in batches like the API's `accountById` DataLoader: each batch asks only for ids
 * no earlier batch of the same request asked for.
 */
class AccountBatches {
  private readonly byId = new Map<string, Promise<AccountRow | undefined>>();

  constructor(private readonly db: Pool) {}

  load(ids: string[]): Promise<unknown> {
    const fresh = [...new Set(ids)].filter((id) => !this.byId.has(id));
    if (fresh.length) {
      const batch = this.db.query<AccountRow>(accountsById(fresh.length), fresh).then((r) => r.rows);
      for (const id of fresh)
        this.byId.set(
          id,
          batch.then((rows) => rows.find((a) => a.AccountEntity_id === id)),
        );
    }
    return Promise.all(ids.map((id) => this.byId.get(id)));
  }

  async get(id: string): Promise<AccountRow> {
    const account = await this.byId.get(id);
    if (!account) throw new Error(`Account ${id} was not loaded`);
    return account;
  }
}

const authorBrief = (a: AccountRow) => ({
  id: a.AccountEntity_id,
  handle: a.AccountEntity_handle,
  displayName: a.AccountEntity_display_name,
});
const authorFull = (a: AccountRow) => ({
  ...authorBrief(a),
  reputation: a.AccountEntity_reputation,
  role: a.AccountEntity_role,
  jobTitle: a.AccountEntity_job_title,
});

/** The `ThreadPage` query: thread, category, author, comments, first 30 answers with authors and comments. */
const threadPage: Handler = async (db, variables) => {
  const id = String(variables.id);
  const first = 30;
  if (!isUuid(id)) return { data: { thread: null } };
  const [thread] = (await db.query<ThreadRow>(threadsById(1), [id])).rows;
  // Deleted threads show to their author and moderators only; the bench's visitor is neither.
  if (!thread || thread.ThreadEntity_deleted_at) return { data: { thread: null } };

  const accounts = new AccountBatches(db);
  const authorId = thread.ThreadEntity_author_id as string;
  const author = accounts.load([authorId]);
  const category = db.query<CategoryRow>(categoriesById(1), [thread.ThreadEntity_category_id]);
  const comments = db.query<CommentRow>(commentsByThread(1), [id]).then((r) => r.rows);
  const answers = db
    .query<AnswerRow>(answersForThreads(1), [id, 0, first + 1])
    .then((r) => r.rows.sort((x, y) => Number(x.rn) - Number(y.rn)));
  const page = answers.then((rows) => rows.slice(0, first));
  const threadComments = comments.then((rows) => rows.filter((c) => !c.CommentEntity_answer_id));
  // The same three author batches the API's resolvers make once comments, then answers, arrive.
  const commentAuthors = threadComments.then((rows) =>
    accounts.load(rows.map((c) => c.CommentEntity_author_id as string)),
  );
  const answerAuthors = page.then((rows) => accounts.load(rows.map((a) => a.a_author_id as string)));
  const answerCommentAuthors = Promise.all([page, comments]).then(([p, c]) => {
    const onPage = new Set(p.map((a) => a.a_id));
    return accounts.load(
      c.filter((x) => onPage.has(x.CommentEntity_answer_id)).map((x) => x.CommentEntity_author_id as string),
    );
  });
  const [categoryRows, allComments, rows] = await Promise.all([
    category,
    comments,
    answers,
    author,
    commentAuthors,
    answerAuthors,
    answerCommentAuthors,
  ]);
  const [c] = categoryRows.rows as CategoryRow[];

  const comment = async (x: CommentRow) => ({
    id: x.CommentEntity_id,
    bodyHtml: x.CommentEntity_body_html,
    createdAt: iso(x.CommentEntity_created_at),
    author: authorBrief(await accounts.get(x.CommentEntity_author_id as string)),
  });
  const edges = await Promise.all(
    rows.slice(0, first).map(async (a) => ({
      node: {
        id: a.a_id,
        bodyHtml: a.a_body_html,
        score: a.a_score,
        official: a.a_official,
        accepted: thread.ThreadEntity_accepted_answer_id === a.a_id,
        createdAt: iso(a.a_created_at),
        viewerVote: 'NONE',
        author: authorFull(await accounts.get(a.a_author_id as string)),
        comments: await Promise.all(
          allComments.filter((x) => x.CommentEntity_answer_id === a.a_id).map(comment),
        ),
      },
    })),
  );
  return {
    data: {
      thread: {
        id: thread.ThreadEntity_id,
        kind: thread.ThreadEntity_kind,
        status: thread.ThreadEntity_status,
        title: thread.ThreadEntity_title,
        bodyHtml: thread.ThreadEntity_body_html,
        tags: thread.ThreadEntity_tags,
        score: thread.ThreadEntity_score,
        answerCount: thread.ThreadEntity_answer_count,
        viewCount: thread.ThreadEntity_view_count,
        createdAt: iso(thread.ThreadEntity_created_at),
        viewerVote: 'NONE',
        category: { id: c.CategoryEntity_id, slug: c.CategoryEntity_slug, name: c.CategoryEntity_name },
        author: authorFull(await accounts.get(authorId)),
        comments: await Promise.all((await threadComments).map(comment)),
        answers: {
          totalCount: thread.ThreadEntity_answer_count,
          pageInfo: {
            hasNextPage: rows.length > first,
            endCursor: edges.length ? offsetCursor.encode(edges.length - 1) : null,
          },
          edges,
        },
      },
    },
  };
};

/** ThreadsService.excerpt: the first words of the body as plain text. */
const excerpt = (body: string, length = 200) => {
  const text = markdownToText(body);
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
};

/** The `CategoryList` query: first 20 threads of a category, newest or most recently active first. */
const categoryList: Handler = async (db, variables) => {
  const first = 20;
  const sort = variables.sort as ThreadListSort;
  const rows = (await db.query<ListedThreadRow>(threadsInCategory(sort, first + 1), [variables.categoryId]))
    .rows;
  const page = rows.slice(0, first);
  const accounts = new AccountBatches(db);
  await accounts.load(page.map((t) => t.t_author_id as string));
  const edges = await Promise.all(
    page.map(async (t) => {
      const a = await accounts.get(t.t_author_id as string);
      return {
        cursor: encodeCursor([iso(sort === 'NEWEST' ? t.t_created_at : t.t_last_activity_at), t.t_id]),
        node: {
          id: t.t_id,
          kind: t.t_kind,
          status: t.t_status,
          title: t.t_title,
          excerpt: excerpt(t.t_body as string),
          tags: t.t_tags,
          score: t.t_score,
          answerCount: t.t_answer_count,
          viewCount: t.t_view_count,
          createdAt: iso(t.t_created_at),
          lastActivityAt: iso(t.t_last_activity_at),
          author: { ...authorBrief(a), reputation: a.AccountEntity_reputation },
        },
      };
    }),
  );
  return {
    data: {
      threads: {
        pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
        edges,
      },
    },
  };
};

/** The Postgres search adapter over this pool: the very class (and so the very SQL) the API uses. */
const searchIndexes = new WeakMap<Pool, PostgresSearchIndex>();
function searchIndexOf(db: Pool): PostgresSearchIndex {
  let index = searchIndexes.get(db);
  if (!index) {
    const query: SqlQuery = async (sql, params) => (await db.query(sql, params)).rows;
    index = new PostgresSearchIndex(query);
    searchIndexes.set(db, index);
  }
  return index;
}

/** Threads by id as the API's `threadById` loader fetches them, in the order asked, visible ones only. */
async function visibleThreads(db: Pool, ids: string[]): Promise<Map<string, ThreadRow>> {
  if (!ids.length) return new Map();
  const { rows } = await db.query<ThreadRow>(threadsById(ids.length), ids);
  return new Map(
    rows
      .filter((t) => !t.ThreadEntity_deleted_at && !t.ThreadEntity_hidden_at)
      .map((t) => [t.ThreadEntity_id as string, t]),
  );
}

export const LOG_SEARCH_QUERY =
  'INSERT INTO search_queries (query, normalized, result_count) VALUES ($1, $2, $3) RETURNING id';

/** The guardian's category access of a guest (which categories are private), as the API asks it per request. */
export const CATEGORY_ACCESS = `SELECT p.category_id AS "categoryId", p.access, bool_or(m.account_id IS NOT NULL) AS member
       FROM category_permissions p
       LEFT JOIN group_members m ON m.group_id = p.group_id AND m.account_id = $1
      GROUP BY p.category_id, p.access`;

/** The `SearchPage` query: ten hits with highlights, the query logged as the API logs it. */
const searchPage: Handler = async (db, variables) => {
  await db.query(CATEGORY_ACCESS, [null]);
  const query = String(variables.q).trim();
  const result = await searchIndexOf(db).search({ query, offset: 0, limit: 10 });
  const threads = await visibleThreads(
    db,
    result.hits.map((h) => h.id),
  );
  await db.query(LOG_SEARCH_QUERY, [
    query.slice(0, 200),
    fold(query).replace(/\s+/g, ' ').trim().slice(0, 200),
    result.estimatedTotal,
  ]);
  const edges = result.hits.flatMap((h) => {
    const t = threads.get(h.id);
    return t
      ? [
          {
            node: {
              titleHtml: h.highlights.title,
              snippetHtml: h.highlights.snippet,
              thread: { id: t.ThreadEntity_id, title: t.ThreadEntity_title },
            },
          },
        ]
      : [];
  });
  return {
    data: {
      search: { estimatedTotal: result.estimatedTotal, pageInfo: { hasNextPage: result.hasMore }, edges },
    },
  };
};

/** The `SimilarThreads` query: the likely duplicates of a draft title. */
const similarThreads: Handler = async (db, variables) => {
  const input = variables.input as { title: string; body?: string; first: number };
  const title = input.title.trim();
  if (title.length < 3) return { data: { similarThreads: [] } };
  await db.query(CATEGORY_ACCESS, [null]);
  const ids = await searchIndexOf(db).similar({ title, body: input.body ?? '', limit: input.first });
  const threads = await visibleThreads(db, ids);
  return {
    data: {
      similarThreads: ids.flatMap((id) => {
        const t = threads.get(id);
        return t ? [{ id: t.ThreadEntity_id, title: t.ThreadEntity_title }] : [];
      }),
    },
  };
};

/** One handler per scenario name (scenarios.ts). */
export const HANDLERS: Record<string, Handler> = {
  thread: threadPage,
  category: categoryList,
  search: searchPage,
  similar: similarThreads,
};

/** The statements a handler runs for these variables (for scenarios whose SQL is built at run time). */
export async function statementsOf(db: Pool, scenario: string, samples: Variables[]): Promise<string[]> {
  const statements: string[] = [];
  const recording = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'query') return Reflect.get(target, prop, receiver) as unknown;
      return (sql: string, params?: unknown[]) => {
        statements.push(sql);
        return target.query(sql, params);
      };
    },
  });
  for (const variables of samples) await HANDLERS[scenario](recording, variables);
  return statements;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** What the API did for one sample of a replayed scenario. */
export interface ReplayedPage {
  calls: { sql: string; params: unknown[] }[];
  body: string;
  contentType: string;
}

/** Runs a recorded page's statements in order on one connection (transactions included), then its bytes. */
async function replay(db: Pool, page: ReplayedPage, res: ServerResponse): Promise<void> {
  const client = await db.connect();
  try {
    for (const call of page.calls) await client.query(call.sql, call.params);
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
  res.writeHead(200, { 'content-type': page.contentType, 'content-length': Buffer.byteLength(page.body) });
  res.end(page.body);
}

export function createBaselineServer(db: Pool, replays: Record<string, ReplayedPage[]> = {}): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, body: Json) => {
      const text = JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
      });
      res.end(text);
    };
    const replayed = /^\/replay\/(.+)$/.exec(req.url ?? '')?.[1];
    if (req.method === 'POST' && replayed && replays[replayed]) {
      readBody(req)
        .then((body) => {
          const pages = replays[replayed];
          return replay(
            db,
            pages[Number((JSON.parse(body) as { sample: number }).sample) % pages.length],
            res,
          );
        })
        .catch((e: unknown) => send(500, { error: e instanceof Error ? e.message : String(e) }));
      return;
    }
    const handler = HANDLERS[(req.url ?? '').slice(1)];
    if (req.method !== 'POST' || !handler) return send(404, { error: 'POST /<scenario>' });
    readBody(req)
      .then((body) => handler(db, (JSON.parse(body) as { variables: Variables }).variables))
      .then((result) => send(200, result))
      .catch((e: unknown) => send(500, { error: e instanceof Error ? e.message : String(e) }));
  });
}

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error('Set BENCH_DATABASE_URL to the bench database.');
  // The same pool size as the API's (DATABASE_POOL_SIZE, default 10).
  const db = new Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  const replays = process.env.BENCH_REPLAY
    ? (JSON.parse(readFileSync(process.env.BENCH_REPLAY, 'utf8')) as Record<string, ReplayedPage[]>)
    : {};
  const server = createBaselineServer(db, replays);
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    const address = server.address();
    console.log(`listening on ${typeof address === 'object' && address ? address.port : ''}`);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      server.close(() => void db.end().then(() => process.exit(0)));
      server.closeAllConnections();
    });
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
