// What a person loads, measured against a running community: the guest thread page's HTML (served from the
// guest page cache, and rendered every time), and the one GraphQL operation a signed-in person's browser sends
// for a thread page. Scenarios alternate, each is repeated (median and spread), and nothing is recorded while
// the machine is busy with other work.
// Usage: npm run bench:pages -- [--url http://localhost:3000] [--connections 10] [--duration 10] [--repeats 3]
//        [--only cached,uncached,signed-in] [--force]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.BENCH_URL ?? 'http://localhost:3000' },
    connections: { type: 'string', default: '10' },
    duration: { type: 'string', default: '10' },
    repeats: { type: 'string', default: '3' },
    only: { type: 'string' },
    force: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    readFileSync(new URL(import.meta.url), 'utf8')
      .split('\n')
      .slice(0, 6)
      .join('\n'),
  );
  process.exit(0);
}
const base = values.url.replace(/\/+$/, '');
const connections = Number(values.connections);
const duration = Number(values.duration);
const repeats = Number(values.repeats);

/** Share of CPU time (0–1) the machine spent busy over `ms` (Linux /proc/stat). */
async function machineBusy(ms = 2000) {
  const read = () => {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    return { idle: ticks[3] + ticks[4], total: ticks.reduce((a, b) => a + b, 0) };
  };
  const a = read();
  await new Promise((r) => setTimeout(r, ms));
  const b = read();
  return 1 - (b.idle - a.idle) / (b.total - a.total);
}

async function graphql(query, variables, cookie) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, setCookie: res.headers.getSetCookie() };
}

// The busiest thread the sitemap lists is the one measured (as a crawler would find it).
const sitemap = await (await fetch(`${base}/sitemaps/threads-1.xml`)).text();
const threadPath = new URL(sitemap.match(/<loc>([^<]+)<\/loc>/)?.[1] ?? '').pathname;
if (!threadPath.startsWith('/t/'))
  throw new Error(`No thread in ${base}/sitemaps/threads-1.xml: seed the community.`);
const threadId = threadPath.split('/').pop();

// A signed-in reader: a fresh account (sign-up is rate limited per address; one per run is enough).
const tag = Date.now().toString(36);
const { setCookie } = await graphql('mutation($i: SignUpInput!) { signUp(input: $i) { id } }', {
  i: {
    email: `bench.${tag}@example.com`,
    handle: `bench_${tag}`,
    displayName: `Bench ${tag}`,
    password: `bench-${tag}-passphrase`,
  },
});
const cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
// The thread page's own operation, as the web app sends it (apps/web/src/gql/graphql.ts).
const generated = readFileSync(new URL('../../apps/web/src/gql/graphql.ts', import.meta.url), 'utf8');
const threadDocument = JSON.parse(
  generated.match(/export const ThreadDocument = (\{.*?\}) as unknown as DocumentNode/s)[1],
);
const { print } = await import('graphql');
const threadQuery = print(threadDocument);
await graphql(threadQuery, { id: threadId, signedIn: true, countView: false }, cookie);

let unique = 0;
const SCENARIOS = {
  cached: { title: 'guest thread page HTML, from the page cache', request: () => ({ path: threadPath }) },
  uncached: {
    title: 'guest thread page HTML, rendered every time',
    // A query string the page ignores makes every request a cache miss.
    request: () => ({ path: `${threadPath}?bench=${unique++}` }),
  },
  'signed-in': {
    title: "signed-in thread page's one GraphQL operation",
    request: () => ({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
      body: JSON.stringify({
        operationName: 'Thread',
        query: threadQuery,
        variables: { id: threadId, signedIn: true, countView: false },
      }),
    }),
  },
};
const chosen = values.only ? values.only.split(',') : Object.keys(SCENARIOS);
for (const name of chosen)
  if (!SCENARIOS[name])
    throw new Error(`Unknown scenario ${name}; known: ${Object.keys(SCENARIOS).join(', ')}`);

function run(scenario) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: base,
        connections,
        duration,
        headers: { accept: 'text/html', 'accept-encoding': 'br, gzip' },
        requests: [{ setupRequest: (req) => ({ ...req, ...scenario.request() }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

const results = Object.fromEntries(chosen.map((n) => [n, []]));
for (let round = 1; round <= repeats; round++) {
  for (const name of chosen) {
    const busy = await machineBusy();
    if (busy > 0.5 && !values.force) {
      console.error(
        `The machine is ${Math.round(busy * 100)} % busy with other work: not recording (--force to record anyway).`,
      );
      process.exit(3);
    }
    const r = await run(SCENARIOS[name]);
    const failures = r.errors + r.non2xx;
    results[name].push({ rps: r.requests.average, p99: r.latency.p99, failures, busy });
    console.log(
      `round ${round} ${name.padEnd(9)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p99 ${String(r.latency.p99).padStart(4)} ms  failures ${failures}  (machine ${Math.round(busy * 100)} % busy before)`,
    );
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `\n${connections} connections, ${duration} s × ${repeats} rounds, alternating; ${base}${threadPath}`,
);
for (const name of chosen) {
  const rps = results[name].map((x) => x.rps);
  const p99 = results[name].map((x) => x.p99);
  console.log(
    `${SCENARIOS[name].title.padEnd(48)} median ${median(rps).toFixed(0).padStart(6)} req/s (spread ${Math.min(...rps).toFixed(0)}–${Math.max(...rps).toFixed(0)}), p99 median ${median(p99)} ms (${Math.min(...p99)}–${Math.max(...p99)})`,
  );
}
if (results.cached?.length && results.uncached?.length) {
  console.log(
    `cached / uncached: ×${(median(results.cached.map((x) => x.rps)) / median(results.uncached.map((x) => x.rps))).toFixed(1)}`,
  );
}
