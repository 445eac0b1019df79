// `npm run loadtest`: a short, bounded, loopback-only mixed load against the production build. It starts the API
// on a scratch embedded Postgres (TRUST_PROXY=loopback), signs up many accounts — each behind its own forwarded
// address, as real visitors are — then runs reads, searches and writes for a fixed time and prints throughput,
// p50/p95/p99 per operation, errors by code and the API's peak RSS. `--cpu-prof` also profiles the API.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { freePort, startEmbeddedPostgres, withDatabase } from '../apps/api/src/database/embedded-postgres';
import { parseCommand } from './args.cjs';
import { runTool, UsageError } from './cli';

const LOADTEST = {
  command: 'npm run loadtest',
  summary:
    'Starts the production build on 127.0.0.1 with a scratch database and runs a mixed load of reads, searches\n' +
    'and writes by many accounts (each with its own X-Forwarded-For address), then prints the figures.',
  options: {
    users: { type: 'string', valueName: 'N', description: 'concurrent virtual users, 1–300 (default 50)' },
    duration: { type: 'string', valueName: 'S', description: 'seconds of measured load, 1–120 (default 20)' },
    'cpu-prof': {
      type: 'boolean',
      description: 'profile the API (node --cpu-prof) and print the hottest functions',
    },
  },
} as const;

type Op = 'thread page' | 'thread list' | 'search' | 'post answer' | 'create thread' | 'sign in';
const MIX: [Op, number][] = [
  ['thread page', 35],
  ['thread list', 20],
  ['search', 25],
  ['post answer', 10],
  ['create thread', 5],
  ['sign in', 5],
];
const WORDS =
  'router firmware reset wifi password battery update screen bluetooth printer warranty signal'.split(' ');
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)];

interface User {
  ip: string;
  email: string;
  password: string;
  cookie: string;
}

const { values } = parseCommand(LOADTEST);

function bounded(raw: string | undefined, fallback: number, max: number, name: string): number {
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`--${name} must be a whole number from 1 to ${max}.`);
  return n;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

function rssMb(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return line ? Number(line[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The hottest functions by self time in a .cpuprofile (V8's format), with their share of all samples. */
function hottest(profileFile: string, top = 15): string[] {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as {
    nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
    samples: number[];
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map<string, number>();
  for (const id of profile.samples) {
    const frame = byId.get(id)!.callFrame;
    const where = frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, 'dist/');
    const key = `${frame.functionName || '(anonymous)'}  ${where}:${frame.lineNumber + 1}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, n]) => `${((100 * n) / profile.samples.length).toFixed(1).padStart(5)} %  ${key}`);
}

runTool(async () => {
  const users = bounded(values.users, 50, 300, 'users');
  const duration = bounded(values.duration, 20, 120, 'duration');
  const root = resolve(__dirname, '../..');
  const main = join(root, 'dist/apps/api/src/main.js');
  if (!existsSync(main)) throw new Error('dist/apps/api/src/main.js is missing: run `npm run build` first.');

  mkdirSync(join(root, '.data'), { recursive: true });
  const dataDir = mkdtempSync(join(root, '.data', 'loadtest-'));
  chmodSync(dataDir, 0o755); // as root, the embedded Postgres runs as another OS user that must enter it
  const profileDir = join(root, 'dist/loadtest-profile');
  if (values['cpu-prof']) rmSync(profileDir, { recursive: true, force: true });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  console.log(`Starting the API on ${base} (scratch database in ${dataDir})…`);
  const api = spawn(
    process.execPath,
    [...(values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), main],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        TRUST_PROXY: 'loopback',
        SEED_DEMO: 'true',
        LOG_LEVEL: 'error',
      },
    },
  );
  const stopApi = () =>
    new Promise<void>((done) => {
      if (api.exitCode !== null) return done();
      api.once('exit', () => done());
      api.kill('SIGTERM');
    });

  try {
    for (let i = 0; ; i++) {
      if (api.exitCode !== null)
        throw new Error(`The API exited with code ${api.exitCode} before it was ready.`);
      if (
        await fetch(`${base}/readyz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (i > 600) throw new Error('The API was not ready within 5 minutes.');
      await new Promise((r) => setTimeout(r, 500));
    }

    const gql = async (user: User | null, query: string, variables: Record<string, unknown> = {}) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          'x-forwarded-for':
            user?.ip ?? `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`,
          ...(user?.cookie ? { cookie: user.cookie } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('community_session='));
      if (user && cookie) user.cookie = cookie.split(';')[0];
      return (await res.json()) as {
        data?: { createThread?: { id: string } } | null;
        errors?: { extensions?: { code?: string } }[];
      };
    };

    // Accounts (each from its own address), trusted enough to post without the new-account limits.
    console.log(`Signing up ${users} accounts…`);
    const people: User[] = [];
    for (let i = 0; i < users; i += 10) {
      await Promise.all(
        Array.from({ length: Math.min(10, users - i) }, async (_, j) => {
          const tag = randomBytes(4).toString('hex');
          const user: User = {
            ip: `10.${20 + Math.floor((i + j) / 250)}.${(i + j) % 250}.${1 + Math.floor(Math.random() * 250)}`,
            email: `load_${tag}@example.com`,
            password: `load-password-${tag}`,
            cookie: '',
          };
          const res = await gql(user, 'mutation($i: SignUpInput!) { signUp(input: $i) { id } }', {
            i: {
              email: user.email,
              handle: `load_${tag}`,
              displayName: `Load ${tag}`,
              password: user.password,
            },
          });
          if (res.errors) throw new Error(`sign-up failed: ${JSON.stringify(res.errors)}`);
          people.push(user);
        }),
      );
    }
    const shared = await startEmbeddedPostgres(dataDir); // the API's running cluster, shared
    const db = new Client({ connectionString: withDatabase(shared.serverUrl, 'community') });
    await db.connect();
    await db.query(`UPDATE accounts SET reputation = 200 WHERE email LIKE 'load\\_%'`);
    const [{ id: categoryId }] = (await db.query('SELECT id FROM categories ORDER BY position LIMIT 1')).rows;
    await db.end();

    const threadIds: string[] = [];
    const CREATE = 'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }';
    const newThread = (user: User) =>
      gql(user, CREATE, {
        i: {
          kind: 'QUESTION',
          categoryId,
          title: `Why does my ${pick(WORDS)} ${pick(WORDS)} fail after the ${pick(WORDS)} update ${randomBytes(2).toString('hex')}?`,
          body: `It started yesterday. The ${pick(WORDS)} light blinks and the ${pick(WORDS)} does not respond.`,
          tags: [pick(WORDS)],
        },
      });
    for (const user of people.slice(0, 30)) {
      const res = await newThread(user);
      if (res.data?.createThread) threadIds.push(res.data.createThread.id);
    }

    const ops: Record<Op, (user: User) => ReturnType<typeof gql>> = {
      'thread page': (u) =>
        gql(
          u,
          `query($id: ID!) { thread(id: $id) { id title bodyHtml author { displayName reputation } category { name }
            answers(first: 30) { edges { node { id bodyHtml score author { displayName } comments { bodyHtml } } } } } }`,
          { id: pick(threadIds) },
        ),
      'thread list': (u) =>
        gql(
          u,
          `{ threads(first: 20, sort: ACTIVE) { edges { node { id title answerCount author { displayName } } } } }`,
        ),
      search: (u) =>
        gql(
          u,
          `query($q: String!) { search(query: $q, first: 10) { estimatedTotal edges { node { titleHtml snippetHtml thread { id } } } } }`,
          {
            q: `${pick(WORDS)} ${pick(WORDS)}`,
          },
        ),
      'post answer': (u) =>
        gql(u, 'mutation($i: PostAnswerInput!) { postAnswer(input: $i) { id } }', {
          i: {
            threadId: pick(threadIds),
            body: `Try holding the ${pick(WORDS)} button for ten seconds, then restart.`,
          },
        }),
      'create thread': async (u) => {
        const res = await newThread(u);
        if (res.data?.createThread) threadIds.push(res.data.createThread.id);
        return res;
      },
      'sign in': (u) =>
        gql(u, 'mutation($i: SignInInput!) { signIn(input: $i) { id } }', {
          i: { email: u.email, password: u.password },
        }),
    };
    const weights = MIX.flatMap(([op, w]) => Array<Op>(w).fill(op));

    const latencies = new Map<Op, number[]>(MIX.map(([op]) => [op, []]));
    const errors = new Map<string, number>();
    let peakRss = rssMb(api.pid!);
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(api.pid!))), 250);
    console.log(`Running ${users} users for ${duration} s…`);
    const started = Date.now();
    const end = started + duration * 1000;
    await Promise.all(
      people.map(async (user) => {
        while (Date.now() < end) {
          const op = pick(weights);
          const t0 = performance.now();
          try {
            const res = await ops[op](user);
            latencies.get(op)!.push(performance.now() - t0);
            for (const e of res.errors ?? []) {
              const code = `${op}: ${e.extensions?.code ?? 'UNKNOWN'}`;
              errors.set(code, (errors.get(code) ?? 0) + 1);
            }
          } catch (e) {
            const code = `${op}: ${(e as Error).message}`;
            errors.set(code, (errors.get(code) ?? 0) + 1);
          }
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    clearInterval(sampler);

    const total = [...latencies.values()].reduce((n, l) => n + l.length, 0);
    const rows = [...latencies].map(([op, list]) => {
      const sorted = [...list].sort((a, b) => a - b);
      return `| ${op.padEnd(13)} | ${String(list.length).padStart(6)} | ${(list.length / seconds).toFixed(1).padStart(6)} | ${percentile(sorted, 50).toFixed(0).padStart(6)} | ${percentile(sorted, 95).toFixed(0).padStart(6)} | ${percentile(sorted, 99).toFixed(0).padStart(6)} |`;
    });
    console.log(
      `\n${users} users, ${seconds.toFixed(1)} s: ${total} requests, ${(total / seconds).toFixed(1)} requests/s, API peak RSS ${peakRss.toFixed(0)} MB\n`,
    );
    console.log('| operation     |  count |  req/s | p50 ms | p95 ms | p99 ms |');
    console.log('| ------------- | -----: | -----: | -----: | -----: | -----: |');
    console.log(rows.join('\n'));
    console.log(
      errors.size
        ? `\nErrors by code:\n${[...errors].map(([code, n]) => `  ${code}: ${n}`).join('\n')}`
        : '\nErrors: none',
    );
  } finally {
    await stopApi();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (values['cpu-prof']) {
    const [file] = existsSync(profileDir)
      ? readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'))
      : [];
    if (file) {
      console.log(`\nHottest functions in the API (self time; ${join(profileDir, file)}):`);
      console.log(hottest(join(profileDir, file)).join('\n'));
    } else {
      console.log('\nNo CPU profile was written (the API did not exit cleanly).');
    }
  }
});
