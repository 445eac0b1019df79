// Records the SQL our API runs for each bench page and checks that the baseline (queries.ts) runs the same
// statements, so the comparison stays honest when the API's queries change.
//
//   node dist/tools/bench/capture-sql.js [--only search,similar] [--print]
//
// It serves the API in this process (as the test harness's createTestApp does) on the seeded bench database,
// with TypeORM's query log on, and requests each page a few times. Exit code 1 when the statements differ.
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { loadConfig } from '../../apps/api/src/config/config';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { createServer } from '../../apps/api/src/server';
import { parseCommand } from '../args.cjs';
import { runTool } from '../cli';
import { openBenchDatabase } from './database';
import type { ReplayedPage } from './baseline-server';
import { BASELINE_STATEMENTS, normaliseSql } from './queries';
import {
  GRAPHQL_HEADERS,
  graphqlBody,
  REPLAY_SAMPLE,
  Scenario,
  selectScenarios,
  Variables,
} from './scenarios';

export interface Captured {
  scenario: string;
  variables: Variables;
  statements: string[];
  /** Each statement with its parameters, in the order the API ran them (what the replay baseline runs). */
  calls: { sql: string; params: unknown[] }[];
  /** What the API answered (the replay baseline sends the same bytes). */
  body: string;
}

/** How many pages of each scenario are recorded (replayed scenarios: REPLAY_SAMPLE). */
const PAGES = 10;

/** The request our API gets for one sample: GraphQL POST, or a guest's GET of a page's HTML. */
export function apiRequest(
  scenario: Scenario,
  variables: Variables,
  cookie: string | undefined,
): { method: string; path: string; headers: Record<string, string>; body?: string } {
  if (scenario.kind === 'html') {
    return { method: 'GET', path: String(variables.path), headers: { accept: 'text/html' } };
  }
  return {
    method: 'POST',
    path: '/graphql',
    headers: { ...GRAPHQL_HEADERS, ...(scenario.signedIn && cookie ? { cookie } : {}) },
    body: graphqlBody(scenario, variables),
  };
}

export async function captureSql(
  url: string,
  scenarios: Scenario[],
  options: { cookies?: string[]; samples?: Map<string, Variables[]> } = {},
): Promise<Captured[]> {
  const config = {
    ...loadConfig({
      NODE_ENV: 'production',
      SEED_DEMO: 'false',
      // The outbox poller's statements are not part of any page.
      SEARCH_INDEXER: 'off',
      WEBHOOK_DISPATCHER: 'off',
      DIGEST_SCHEDULER: 'off',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-')),
    }),
    databaseUrl: url,
    logLevel: 'error' as const,
  };
  let recording: { sql: string; params: unknown[] }[] | null = null;
  // Only the statements a request runs itself (as createTestApp's countQueries): outbox drains and pollers
  // run in their own async context, on their own schedule, and are nobody's page.
  const inRequest = new AsyncLocalStorage<true>();
  const dataSource = createDataSource({
    url,
    onQuery: (sql, params) => {
      if (inRequest.getStore()) recording?.push({ sql, params: params ?? [] });
    },
  });
  await dataSource.initialize();
  const app = await createServer(config, dataSource);
  const db = new Pool({ connectionString: url, max: 1 });
  try {
    const httpServer = app.getHttpServer();
    const handlers = httpServer.listeners('request') as ((...args: unknown[]) => void)[];
    httpServer.removeAllListeners('request');
    httpServer.on('request', (...args: unknown[]) =>
      inRequest.run(true, () => handlers.forEach((handle) => handle.apply(httpServer, args))),
    );
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address();
    const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const captured: Captured[] = [];
    for (const scenario of scenarios) {
      const samples = options.samples?.get(scenario.name) ?? (await scenario.sample(db));
      const recorded = samples.slice(0, scenario.baseline === 'replay' ? REPLAY_SAMPLE : PAGES);
      for (const [i, variables] of recorded.entries()) {
        recording = [];
        const cookies = options.cookies ?? [];
        const { path, ...init } = apiRequest(scenario, variables, cookies[i % cookies.length]);
        const res = await fetch(origin + path, init);
        const body = await res.text();
        // Work the page started in the background (a counted view) finishes here, and belongs to the page.
        await new Promise((r) => setTimeout(r, 50));
        const calls = recording;
        recording = null;
        const errors =
          scenario.kind === 'graphql' ? (JSON.parse(body) as { errors?: unknown[] }).errors : undefined;
        if (!res.ok || errors?.length) {
          throw new Error(`${scenario.name}: the API answered ${res.status}: ${body.slice(0, 500)}`);
        }
        captured.push({
          scenario: scenario.name,
          variables,
          statements: calls.map((c) => c.sql),
          calls,
          body,
        });
      }
    }
    return captured;
  } finally {
    await db.end();
    await app.close();
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}

/**
 * Differences between what the API ran and what the baseline runs, one line each (empty: the same): every
 * statement of every page must be one the baseline runs, and each baseline statement must show up in some page.
 */
/**
 * Statements of work that runs on its own schedule rather than for a page, and so may or may not fall inside
 * a recorded page: outbox pollers (notifications) with their transactions, and the search adapter's
 * synonym cache refresh (every 30 s, in whichever request comes first).
 */
const BACKGROUND = [
  /^START TRANSACTION$/,
  /^SET TRANSACTION ISOLATION LEVEL /,
  /^(COMMIT|ROLLBACK)$/,
  /FOR UPDATE SKIP LOCKED$/,
  /^SELECT value FROM search_settings /,
];
const perPage = (sql: string) => !BACKGROUND.some((re) => re.test(sql));

export function compareWithBaseline(captured: Captured[], scenarios: Scenario[]): string[] {
  const problems: string[] = [];
  // A replayed page runs the API's own statements by construction.
  const handled = new Set(scenarios.filter((s) => s.baseline === 'handler').map((s) => s.name));
  for (const scenario of new Set(captured.map((p) => p.scenario).filter((s) => handled.has(s)))) {
    const expected = BASELINE_STATEMENTS[scenario];
    if (!expected) {
      problems.push(`${scenario}: the baseline has no statements for this scenario`);
      continue;
    }
    const known = new Set(expected.map(normaliseSql).filter(perPage));
    const ran = new Set(
      captured
        .filter((p) => p.scenario === scenario)
        .flatMap((p) => p.statements.map(normaliseSql))
        .filter(perPage),
    );
    for (const sql of ran) {
      if (!known.has(sql))
        problems.push(`${scenario}: the API ran a statement the baseline does not:\n    ${sql}`);
    }
    for (const sql of known) {
      if (!ran.has(sql))
        problems.push(`${scenario}: the baseline runs a statement the API did not:\n    ${sql}`);
    }
  }
  return problems;
}

/** Statements of background pollers, not of the recorded page: the replay leaves them out. */
const POLLER = /FOR UPDATE SKIP LOCKED\s*$|^SELECT value FROM search_settings /;

/** What the replay baseline runs and answers for each recorded sample (the file BENCH_REPLAY names). */
export function replayFile(captured: Captured[], scenarios: Scenario[]): Record<string, ReplayedPage[]> {
  const replays: Record<string, ReplayedPage[]> = {};
  for (const scenario of scenarios.filter((s) => s.baseline === 'replay')) {
    replays[scenario.name] = captured
      .filter((c) => c.scenario === scenario.name)
      .map((c) => {
        const calls = c.calls.filter((call) => !POLLER.test(call.sql.trim()));
        // A poller's transaction left empty by the filter is dropped too.
        const kept = calls.filter(
          (call, i) =>
            !(/^START TRANSACTION/.test(call.sql) && /^COMMIT/.test(calls[i + 1]?.sql ?? '')) &&
            !(/^COMMIT/.test(call.sql) && /^START TRANSACTION/.test(calls[i - 1]?.sql ?? '')),
        );
        return {
          calls: kept,
          body: c.body,
          contentType:
            scenario.kind === 'html' ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
        };
      });
  }
  return replays;
}

async function main(): Promise<void> {
  const { values: flags } = parseCommand({
    command: 'node dist/tools/bench/capture-sql.js',
    summary: 'Records the SQL the API runs for each bench page and checks the baseline runs the same.',
    options: {
      only: { type: 'string', valueName: 'NAMES', description: 'comma-separated scenarios (default: all)' },
      print: { type: 'boolean', description: 'print every page’s statements, not only the first' },
    },
  });
  const db = await openBenchDatabase((m) => console.error(m));
  try {
    const scenarios = selectScenarios(flags.only).filter((s) => !s.signedIn);
    const captured = await captureSql(db.url, scenarios);
    for (const page of captured) {
      console.log(
        `\n## ${page.scenario} ${JSON.stringify(page.variables)}: ${page.statements.length} statement(s)`,
      );
      if (flags.print || page === captured.find((p) => p.scenario === page.scenario)) {
        page.statements.forEach((sql, i) => console.log(`\n-- ${i + 1}\n${sql}`));
      }
    }
    const problems = compareWithBaseline(captured, scenarios);
    if (problems.length) {
      console.error(
        `\nThe baseline (tools/bench/queries.ts) no longer matches the API:\n  ${problems.join('\n  ')}`,
      );
      process.exitCode = 1;
    } else {
      console.log('\nThe baseline runs the same statements as the API.');
    }
  } finally {
    await db.stop();
  }
}

if (require.main === module) runTool(main);
