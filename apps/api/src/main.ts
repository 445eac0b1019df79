// Starts the community: validates configuration, opens (or starts) Postgres, migrates, seeds once, serves.
import 'reflect-metadata';
import { relative } from 'node:path';
import { ConfigError, loadConfig } from './config/config';
import { openDatabase } from './database/database';
import { seedOnStart } from './seed/demo-seed';
import { createServer } from './server';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`${e.message}\nFix the variables above and start again.`);
      process.exit(78);
    }
    throw e;
  }
  const db = await openDatabase(config, (m) => console.log(m));
  console.log(
    `Database: ${db.embedded ? `embedded Postgres in ${relative(process.cwd(), config.dataDir) || '.'}` : 'DATABASE_URL'}` +
      (db.migrated.length ? `; applied ${db.migrated.length} migration(s)` : '; schema up to date'),
  );

  const app = await createServer(config, db.dataSource);
  await seedOnStart(app, config, (line) => console.log(line));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received, shutting down`);
    try {
      await app.close();
      await db.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  stopWhenOrphaned(() => void shutdown('parent process gone'));

  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  console.log(
    `\n${config.community.name} is ready: open ${config.publicUrl ?? `http://${shownHost}:${port}`}\n`,
  );
}

/**
 * Started by `npm start` (tools/start.mjs) or a process manager: when that parent dies without passing on a
 * signal (npm does not forward SIGTERM through its shell), the kernel re-parents us; stop rather than linger.
 */
function stopWhenOrphaned(stop: () => void): void {
  const parent = process.ppid;
  if (parent <= 1) return;
  setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 500).unref();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
