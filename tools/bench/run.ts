// `npm run bench`: seeds the large community if needed, starts our API (the production build) and the baseline
// server on it, checks both give the same answers, then measures each page on both with autocannon.
//
//   node dist/tools/bench/run.js [--duration 10] [--warmup 3] [--connections 10] [--only thread,category]
//                                [--threads N --answers N --comments N --accounts N] [--force]
//
// A benchmark, not a test: `npm test` does not run it. Loopback only; results in dist/bench/results.{json,md}.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { freePort } from '../../apps/api/src/database/embedded-postgres';
import { parseCommand } from '../args.cjs';
import { runTool } from '../cli';
import { captureSql, compareWithBaseline } from './capture-sql';
import { displayUrl, openBenchDatabase } from './database';
import { BenchResults, compare, Comparison, Measurement, save, Target, textTable } from './results';
import { GRAPHQL_HEADERS, graphqlBody, SCENARIOS, Scenario, selectScenarios, Variables } from './scenarios';
import { SEED_OPTIONS, seedLarge, seedOptionsFromFlags } from './seed-large';

const API_ENTRY = resolve('dist/apps/api/src/main.js');
const BASELINE_ENTRY = resolve('dist/tools/bench/baseline-server.js');
const RESULTS_JSON = resolve('dist/bench/results.json');
const RESULTS_MD = resolve('dist/bench/results.md');
const REINDEX_ENTRY = resolve('dist/tools/reindex.js');

/** Makes the seeded threads searchable: `tools/reindex` into the Postgres adapter's table, once. */
async function ensureSearchable(db: Pool, url: string): Promise<void> {
  const { rows } = await db.query<{ indexed: number; threads: number }>(
    `SELECT (SELECT count(*) FROM search_documents)::int AS indexed,
       (SELECT count(*) FROM threads WHERE deleted_at IS NULL AND hidden_at IS NULL)::int AS threads`,
  );
  if (rows[0].indexed >= rows[0].threads) return;
  console.log(`Search index holds ${rows[0].indexed} of ${rows[0].threads} threads: reindexing…`);
  const run = spawnSync(process.execPath, [REINDEX_ENTRY], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url, SEED_DEMO: 'false', SEARCH_INDEXER: 'off', MEILI_HOST: '' },
  });
  if (run.status !== 0) throw new Error(`Reindexing the bench database failed (exit ${run.status}).`);
}
/** Pages compared between the two servers before measuring. */
const CHECKED_PAGES = 20;

interface Server {
  name: Target;
  url: string;
  child: ChildProcess;
  output: string[];
}

/** Starts a Node child process and resolves once `ready` says so; its output is kept for error messages. */
async function startServer(
  name: Target,
  entry: string,
  env: NodeJS.ProcessEnv,
  ready: (line: string, output: string[]) => Promise<string | null>,
): Promise<Server> {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build first (npx nx run api:build).`);
  const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  return new Promise((resolveServer, reject) => {
    let done = false;
    const fail = (why: string) => {
      if (done) return;
      done = true;
      child.kill('SIGTERM');
      reject(new Error(`${name} server: ${why}\n${output.slice(-30).join('\n')}`));
    };
    const timer = setTimeout(() => fail('not ready after 90 s'), 90_000);
    child.once('exit', (code) => fail(`exited (${code}) before it was ready`));
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        output.push(line);
        if (output.length > 200) output.shift();
        if (done) continue;
        ready(line, output)
          .then((url) => {
            if (!url || done) return;
            done = true;
            clearTimeout(timer);
            resolveServer({ name, url, child, output });
          })
          .catch((e: unknown) => fail(String(e)));
      }
    };
    child.stdout!.on('data', onLine);
    child.stderr!.on('data', onLine);
  });
}

async function stopServer(server: Server | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
}

/** What each server is sent for one page: path and body. */
function requestFor(
  target: Target,
  scenario: Scenario,
  variables: Variables,
): { path: string; body: string } {
  return target === 'ours'
    ? { path: '/graphql', body: graphqlBody(scenario, variables) }
    : { path: `/${scenario.name}`, body: JSON.stringify({ variables }) };
}

async function fetchPage(server: Server, scenario: Scenario, variables: Variables): Promise<unknown> {
  const { path, body } = requestFor(server.name, scenario, variables);
  const res = await fetch(server.url + path, { method: 'POST', headers: GRAPHQL_HEADERS, body });
  const json = (await res.json()) as { data?: unknown; errors?: unknown };
  if (!res.ok || json.errors) {
    throw new Error(
      `${server.name} ${scenario.name} ${JSON.stringify(variables)}: ${res.status} ${JSON.stringify(json)}`,
    );
  }
  return json.data;
}

/** Where two JSON values first differ, as a path ('' when they are equal). */
function firstDifference(a: unknown, b: unknown, path = '$'): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (d) return d;
    }
  }
  return `${path}: ours ${JSON.stringify(a)?.slice(0, 200)} ≠ baseline ${JSON.stringify(b)?.slice(0, 200)}`;
}

/** The baseline is only a fair yardstick if it returns what our API returns, page for page. */
async function checkSameAnswers(
  ours: Server,
  baseline: Server,
  scenario: Scenario,
  samples: Variables[],
): Promise<void> {
  for (const variables of samples.slice(0, CHECKED_PAGES)) {
    const [a, b] = await Promise.all([
      fetchPage(ours, scenario, variables),
      fetchPage(baseline, scenario, variables),
    ]);
    const difference = firstDifference(a, b);
    if (difference)
      throw new Error(`${scenario.name} ${JSON.stringify(variables)}: the servers disagree at ${difference}`);
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

/** One autocannon run; latencies are kept per response (sub-millisecond) rather than from its 1 ms histogram. */
async function measure(
  server: Server,
  scenario: Scenario,
  samples: Variables[],
  options: { duration: number; connections: number },
): Promise<Measurement> {
  const bodies = samples.map((v) => requestFor(server.name, scenario, v));
  const latencies: number[] = [];
  let graphqlErrors = 0;
  const result = await new Promise<autocannon.Result>((resolveRun, reject) => {
    const instance = autocannon(
      {
        url: server.url,
        connections: options.connections,
        duration: options.duration,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            path: bodies[0].path,
            headers: GRAPHQL_HEADERS,
            setupRequest: (req) => ({
              ...req,
              headers: {
                ...req.headers,
                'x-forwarded-for': `198.18.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`,
              },
              body: bodies[Math.floor(Math.random() * bodies.length)].body,
            }),
            onResponse: (_status, body) => {
              if (body.startsWith('{"errors"') || body.includes('"errors":[')) graphqlErrors++;
            },
          },
        ],
      },
      (err, res) => (err ? reject(err) : resolveRun(res)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const p95 = percentile(latencies, 95);
  return {
    p95,
    scenario: scenario.name,
    target: server.name,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rps: result.requests.average,
    requests: result.requests.total,
    failures: result.errors + result.non2xx + graphqlErrors,
  };
}

/** Share of CPU time (0–1) the whole machine spent busy over `ms` (Linux /proc/stat; null elsewhere). */
async function machineBusy(ms = 2000): Promise<number | null> {
  const read = () => {
    try {
      const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
      return { idle: ticks[3] + ticks[4], total: ticks.reduce((a, b) => a + b, 0) };
    } catch {
      return null;
    }
  };
  const a = read();
  await new Promise((r) => setTimeout(r, ms));
  const b = read();
  return a && b && b.total > a.total ? 1 - (b.idle - a.idle) / (b.total - a.total) : null;
}

async function postgresVersion(db: Pool): Promise<string> {
  const { rows } = await db.query<{ v: string }>(
    `SELECT 'PostgreSQL ' || current_setting('server_version') AS v`,
  );
  return rows[0].v;
}

const BENCH = {
  command: 'npm run bench',
  summary:
    "Seeds the large bench community once (in DATABASE_URL's server, database community_bench, or an embedded\n" +
    'Postgres under .data/bench), then measures our API against the bare baseline server with autocannon.',
  options: {
    only: {
      type: 'string',
      valueName: 'NAMES',
      description: `comma-separated scenarios: ${SCENARIOS.map((s) => s.name).join(', ')}`,
    },
    duration: { type: 'string', valueName: 'S', description: 'seconds measured per run (default 10)' },
    warmup: { type: 'string', valueName: 'S', description: 'seconds of warm-up before each run (default 3)' },
    connections: { type: 'string', valueName: 'N', description: 'concurrent connections (default 10)' },
    ...SEED_OPTIONS,
  },
} as const;

async function main(): Promise<void> {
  const { values: flags } = parseCommand(BENCH);
  const number = (name: 'duration' | 'warmup' | 'connections', fallback: number) => {
    const n = flags[name] === undefined ? fallback : Number(flags[name]);
    if (!Number.isFinite(n) || n <= 0)
      throw new Error(`--${name} expects a positive number (got ${flags[name]}).`);
    return n;
  };
  const settings = {
    duration: number('duration', 10),
    warmup: number('warmup', 3),
    connections: number('connections', 10),
  };
  const scenarios = selectScenarios(flags.only);
  const { sizes, force } = seedOptionsFromFlags(flags);

  const database = await openBenchDatabase((m) => console.error(m));
  const db = new Pool({ connectionString: database.url, max: 2 });
  let ours: Server | undefined;
  let baseline: Server | undefined;
  try {
    console.log(`Bench database: ${displayUrl(database.url)}`);
    const seed = await seedLarge(database.url, sizes, { force });
    console.log(seed.seeded ? `Seeded in ${seed.seconds} s.` : 'Data set already seeded.');
    await ensureSearchable(db, database.url);

    console.log('Recording the SQL the API runs for each page…');
    const captured = await captureSql(database.url, scenarios);
    const drift = compareWithBaseline(captured);
    if (drift.length) {
      throw new Error(
        `The baseline's SQL (queries.ts) no longer matches the API's:\n  ${drift.join('\n  ')}`,
      );
    }
    const statements: Record<string, number[]> = {};
    for (const page of captured) (statements[page.scenario] ??= []).push(page.statements.length);

    const apiPort = await freePort();
    ours = await startServer(
      'ours',
      API_ENTRY,
      {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        SEED_DEMO: 'false',
        // Indexing is measured by reindex, not here; and requests come from many simulated visitors
        // (X-Forwarded-For), so per-address rate limits (searches) do not refuse the load.
        SEARCH_INDEXER: 'off',
        TRUST_PROXY: 'loopback',
        HOST: '127.0.0.1',
        PORT: String(apiPort),
        DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-api-')),
      },
      async (line) => {
        if (!/is ready/.test(line)) return null;
        const res = await fetch(`http://127.0.0.1:${apiPort}/readyz`);
        return res.ok ? `http://127.0.0.1:${apiPort}` : null;
      },
    );
    baseline = await startServer(
      'baseline',
      BASELINE_ENTRY,
      { ...process.env, BENCH_DATABASE_URL: database.url, PORT: '0' },
      async (line) => {
        const port = /^listening on (\d+)/.exec(line)?.[1];
        return port ? `http://127.0.0.1:${port}` : null;
      },
    );
    console.log(
      `Our API: ${ours.url} (dist/apps/api/src/main.js, NODE_ENV=production); baseline: ${baseline.url}`,
    );

    // Everything shares these cores (API, baseline, Postgres, autocannon): other work skews the figures.
    const busy = await machineBusy();
    if (busy !== null && busy > 0.15) {
      console.warn(
        `Warning: the machine was ${Math.round(busy * 100)}% busy before the bench started; other work skews the figures.`,
      );
    }

    const comparisons: Comparison[] = [];
    for (const scenario of scenarios) {
      const samples = await scenario.sample(db);
      await checkSameAnswers(ours, baseline, scenario, samples);
      console.log(`\n${scenario.title}: ${samples.length} variable sets; both servers return the same data.`);
      const measured: Partial<Record<Target, Measurement>> = {};
      for (const server of [ours, baseline]) {
        process.stdout.write(`  ${server.name}: warm-up ${settings.warmup} s, `);
        await measure(server, scenario, samples, { ...settings, duration: settings.warmup });
        process.stdout.write(`measuring ${settings.duration} s… `);
        const m = await measure(server, scenario, samples, settings);
        console.log(
          `p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95?.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms, ${m.rps.toFixed(0)} req/s`,
        );
        if (m.failures) console.warn(`  ${m.failures} failed request(s): this run does not count.`);
        measured[server.name] = m;
      }
      comparisons.push(compare(scenario.name, scenario.title, measured.ours!, measured.baseline!));
    }

    const { rows: counts } = await db.query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM accounts)::int AS accounts, (SELECT count(*) FROM threads)::int AS threads,
         (SELECT count(*) FROM answers)::int AS answers, (SELECT count(*) FROM comments)::int AS comments,
         (SELECT count(*) FROM votes)::int AS votes`,
    );
    const results: BenchResults = {
      at: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        postgres: await postgresVersion(db),
        busyBefore: busy === null ? null : Math.round(busy * 100) / 100,
      },
      dataset: counts[0],
      settings,
      statements,
      comparisons,
    };
    console.log(`\n${textTable(results)}\n`);
    save(results, RESULTS_JSON, RESULTS_MD);
    console.log(`Saved ${RESULTS_JSON} and ${RESULTS_MD}.`);
    if (comparisons.some((c) => c.ours.failures || c.baseline.failures)) process.exitCode = 1;
  } finally {
    await Promise.all([stopServer(ours), stopServer(baseline)]);
    await db.end();
    await database.stop();
  }
}

runTool(main);
