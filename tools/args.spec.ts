// Every command answers --help with its usage and refuses unknown flags, before it touches anything: the
// database URL points at a port where nothing listens, so a command that started real work would fail
// differently (or hang) instead of printing its usage.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const COMMANDS: [string, string[]][] = [
  ['migrate', ['dist/tools/migrate.js']],
  ['seed', ['dist/tools/seed.js']],
  ['reindex', ['dist/tools/reindex.js']],
  ['worker', ['dist/tools/worker.js']],
  ['account', ['dist/tools/account.js']],
  ['recompute-reputation', ['dist/tools/recompute-reputation.js']],
  ['verify-announcement', ['dist/tools/verify-announcement.js']],
  ['migration:generate', ['dist/tools/generate-migration.js']],
  ['generate-schema', ['dist/tools/generate-schema.js']],
  ['bench', ['dist/tools/bench/run.js']],
  ['bench seed-large', ['dist/tools/bench/seed-large.js']],
  ['bench capture-sql', ['dist/tools/bench/capture-sql.js']],
  ['search-eval', ['dist/tools/search-eval/main.js']],
  ['start', ['tools/start.mjs']],
  ['dev', ['tools/dev.mjs']],
  ['test', ['tools/test.mjs']],
];

const run = (args: string[]) =>
  spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', DATA_DIR: '/nonexistent' },
  });

beforeAll(() => {
  if (!existsSync(join(root, 'dist/tools/migrate.js')))
    throw new Error('dist/tools is missing: run `npm run build` (npm test does) first.');
});

describe.each(COMMANDS)('%s', (_name, args) => {
  it('prints its usage for --help and exits 0 without doing anything else', () => {
    const r = run([...args, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: /);
    expect(r.stdout).toMatch(/-h, --help/);
    expect(r.stderr).toBe('');
  });

  it('refuses an unknown flag with exit code 2, naming it', () => {
    const r = run([...args, '--frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Unknown option '--frobnicate'/);
    expect(r.stderr).toMatch(/Usage: /);
  });
});

it('refuses a stray argument and a flag without its value', () => {
  const stray = run(['dist/tools/migrate.js', 'now']);
  expect(stray.status).toBe(2);
  expect(stray.stderr).toMatch(/Unexpected argument: now/);
  const missing = run(['dist/tools/account.js', '--email']);
  expect(missing.status).toBe(2);
  expect(missing.stderr).toMatch(/--email <value>' argument missing/);
  const noName = run(['dist/tools/generate-migration.js']);
  expect(noName.status).toBe(2);
  expect(noName.stderr).toMatch(/Missing <what-it-does>/);
});
