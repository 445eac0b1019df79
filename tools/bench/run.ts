// `npm run bench`: seeds the large community if needed, starts our API (the production build) and the baseline
// server on it, records the SQL our API runs for each page (and checks hand-written baselines give the same
// answers), then measures each page on every server with autocannon: alternating servers, each run repeated,
// median and spread reported; it refuses to record while other work takes more than half the machine.
//
//   node dist/tools/bench/run.js [--duration 10] [--warmup 10] [--connections 10] [--repeats 3]
//        [--only guest-thread,signed-in-thread,category,search,similar,post-answer] [--allow-busy]
//        [--threads N --answers N --comments N --accounts N] [--force]
//
// A benchmark, not a test: `npm test` does not run it. Loopback only; results in dist/bench/results.{json,md}.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { freePort } from '../../apps/api/src/database/embedded-postgres';
import { API_NODE_FLAGS } from '../api-node.cjs';
import { parseCommand } from '../args.cjs';
import { runTool } from '../cli';
import { captureSql, compareWithBaseline, replayFile } from './capture-sql';
import { displayUrl, migrateBenchDatabase, openBenchDatabase } from './database';
import { BenchResults, Comparison, Measurement, save, summarise, textTable } from './results';
import { REPLAY_SAMPLE, SCENARIOS, Scenario, selectScenarios, Variables } from './scenarios';
import { SEED_OPTIONS, seedLarge, seedOptionsFromFlags } from './seed-large';
import { benchSessions, endBenchSessions } from './sessions';
import { targetsOf, type Target as BenchTarget } from './targets';
import { ourApiEnv, stopChild } from './child';

const API_ENTRY = resolve('dist/apps/api/src/main.js');
const BASELINE_ENTRY = resolve('dist/tools/bench/baseline-server.js');
const RESULTS_JSON = resolve('dist/bench/results.json');
const RESULTS_MD = resolve('dist/bench/results.md');
const REPLAY_JSON = resolve('dist/bench/replay.json');
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
  name: 'ours' | 'baseline';
  url: string;
  child: ChildProcess;
  output: string[];
}

/** Starts a Node child process and resolves once `ready` says so; its output is kept for error messages. */
async function startServer(
  name: Server['name'],
  entry: string,
  env: NodeJS.ProcessEnv,
  ready: (line: string, output: string[]) => Promise<string | null>,
): Promise<Server> {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build first (npx nx run api:build).`);
  // Our API runs with the flags `npm start` gives it; the baseline as plain `node`.
  const nodeFlags = name === 'ours' ? API_NODE_FLAGS : [];
  const child = spawn(process.execPath, [...nodeFlags, entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
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

function stopServer(server: Server | undefined): Promise<void> {
  return stopChild(server?.child, 10_000);
}

type Target = BenchTarget<Server>;

async function fetchPage(target: Target, i: number): Promise<unknown> {
  const { path, ...init } = target.request(i);
  const res = await fetch(target.server.url + path, init);
  const json = (await res.json()) as { data?: unknown; errors?: unknown };
  if (!res.ok || json.errors) {
    throw new Error(`${target.label} sample ${i}: ${res.status} ${JSON.stringify(json).slice(0, 500)}`);
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

/** One request for sample `i`, its answer read and dropped. */
async function primeOne(target: Target, i: number): Promise<void> {
  const { path, ...init } = target.request(i);
  await (await fetch(target.server.url + path, init)).arrayBuffer();
}

/** A hand-written baseline is only a fair yardstick if it returns what our API returns, page for page. */
async function checkSameAnswers(ours: Target, baseline: Target, samples: Variables[]): Promise<void> {
  for (let i = 0; i < Math.min(CHECKED_PAGES, samples.length); i++) {
    const [a, b] = await Promise.all([fetchPage(ours, i), fetchPage(baseline, i)]);
    const difference = firstDifference(a, b);
    if (difference) throw new Error(`${JSON.stringify(samples[i])}: the servers disagree at ${difference}`);
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

/** One autocannon run; latencies are kept per response (sub-millisecond) rather than from its 1 ms histogram. */
async function measure(
  target: Target,
  scenario: Scenario,
  count: number,
  options: { duration: number; connections: number },
): Promise<Measurement> {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  const result = await new Promise<autocannon.Result>((resolveRun, reject) => {
    const instance = autocannon(
      {
        url: target.server.url,
        connections: options.connections,
        duration: options.duration,
        timeout: 10,
        requests: [
          {
            setupRequest: (req) => {
              const r = target.request(Math.floor(Math.random() * count));
              return {
                ...req,
                method: r.method as 'GET' | 'POST',
                path: r.path,
                body: r.body,
                headers: {
                  ...r.headers,
                  'x-forwarded-for': `198.18.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`,
                },
              };
            },
            onResponse: (_status, body) => {
              if (
                scenario.kind === 'graphql' &&
                (body.startsWith('{"errors"') || body.includes('"errors":['))
              )
                graphqlErrors++;
            },
          },
        ],
      },
      (err, res) => (err ? reject(err) : resolveRun(res)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    scenario: scenario.name,
    target: target.label,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: result.requests.average,
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx + graphqlErrors,
  };
}

/** Busy and total CPU time of the whole machine so far (/proc/stat; null where there is none). */
function cpuTimes(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3] + (fields[4] ?? 0); // idle + iowait
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/**
 * How busy the machine is with other work, in cores, measured over two seconds while the bench itself is idle
 * (between runs its servers and Postgres wait). The load average would count the bench's own last run: on
 * 2 cores a run alone lifts it above 2 for a minute. Falls back to the load average without /proc/stat.
 * The bench refuses to record when others use more than half a core per core.
 */
async function load(): Promise<{ line: string; perCore: number }> {
  const [one, five, fifteen] = loadavg();
  const cores = cpus().length;
  const average = `load average ${one.toFixed(2)}, ${five.toFixed(2)}, ${fifteen.toFixed(2)} on ${cores} cores`;
  // Requests still in flight when the previous run stopped finish within a few seconds: let them, then watch
  // two seconds (once: picking the quietest of several would hide a busy machine).
  await new Promise((r) => setTimeout(r, 3_000));
  const start = cpuTimes();
  await new Promise((r) => setTimeout(r, 2_000));
  const end = cpuTimes();
  if (!start || !end || end.total === start.total) return { line: average, perCore: one / cores };
  const share = (end.busy - start.busy) / (end.total - start.total);
  return {
    line: `${(share * cores).toFixed(2)} of ${cores} cores busy with other work, ${average}`,
    // 1 means "as busy as the limit": half the machine taken by others.
    perCore: share * 2,
  };
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
    'Postgres under .data/bench), then measures the pages people load on our API against the bare baseline\n' +
    'server running the same SQL, alternating servers, each run repeated; refuses a busy machine.',
  options: {
    only: {
      type: 'string',
      valueName: 'NAMES',
      description: `comma-separated scenarios: ${SCENARIOS.map((s) => s.name).join(', ')} (never seeds; reindexes only for search)`,
    },
    duration: { type: 'string', valueName: 'S', description: 'seconds measured per run (default 10)' },
    warmup: {
      type: 'string',
      valueName: 'S',
      description: 'seconds of warm-up per server before the first run (default 10)',
    },
    connections: { type: 'string', valueName: 'N', description: 'concurrent connections (default 10)' },
    repeats: {
      type: 'string',
      valueName: 'N',
      description: 'runs per server and scenario, alternating (default 3)',
    },
    'allow-busy': {
      type: 'boolean',
      description:
        'record even when other work takes more than half the machine (figures are then marked busy)',
    },
    ...SEED_OPTIONS,
  },
} as const;

async function main(): Promise<void> {
  const { values: flags } = parseCommand(BENCH);
  const number = (name: 'duration' | 'warmup' | 'connections' | 'repeats', fallback: number) => {
    const n = flags[name] === undefined ? fallback : Number(flags[name]);
    if (!Number.isFinite(n) || n <= 0)
      throw new Error(`--${name} expects a positive number (got ${flags[name]}).`);
    return n;
  };
  const settings = {
    duration: number('duration', 10),
    // Long enough for our API's JIT to settle: its CPU per request falls ~15 % over its first ~10 000 requests
    // (cpu.js: 3.8 ms in the first 3 000 after a short warm-up, 3.2 after), and a long-running server is measured.
    warmup: number('warmup', 10),
    connections: number('connections', 10),
    repeats: number('repeats', 3),
  };
  const scenarios = selectScenarios(flags.only);
  const { sizes, force } = seedOptionsFromFlags(flags);
  const allowBusy = flags['allow-busy'] === true;

  const before = await load();
  console.log(`Before: ${before.line}.`);
  if (before.perCore > 1 && !allowBusy) {
    console.error(
      `The machine is busy (${before.line}): figures would measure the other work. Not recording; ` +
        'run again when it is quiet, or pass --allow-busy (figures are then marked busy).',
    );
    process.exitCode = 3;
    return;
  }

  const database = await openBenchDatabase((m) => console.error(m));
  const db = new Pool({ connectionString: database.url, max: 2 });
  let ours: Server | undefined;
  let baseline: Server | undefined;
  try {
    console.log(`Bench database: ${displayUrl(database.url)}`);
    if (flags.only) {
      // --only measures what is there: it never seeds, and reindexes only what a search scenario needs.
      const { rows } = await db
        .query<{ n: number }>(`SELECT count(*)::int AS n FROM threads`)
        .catch(() => ({ rows: [{ n: 0 }] }));
      if (!rows[0].n) throw new Error('The bench database is empty: run `npm run bench` once (it seeds).');
      const applied = await migrateBenchDatabase(database.url);
      if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
    } else {
      const seed = await seedLarge(database.url, sizes, { force });
      console.log(seed.seeded ? `Seeded in ${seed.seconds} s.` : 'Data set already seeded.');
    }
    if (scenarios.some((s) => s.search)) await ensureSearchable(db, database.url);

    // The bench's members post far faster than people do: raise the posting limit the way an admin would
    // (Admin → Limits stores it here), so postAnswer measures posting, not the refusal of a rate limit.
    await db.query(
      `INSERT INTO site_settings (id, rate_limits) VALUES (1, $1)
       ON CONFLICT (id) DO UPDATE SET rate_limits = site_settings.rate_limits || $1`,
      [JSON.stringify({ postsPerAccount: { points: 500, duration: 60 } })],
    );
    const cookies = scenarios.some((s) => s.signedIn) ? await benchSessions(db, 500) : [];
    const samples = new Map<string, Variables[]>();
    for (const scenario of scenarios) samples.set(scenario.name, await scenario.sample(db));

    console.log('Recording the SQL the API runs for each page…');
    const captured = await captureSql(database.url, scenarios, { samples, cookies });
    const drift = compareWithBaseline(captured, scenarios);
    if (drift.length) {
      throw new Error(
        `The baseline's SQL (queries.ts) no longer matches the API's:\n  ${drift.join('\n  ')}`,
      );
    }
    const statements: Record<string, number[]> = {};
    for (const page of captured) (statements[page.scenario] ??= []).push(page.statements.length);
    mkdirSync(dirname(REPLAY_JSON), { recursive: true });
    writeFileSync(REPLAY_JSON, JSON.stringify(replayFile(captured, scenarios)));

    const apiPort = await freePort();
    ours = await startServer('ours', API_ENTRY, ourApiEnv(database.url, apiPort), async (line) => {
      if (!/is ready/.test(line)) return null;
      const res = await fetch(`http://127.0.0.1:${apiPort}/readyz`);
      return res.ok ? `http://127.0.0.1:${apiPort}` : null;
    });
    baseline = await startServer(
      'baseline',
      BASELINE_ENTRY,
      { ...process.env, BENCH_DATABASE_URL: database.url, BENCH_REPLAY: REPLAY_JSON, PORT: '0' },
      async (line) => {
        const port = /^listening on (\d+)/.exec(line)?.[1];
        return port ? `http://127.0.0.1:${port}` : null;
      },
    );
    console.log(
      `Our API: ${ours.url} (dist/apps/api/src/main.js, NODE_ENV=production); baseline: ${baseline.url}`,
    );

    const comparisons: Comparison[] = [];
    let busiest = before.perCore;
    for (const scenario of scenarios) {
      const all = samples.get(scenario.name)!;
      // A replayed page is one of the recorded samples; both servers are asked for the same ones.
      const count = scenario.baseline === 'replay' ? Math.min(REPLAY_SAMPLE, all.length) : all.length;
      const targets = targetsOf(scenario, all, ours, baseline, cookies, { guestCache: true });
      if (scenario.baseline === 'handler') await checkSameAnswers(targets[0], targets.at(-1)!, all);
      console.log(
        `\n${scenario.title}: ${count} variable sets` +
          (scenario.baseline === 'handler'
            ? '; both servers return the same data.'
            : '; the baseline replays the SQL our API ran for each, with its parameters.'),
      );
      const runs = new Map<string, Measurement[]>(targets.map((t) => [t.label, []]));
      for (const target of targets) {
        // Every page once first (a cached target's cache filled, as a page people read would be), then warm-up.
        if (count <= REPLAY_SAMPLE || target.label.includes('cached')) {
          let next = 0;
          await Promise.all(
            Array.from({ length: 4 }, async () => {
              while (next < count) await primeOne(target, next++);
            }),
          );
        }
        process.stdout.write(`  warm-up ${target.label} ${settings.warmup} s… `);
        await measure(target, scenario, count, { ...settings, duration: settings.warmup });
      }
      console.log('');
      for (let round = 0; round < settings.repeats; round++) {
        // Alternate, and start each round with a different server, so drifting load falls on all of them.
        const order = targets.map((_, i) => targets[(i + round) % targets.length]);
        for (const target of order) {
          const now = await load();
          busiest = Math.max(busiest, now.perCore);
          if (now.perCore > 1 && !allowBusy) {
            throw new Error(
              `The machine became busy (${now.line}); not recording. --allow-busy records anyway.`,
            );
          }
          const m = await measure(target, scenario, count, settings);
          console.log(
            `  round ${round + 1} ${target.label.padEnd(15)} p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms, ${m.rps.toFixed(0)} req/s (${now.line})`,
          );
          if (m.failures) console.warn(`  ${m.failures} failed request(s): this run does not count.`);
          runs.get(target.label)!.push(m);
        }
      }
      comparisons.push(summarise(scenario.name, scenario.title, runs));
    }

    const { rows: counts } = await db.query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM accounts)::int AS accounts, (SELECT count(*) FROM threads)::int AS threads,
         (SELECT count(*) FROM answers)::int AS answers, (SELECT count(*) FROM comments)::int AS comments,
         (SELECT count(*) FROM votes)::int AS votes`,
    );
    const after = await load();
    const results: BenchResults = {
      at: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        postgres: await postgresVersion(db),
        loadBefore: before.line,
        loadAfter: after.line,
        busy: busiest > 1,
      },
      dataset: counts[0],
      settings,
      statements,
      comparisons,
    };
    console.log(`\n${textTable(results)}\n`);
    console.log(`Before: ${before.line}; after: ${after.line}.`);
    if (results.machine.busy)
      console.warn(
        'WARNING: the machine was busy (other work took more than half of it) during this run: absolute figures are pessimistic; compare ratios.',
      );
    save(results, RESULTS_JSON, RESULTS_MD);
    console.log(`Saved ${RESULTS_JSON} and ${RESULTS_MD}.`);
    if (comparisons.some((c) => c.measurements.some((m) => m.failures))) process.exitCode = 1;
  } finally {
    await Promise.all([stopServer(ours), stopServer(baseline)]);
    await endBenchSessions(db);
    await db.end();
    await database.stop();
  }
}

runTool(main);
