// Starting and stopping the product for a test run: a fresh database on DATABASE_URL's server, then the built API.
import { spawn, execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';

export const repoRoot = join(__dirname, '..', '..');
const distDir = join(repoRoot, 'dist');
const stateFile = join(distDir, 'e2e-state.json');
const apiEntry = join(distDir, 'apps/api/src/main.js');
const webIndex = join(distDir, 'web/index.html');
export const apiLogFile = join(distDir, 'e2e-api.log');

interface RunState {
  pid: number;
  database: string;
  /** The run's own database, for tests that use the CLI tools against it (see `e2eDatabaseUrl`). */
  databaseUrl: string;
  dataDir: string;
}

function serverUrl(): URL {
  const raw = process.env.DATABASE_URL;
  if (!raw) {
    throw new Error(
      'DATABASE_URL must point at a Postgres server, e.g. postgres://postgres@127.0.0.1:5432/postgres',
    );
  }
  return new URL(raw);
}

function databaseUrl(database: string): string {
  const url = serverUrl();
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdminClient<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl().toString() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function tail(file: string, lines = 40): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '(no output)';
}

async function waitUntilReady(baseUrl: string, pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (!isAlive(pid))
      throw new Error(`The API exited before it was ready. Its output:\n${tail(apiLogFile)}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.status === 200) return;
      last = `HTTP ${res.status}: ${await res.text()}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await sleep(250);
  }
  throw new Error(
    `The API was not ready within ${timeoutMs / 1000} s (last: ${last}). Its output:\n${tail(apiLogFile)}`,
  );
}

/** Builds the web app only when it is missing: CI tests the artifact it built, a developer gets one on first run. */
function ensureWebBuilt(): void {
  if (existsSync(webIndex)) return;
  console.log('[e2e] dist/web is missing; building the web app');
  execFileSync(
    process.execPath,
    [join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mts'],
    {
      cwd: repoRoot,
      stdio: 'inherit',
    },
  );
}

export async function startProduct(): Promise<string> {
  if (!existsSync(apiEntry)) {
    throw new Error(`${apiEntry} does not exist: build the API first (npm run build).`);
  }
  ensureWebBuilt();
  mkdirSync(distDir, { recursive: true });

  const database = `e2e_${Date.now()}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${database}"`));
  const dataDir = join(distDir, 'e2e-data', database);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  // The server writes straight to the file, so its logging never depends on this process reading a pipe.
  const log = openSync(apiLogFile, 'w');
  const child = spawn(process.execPath, [apiEntry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl(database),
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      COMMUNITY_NAME: 'Acme Community',
      // Seeding writes the demo sign-ins to DATA_DIR; keep them out of the developer's own .data.
      DATA_DIR: dataDir,
      LOG_LEVEL: 'log',
      // The webhook journey delivers to a receiver on this machine's loopback address.
      WEBHOOK_ALLOW_PRIVATE: 'true',
    },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  // Teardown finds the server by the pid in the state file; the runner need not keep a handle to it.
  child.unref();

  const state: RunState = { pid: child.pid ?? -1, database, databaseUrl: databaseUrl(database), dataDir };
  writeFileSync(stateFile, JSON.stringify(state));
  try {
    await waitUntilReady(baseUrl, state.pid, 60_000);
  } catch (e) {
    await stopProduct();
    throw e;
  }
  return baseUrl;
}

/** The database the running API uses; tests call the CLI tools (tools/account) against it. */
export function e2eDatabaseUrl(): string {
  if (!existsSync(stateFile))
    throw new Error(`${stateFile} is missing: global setup has not started the product.`);
  return (JSON.parse(readFileSync(stateFile, 'utf8')) as RunState).databaseUrl;
}

export async function stopProduct(): Promise<void> {
  if (!existsSync(stateFile)) return;
  const state = JSON.parse(readFileSync(stateFile, 'utf8')) as RunState;
  if (state.pid > 0 && isAlive(state.pid)) {
    process.kill(state.pid, 'SIGTERM');
    for (let i = 0; i < 40 && isAlive(state.pid); i++) await sleep(250);
    if (isAlive(state.pid)) process.kill(state.pid, 'SIGKILL');
  }
  // FORCE: a connection the API failed to close must not keep the database alive (Postgres 13+).
  await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${state.database}" WITH (FORCE)`));
  rmSync(state.dataDir, { recursive: true, force: true });
  rmSync(stateFile, { force: true });
}
