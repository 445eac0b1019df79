// Starts the community: validates configuration, opens (or starts) Postgres, migrates, seeds once, serves.
import 'reflect-metadata';
import { relative } from 'node:path';
import { AccountsService } from './accounts/accounts.service';
import { CategoriesService } from './categories/categories.service';
import { ConfigError, loadConfig } from './config/config';
import { openDatabase } from './database/database';
import { seedDemoCommunity } from './seed/demo-seed';
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
  if (config.seedDemo) {
    const seed = await seedDemoCommunity({
      dataSource: db.dataSource,
      accounts: app.get(AccountsService),
      categories: app.get(CategoriesService),
      dataDir: config.dataDir,
    });
    if (seed.signIns.length) {
      console.log(
        `Seeded the demo community. Sign in as:\n  ${seed.signIns.join('\n  ')}\n(also saved in ${relative(process.cwd(), config.dataDir)}/demo-accounts.txt)`,
      );
    } else if (!seed.seeded) {
      console.log(
        `Demo accounts' sign-ins are in ${relative(process.cwd(), config.dataDir)}/demo-accounts.txt`,
      );
    }
  }

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

  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  console.log(
    `\n${config.community.name} is ready: open ${config.publicUrl ?? `http://${shownHost}:${port}`}\n`,
  );
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
