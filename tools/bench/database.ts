// The benchmark's own database, `community_bench`: on the server DATABASE_URL names, or on an embedded
// Postgres kept under .data/bench (apart from the one `npm start` uses), migrated like any other.
import { resolve } from 'node:path';
import { createDataSource, migrate } from '../../apps/api/src/database/data-source';
import { ensureDatabase, startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';

export const BENCH_DATABASE = 'community_bench';

export interface BenchDatabase {
  /** URL of `community_bench`. */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function openBenchDatabase(log: (message: string) => void): Promise<BenchDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    return {
      url: await ensureDatabase(serverUrl, BENCH_DATABASE),
      embedded: false,
      stop: async () => undefined,
    };
  }
  const dir = resolve('.data/bench');
  log(`DATABASE_URL is unset: using an embedded Postgres in ${dir}`);
  const server = await startEmbeddedPostgres(dir, log);
  try {
    return { url: await ensureDatabase(server.serverUrl, BENCH_DATABASE), embedded: true, stop: server.stop };
  } catch (e) {
    await server.stop();
    throw e;
  }
}

/** Applies pending migrations (the bench runs against the schema the API expects, nothing else). */
export async function migrateBenchDatabase(url: string): Promise<string[]> {
  const dataSource = createDataSource({ url, poolSize: 1 });
  await dataSource.initialize();
  try {
    return await migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** The URL without its password, for messages. */
export function displayUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
