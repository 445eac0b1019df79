// The bench's servers are child processes: stopped with SIGTERM, and waited for up to a grace period.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function stopChild(child: ChildProcess | undefined, graceMs: number): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, graceMs))]);
}

/** The environment our API is measured in (run.js and cpu.js): the production build on the bench database. */
export function ourApiEnv(databaseUrl: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    SEED_DEMO: 'false',
    // Indexing is measured by reindex, not here; and requests come from many simulated visitors
    // (X-Forwarded-For), so per-address rate limits (searches) do not refuse the load.
    SEARCH_INDEXER: 'off',
    // A digest pass over the seeded accounts (20 000 emails rendered on the first start of a day) would be
    // measured with the pages; the baseline sends none.
    DIGEST_SCHEDULER: 'off',
    TRUST_PROXY: 'loopback',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-api-')),
  };
}
