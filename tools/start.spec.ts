// `npm start` as a process manager sees it: SIGTERM to the npm process stops everything it started
// (tools/start.mjs, the API and the embedded Postgres), leaving no orphans behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../apps/api/src/database/embedded-postgres';
import { API_NODE_FLAGS } from './api-node.cjs';

const root = join(__dirname, '..');
let dataDir: string;
let npm: ChildProcess | undefined;

beforeAll(() => {
  mkdirSync(join(root, '.data'), { recursive: true });
  dataDir = mkdtempSync(join(root, '.data', 'start-spec-'));
  chmodSync(dataDir, 0o755); // as root, Postgres runs as another OS user that must enter it
});
afterAll(() => {
  if (npm?.pid) {
    try {
      process.kill(-npm.pid, 'SIGKILL'); // only if the test failed half-way
    } catch {
      // already gone
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const childrenOf = (pid: number): number[] => {
  const file = `/proc/${pid}/task/${pid}/children`;
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number) : [];
};
const descendants = (pid: number): number[] => childrenOf(pid).flatMap((c) => [c, ...descendants(c)]);

it('stops start.mjs, the API and Postgres on SIGTERM to the npm process', async () => {
  const port = await freePort();
  npm = spawn('npm', ['start'], {
    cwd: root,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: 'false', DATABASE_URL: '' },
  });
  let ready = false;
  for (let i = 0; i < 240 && !ready; i++) {
    await new Promise((r) => setTimeout(r, 500));
    ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
  }
  expect(ready).toBe(true);
  const [postmaster] = readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')
    .split('\n')
    .map(Number);
  const started = descendants(npm.pid!);
  expect(started.length).toBeGreaterThanOrEqual(3); // sh, start.mjs, the API (and Postgres under it)
  expect(started).toContain(postmaster);
  // The API runs with the Node flags the bench measures it with (tools/api-node.cjs).
  const commandLine = (pid: number) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      return [];
    }
  };
  const api = started.map(commandLine).find((argv) => argv.some((a) => a.endsWith('apps/api/src/main.js')));
  expect(api).toEqual(expect.arrayContaining([...API_NODE_FLAGS]));
  expect(API_NODE_FLAGS).toContain('--no-memory-reducer');

  process.kill(npm.pid!, 'SIGTERM');
  const everyone = [...started, postmaster];
  for (let i = 0; i < 150 && everyone.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
  expect(everyone.filter(alive)).toEqual([]);
}, 180_000);
