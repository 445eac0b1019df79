// A Postgres server for a test run or a tool that needs scratch databases (tests, migration generation):
// DATABASE_URL when set, otherwise a throw-away embedded cluster. Lives here, not in libs/testing, so tools
// may use it without importing the test harness.
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface ScratchServer {
  /** URL of a database on the server with rights to create databases. */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function startScratchServer(): Promise<ScratchServer> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, embedded: false, stop: async () => undefined };
  const parent = resolve(__dirname, '../../../../.data');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'test-postgres-'));
  chmodSync(dir, 0o755); // as root, Postgres runs as another OS user that must enter it
  const server = await startEmbeddedPostgres(dir);
  return {
    url: server.serverUrl,
    embedded: true,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
