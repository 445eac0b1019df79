// The Postgres server tests run against: DATABASE_URL when set, otherwise a throw-away embedded cluster.
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startEmbeddedPostgres } from '../../../apps/api/src/database/embedded-postgres';

export interface TestServer {
  /** URL of a database on the server with rights to create databases. */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, embedded: false, stop: async () => undefined };
  const parent = resolve(__dirname, '../../../.data');
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
