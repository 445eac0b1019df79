// `npm run bench:watchers`: postAnswer latency on a thread with 10 000 watchers against a thread with none,
// and the time until the last watcher's notification exists. The writer records one notification_events row
// (the outbox); the fan-out to the watchers happens after the commit, in batches — this measures that it
// stays out of the answerer's way.
//
// A scratch database (on DATABASE_URL's server, or an embedded Postgres) is created, the production build of
// the API started on it (loopback), and dropped at the end. A benchmark, not a test: it prints figures.
import { ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client, Pool } from 'pg';
import { freePort } from '../../apps/api/src/database/embedded-postgres';
import { startScratchServer } from '../../apps/api/src/database/scratch-server';
import { API_NODE_FLAGS } from '../api-node.cjs';
import { parseCommand } from '../args.cjs';
import { runTool, UsageError } from '../cli';

const API_ENTRY = resolve('dist/apps/api/src/main.js');
const RESULTS = resolve('dist/bench/watchers.json');

const { values } = parseCommand({
  command: 'npm run bench:watchers',
  summary:
    'Measures postAnswer on a thread with many watchers against one with none (p50/p99), and the time until\n' +
    "the last watcher's notification row exists. Uses a scratch database, dropped afterwards.",
  options: {
    watchers: { type: 'string', valueName: 'N', description: 'watchers of the busy thread (default 10000)' },
    answers: { type: 'string', valueName: 'N', description: 'answers measured on each thread (default 40)' },
  },
});

const int = (raw: string | undefined, fallback: number, name: string) => {
  if (raw === undefined) return fallback;
  if (!/^[1-9]\d*$/.test(raw)) throw new UsageError(`--${name} must be a positive whole number.`);
  return Number(raw);
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  const watchers = int(values.watchers, 10_000, 'watchers');
  const answers = int(values.answers, 40, 'answers');
  const server = await startScratchServer();
  const dbName = `bench_watchers_${Date.now()}`;
  const admin = new Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(server.url);
  url.pathname = `/${dbName}`;
  let api: ChildProcess | null = null;
  const db = new Pool({ connectionString: url.toString(), max: 3 });
  // Dropping the scratch database at the end ends idle connections; that is expected.
  db.on('error', () => undefined);
  try {
    const port = await freePort();
    const output: string[] = [];
    api = spawn(process.execPath, [...API_NODE_FLAGS, API_ENTRY], {
      env: {
        ...process.env,
        DATABASE_URL: url.toString(),
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        SEED_DEMO: 'false',
        LOG_LEVEL: 'error',
        SMTP_URL: '',
        REDIS_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
    api.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      if (api.exitCode !== null) throw new Error(`The API exited:\n${output.join('')}`);
      if (i > 600) throw new Error(`The API did not become ready:\n${output.join('')}`);
      const ok = await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }

    // People: an asker, one answerer per answer (posting limits are per account), the watchers; trusted
    // members (reputation 500), signed in by a session row like the one signIn makes.
    const [{ id: categoryId }] = (
      await db.query(
        `INSERT INTO categories (slug, name, description) VALUES ('bench', 'Bench', '') RETURNING id`,
      )
    ).rows;
    const people = async (n: number, prefix: string): Promise<string[]> =>
      (
        await db.query(
          `INSERT INTO accounts (email, handle, display_name, password_hash, reputation)
           SELECT $1 || g || '@example.com', $1 || g, 'Bench ' || $1 || g, 'x', 500 FROM generate_series(1, $2) g
           RETURNING id`,
          [prefix, n],
        )
      ).rows.map((r: { id: string }) => r.id);
    const cookieFor = async (accountId: string) => {
      const token = randomBytes(32).toString('base64url');
      await db.query(
        `INSERT INTO sessions (id, account_id, expires_at, last_seen_at) VALUES ($1, $2, now() + interval '1 day', now())`,
        [createHash('sha256').update(token).digest('hex'), accountId],
      );
      return `community_session=${token}`;
    };
    const gql = async (cookie: string, query: string, variables: Record<string, unknown>) => {
      const started = performance.now();
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: Record<string, { id: string }>; errors?: unknown[] };
      if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
      return { data: body.data!, ms: performance.now() - started };
    };
    const [asker] = await people(1, 'asker');
    const askerCookie = await cookieFor(asker);
    const ask = (title: string) =>
      gql(askerCookie, 'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }', {
        i: { kind: 'QUESTION', categoryId, title, body: 'How does this behave under load?', tags: ['bench'] },
      }).then((r) => r.data.createThread.id);
    const quiet = await ask('A thread nobody watches but its asker');
    const busy = await ask(`A thread ${watchers.toLocaleString('en')} people watch`);
    console.log(`Adding ${watchers.toLocaleString('en')} watchers…`);
    const watcherIds = await people(watchers, 'watcher');
    await db.query(
      `INSERT INTO watches (account_id, target_type, target_id, level, explicit)
       SELECT unnest($1::uuid[]), 'THREAD', $2, 'WATCHING', true`,
      [watcherIds, busy],
    );
    const answerers = await people(2 * answers + 10, 'answerer');
    const cookies: string[] = [];
    for (const id of answerers) cookies.push(await cookieFor(id));
    const me = await gql(cookies[0], '{ me { id } }', {});
    if (!me.data.me)
      throw new Error(`A bench session was not accepted: ${JSON.stringify(me.data)} ${cookies[0]}`);
    let next = 0;
    const post = (threadId: string) =>
      gql(cookies[next++], 'mutation($i: PostAnswerInput!) { postAnswer(input: $i) { id } }', {
        i: { threadId, body: `Answer ${next}: restart it and try again.` },
      });
    const notifiedFor = async (answerId: string) =>
      Number(
        (
          await db.query(
            `SELECT count(*)::int AS n FROM notifications WHERE thread_id = $1 AND answer_id = $2 AND kind = 'WATCHED_REPLY'`,
            [busy, answerId],
          )
        ).rows[0].n,
      );
    // The outbox's identity sequence: how many notification_events rows were ever inserted.
    const outboxInserts = async () =>
      Number(
        (
          await db.query(
            `SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence('notification_events', 'id')::regclass), 0) AS n`,
          )
        ).rows[0]?.n ?? 0,
      );

    // Warm-up (JIT, pools, plans), then wait until the fan-out is idle.
    for (let i = 0; i < 3; i++) {
      await post(quiet);
      await post(busy);
    }
    const idle = async () => {
      for (;;) {
        const { rows } = await db.query(`SELECT count(*)::int AS n FROM notification_events`);
        if (rows[0].n === 0) return;
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    await idle();

    // Time to the last watcher's notification, from the request's start.
    const before = await outboxInserts();
    const t0 = performance.now();
    const first = await post(busy);
    const answerId = first.data.postAnswer.id;
    for (;;) {
      if ((await notifiedFor(answerId)) >= watchers) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const fanOutMs = performance.now() - t0;
    const outboxRows = (await outboxInserts()) - before;

    // Latency, interleaved so both threads see the same machine state.
    const times: Record<'none' | 'watched', number[]> = { none: [], watched: [] };
    for (let i = 0; i < answers; i++) {
      times.none.push((await post(quiet)).ms);
      times.watched.push((await post(busy)).ms);
    }
    await idle();
    const summary = Object.fromEntries(
      Object.entries(times).map(([k, list]) => {
        const sorted = [...list].sort((a, b) => a - b);
        return [
          k,
          { n: list.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1)! },
        ];
      }),
    ) as Record<'none' | 'watched', { n: number; p50: number; p99: number; max: number }>;
    const f = (ms: number) => `${ms.toFixed(1)} ms`;
    const delta = (a: number, b: number) => `${(((b - a) / a) * 100).toFixed(0)} %`;
    console.log(
      `\npostAnswer over HTTP on loopback, ${answers} answers per thread, interleaved (${cpus().length} CPUs)`,
    );
    console.log(`| thread | p50 | p99 | max |`);
    console.log(`| --- | --- | --- | --- |`);
    console.log(`| no watchers | ${f(summary.none.p50)} | ${f(summary.none.p99)} | ${f(summary.none.max)} |`);
    console.log(
      `| ${watchers.toLocaleString('en')} watchers | ${f(summary.watched.p50)} | ${f(summary.watched.p99)} | ${f(summary.watched.max)} |`,
    );
    console.log(
      `difference: p50 ${delta(summary.none.p50, summary.watched.p50)}, p99 ${delta(summary.none.p99, summary.watched.p99)}`,
    );
    console.log(`notification_events rows the postAnswer wrote: ${outboxRows}`);
    console.log(
      `time until the last of ${watchers.toLocaleString('en')} watchers' notifications exists: ${f(fanOutMs)}`,
    );
    mkdirSync(resolve('dist/bench'), { recursive: true });
    writeFileSync(
      RESULTS,
      JSON.stringify(
        { watchers, answers, ...summary, outboxRows, fanOutMs, at: new Date().toISOString() },
        null,
        2,
      ),
    );
    console.log(`\nSaved ${RESULTS}`);
  } finally {
    api?.kill('SIGTERM');
    await new Promise((r) => (api && api.exitCode === null ? api.once('exit', r) : r(null)));
    await db.end();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    await server.stop();
  }
}

runTool(main);
