// Opens the database the configuration names: DATABASE_URL when set, otherwise the embedded Postgres under DATA_DIR.
import { DataSource } from 'typeorm';
import { Config } from '../config/config';
import { createDataSource, migrate } from './data-source';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';

export interface OpenDatabase {
  dataSource: DataSource;
  embedded: boolean;
  /** Names of the migrations applied by this open. */
  migrated: string[];
  close(): Promise<void>;
}

export async function openDatabase(
  config: Config,
  log: (message: string) => void,
  options: { migrate?: boolean } = {},
): Promise<OpenDatabase> {
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | null = null;
  if (!url) {
    const server = await startEmbeddedPostgres(config.dataDir, log);
    stopEmbedded = server.stop;
    url = await ensureDatabase(server.serverUrl, 'community');
  }
  const dataSource = createDataSource({ url, poolSize: config.databasePoolSize });
  try {
    await dataSource.initialize();
    const migrated = options.migrate === false ? [] : await migrate(dataSource);
    return {
      dataSource,
      embedded: !!stopEmbedded,
      migrated,
      async close() {
        if (dataSource.isInitialized) await dataSource.destroy();
        await stopEmbedded?.();
      },
    };
  } catch (e) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await stopEmbedded?.();
    throw e;
  }
}
