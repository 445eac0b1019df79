// CPU time per request, server by server: what a page costs the process that answers it, independent of how
// busy the machine is (latency and requests/s on a shared machine measure the neighbours too).
//
//   node dist/tools/bench/cpu.js [--only signed-in-thread,guest-thread] [--requests 600] [--concurrency 4]
//        [--rounds 2] [--cpu-prof DIR] [--no-baseline] [--api other-build/apps/api/src/main.js]
//
// Starts our API (the production build, as `npm run bench` does) and the replay baseline on the seeded bench
// database, sends each target the same samples (`--requests` at `--concurrency`, after a quarter as many to
// warm up), and reads each server's user+system CPU time from /proc/<pid>/stat before and after. Targets
// alternate per round. `--cpu-prof DIR` starts our API under `node --cpu-prof` (the profile is written when it
// stops). Linux only (/proc); the bench database must be seeded (`npm run bench` once).
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Pool } from 'pg';
import { freePort } from '../../apps/api/src/database/embedded-postgres';
import { API_NODE_FLAGS } from '../api-node.cjs';
import { parseCommand } from '../args.cjs';
import { runTool, UsageError } from '../cli';
import { captureSql, replayFile } from './capture-sql';
import { openBenchDatabase } from './database';
import { selectScenarios, Variables, REPLAY_SAMPLE } from './scenarios';
import { benchSessions, endBenchSessions } from './sessions';
import { targetsOf, type Target as BenchTarget } from './targets';
import { ourApiEnv, stopChild } from './child';

const API_ENTRY = resolve('dist/apps/api/src/main.js');
const BASELINE_ENTRY = resolve('dist/tools/bench/baseline-server.js');
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ: 100 on Linux everywhere that matters). */
const TICKS = 100;

const { values: flags } = parseCommand({
  command: 'node dist/tools/bench/cpu.js',
  summary: 'CPU time per request of our API and of the replay baseline, on the seeded bench database.',
  options: {
    only: { type: 'string', valueName: 'NAMES', description: 'scenarios (default: signed-in-thread)' },
    requests: { type: 'string', valueName: 'N', description: 'requests measured per target and round (600)' },
    concurrency: { type: 'string', valueName: 'N', description: 'requests in flight (4)' },
    rounds: { type: 'string', valueName: 'N', description: 'rounds, targets alternating (2)' },
    'cpu-prof': { type: 'string', valueName: 'DIR', description: 'profile our API with node --cpu-prof' },
    'no-baseline': { type: 'boolean', description: 'measure our API only' },
    api: {
      type: 'string',
      valueName: 'FILE',
      description: 'our API entry (default dist/apps/api/src/main.js)',
    },
  },
});

const int = (raw: string | undefined, fallback: number, name: string) => {
  if (raw === undefined) return fallback;
  if (!/^[1-9]\d*$/.test(raw)) throw new UsageError(`--${name} must be a positive whole number.`);
  return Number(raw);
};

interface Server {
  child: ChildProcess;
  url: string;
}

/** User + system CPU of a process so far, in milliseconds. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command name: state is field 3, utime 14, stime 15 (1-based in proc(5)).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
}

async function start(
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: (line: string) => string | null,
): Promise<Server> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  return new Promise((resolveServer, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready after 90 s:\n${output.join('\n')}`)), 90_000);
    child.once('exit', (code) => reject(new Error(`exited (${code}):\n${output.slice(-30).join('\n')}`)));
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        output.push(line);
        const url = ready(line);
        if (url) {
          clearTimeout(timer);
          resolveServer({ child, url });
        }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
  });
}

function stop(server: Server | undefined): Promise<void> {
  return stopChild(server?.child, 15_000);
}

type Target = BenchTarget<Server>;

/** `count` requests, `concurrency` at a time, over the samples in turn; fails on any non-2xx or GraphQL error. */
async function send(target: Target, samples: number, count: number, concurrency: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++ % samples;
        const { path, ...init } = target.request(i);
        const res = await fetch(target.server.url + path, init);
        const body = await res.text();
        if (!res.ok || body.startsWith('{"errors"')) {
          throw new Error(`${target.label} sample ${i}: ${res.status} ${body.slice(0, 300)}`);
        }
      }
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  const requests = int(flags.requests, 600, 'requests');
  const concurrency = int(flags.concurrency, 4, 'concurrency');
  const rounds = int(flags.rounds, 2, 'rounds');
  const scenarios = selectScenarios(flags.only ?? 'signed-in-thread');
  const database = await openBenchDatabase((m) => console.error(m));
  const db = new Pool({ connectionString: database.url, max: 2 });
  let ours: Server | undefined;
  let baseline: Server | undefined;
  try {
    const cookies = scenarios.some((s) => s.signedIn) ? await benchSessions(db, 100) : [];
    const samples = new Map<string, Variables[]>();
    for (const scenario of scenarios) {
      samples.set(scenario.name, (await scenario.sample(db)).slice(0, REPLAY_SAMPLE));
    }
    const dir = mkdtempSync(join(tmpdir(), 'bench-cpu-'));
    if (!flags['no-baseline']) {
      console.log('Recording the SQL the API runs for each sample (the baseline replays it)…');
      const captured = await captureSql(database.url, scenarios, { samples, cookies });
      writeFileSync(join(dir, 'replay.json'), JSON.stringify(replayFile(captured, scenarios)));
      baseline = await start(
        [BASELINE_ENTRY],
        {
          ...process.env,
          BENCH_DATABASE_URL: database.url,
          BENCH_REPLAY: join(dir, 'replay.json'),
          PORT: '0',
        },
        (line) => {
          const port = /^listening on (\d+)/.exec(line)?.[1];
          return port ? `http://127.0.0.1:${port}` : null;
        },
      );
    }
    const port = await freePort();
    const profile = flags['cpu-prof'] ? [`--cpu-prof`, `--cpu-prof-dir=${resolve(flags['cpu-prof'])}`] : [];
    ours = await start(
      [...API_NODE_FLAGS, ...profile, resolve(flags.api ?? API_ENTRY)],
      ourApiEnv(database.url, port),
      (line) => (/is ready/.test(line) ? `http://127.0.0.1:${port}` : null),
    );
    for (const scenario of scenarios) {
      const sampled = samples.get(scenario.name)!;
      const random = () => `198.18.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
      const targets = targetsOf(scenario, sampled, ours, baseline ?? null, cookies, {
        headers: () => ({ 'x-forwarded-for': random() }),
      });
      for (const target of targets) await send(target, sampled.length, Math.ceil(requests / 4), concurrency);
      console.log(
        `\n${scenario.title}: ${sampled.length} samples, ${requests} requests at ${concurrency} in flight`,
      );
      const perTarget = new Map<string, number[]>(targets.map((t) => [t.label, []]));
      for (let round = 0; round < rounds; round++) {
        for (const target of targets.map((_, i) => targets[(i + round) % targets.length])) {
          const pid = target.server.child.pid!;
          const before = cpuMs(pid);
          const rps = await send(target, sampled.length, requests, concurrency);
          const perRequest = (cpuMs(pid) - before) / requests;
          perTarget.get(target.label)!.push(perRequest);
          console.log(
            `  round ${round + 1} ${target.label.padEnd(16)} ${perRequest.toFixed(2)} ms CPU/request (${rps.toFixed(0)} req/s)`,
          );
        }
      }
      const best = (label: string) => Math.min(...perTarget.get(label)!);
      const base = perTarget.has('baseline') ? best('baseline') : null;
      for (const [label] of perTarget) {
        const ratio =
          base && label !== 'baseline'
            ? `, ×${(base / best(label)).toFixed(2)} the baseline's requests per CPU second`
            : '';
        console.log(`  ${label}: best ${best(label).toFixed(2)} ms CPU/request${ratio}`);
      }
    }
  } finally {
    await Promise.all([stop(ours), stop(baseline)]);
    await endBenchSessions(db);
    await db.end();
    await database.stop();
  }
}

runTool(main);
