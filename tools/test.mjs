// `npm test`: type-check, lint, build, then every Jest project and the browser journeys against one Postgres
// (DATABASE_URL when set, otherwise an embedded one started for this run), and a one-line summary at the end.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { parseCommand } from './args.cjs';

parseCommand({
  command: 'npm test',
  summary:
    'Type-check, lint, format check, build, every Jest project and the browser journeys, on DATABASE_URL\n' +
    '(or an embedded Postgres started for the run). Ends with a line `tests: N passed, M failed` (and how\n' +
    'many did not run, such as the Meilisearch contract without MEILI_HOST).',
});

const env = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_TUI: 'false',
  NX_NO_CLOUD: 'true',
  FORCE_COLOR: process.env.FORCE_COLOR ?? '1',
};
const started = Date.now();

function step(title, command, args, extraEnv = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const t0 = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  console.log(`  ${result.status === 0 ? '✓' : '✗'} ${title} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return result.status === 0;
}

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

if (!step('type-check', 'npx', ['nx', 'run-many', '-t', 'typecheck', '--outputStyle=static']))
  fail('Type errors: fix them first.');
if (!step('lint', 'npx', ['nx', 'run-many', '-t', 'lint', '--outputStyle=static']))
  fail('Lint errors: fix them first.');
if (!step('format', 'npx', ['prettier', '--check', '.'])) fail('Formatting differs: run `npm run format`.');
if (!step('build', 'npx', ['nx', 'run-many', '-t', 'build', '--outputStyle=static']))
  fail('The build failed.');
// The tools' tests also run `npm run search-eval`'s entry point, which loads the test harness (never part
// of the product build): compile it as that command does.
if (!step('test harness build', 'npx', ['nx', 'run', 'testing:build-harness', '--outputStyle=static']))
  fail('The test harness did not compile.');

// One Postgres server for the whole run; each test file still gets its own database.
let server = null;
if (!process.env.DATABASE_URL) {
  const { startScratchServer } = await import('../dist/apps/api/src/database/scratch-server.js');
  console.log('\n▶ DATABASE_URL is not set: starting an embedded Postgres for this run');
  server = await startScratchServer();
}
const dbEnv = server ? { DATABASE_URL: server.url } : {};

let passed = 0;
let failed = 0;
// Tests that did not run (Jest's todo and skipped, Playwright's skipped): counted apart, never as passed.
let skipped = 0;
const count = (file, read) => {
  if (!existsSync(file)) return false;
  const [p, f, s] = read(JSON.parse(readFileSync(file, 'utf8')));
  passed += p;
  failed += f;
  skipped += s;
  return true;
};

try {
  rmSync('dist/jest-results.json', { force: true });
  rmSync('dist/e2e-results.json', { force: true });
  const jestOk = step(
    'unit and API tests (Jest, real Postgres)',
    'npx',
    // --forceExit: on two cores Jest runs the files in its own process, so one failed test that leaves a
    // connection or a child process open would hang the run instead of reporting it; leaks show locally
    // with `npx jest --detectOpenHandles`.
    ['jest', '--ci', '--forceExit', '--json', '--outputFile=dist/jest-results.json'],
    dbEnv,
  );
  if (
    !count('dist/jest-results.json', (r) => [
      r.numPassedTests,
      r.numFailedTests + r.numRuntimeErrorTestSuites,
      (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
    ])
  )
    failed += 1;
  const e2eOk = step(
    'browser tests (Playwright, Debian Chromium)',
    'npx',
    ['playwright', 'test', '-c', 'e2e/playwright.config.ts'],
    dbEnv,
  );
  if (
    !count('dist/e2e-results.json', (r) => [
      r.stats?.expected ?? 0,
      (r.stats?.unexpected ?? 0) + (r.stats?.flaky ?? 0),
      r.stats?.skipped ?? 0,
    ])
  )
    failed += 1;
  if (!jestOk || !e2eOk) failed = Math.max(failed, 1);
} finally {
  await server?.stop();
}

console.log(`\nFinished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(
  `tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} not run (skipped or todo)` : ''}`,
);
process.exit(failed ? 1 : 0);
