// The bench's baseline: a bare node:http server that answers the same pages as our GraphQL API with no
// framework, no GraphQL and no ORM, through a `pg` Pool.
//
// The web app's own operations, the server-rendered page and posting an answer are replayed: the statements
// our API ran for a sample, with their parameters, in order, on one connection, then the bytes our API answered
// (BENCH_REPLAY names the file run.ts recorded them in). Search and similar questions are hand-written on the
// same search adapter class (so the same SQL) and return the same JSON ({ data }); run.ts checks it page for page.
//
//   BENCH_DATABASE_URL=postgres://… [BENCH_REPLAY=file.json] PORT=0 node dist/tools/bench/baseline-server.js
//   POST /<scenario> with {"variables": {…}}, or POST /replay/<scenario> with {"sample": i};
//   prints "listening on <port>" once ready.
import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { fold, PostgresSearchIndex, SqlQuery } from '@community/search';
import { Pool } from 'pg';
import { threadsById, ThreadRow } from './queries';
import type { Variables } from './scenarios';
import { POOL_IDLE_MS } from '../../apps/api/src/database/pool';

type Json = Record<string, unknown>;
type Handler = (db: Pool, variables: Variables) => Promise<Json>;

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
  // Pooled like our API (data-source.ts): the same connections, kept as long between rounds.
  const db = new Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    idleTimeoutMillis: POOL_IDLE_MS,
  });
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
