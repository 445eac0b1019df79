// Builds TypeORM's DataSource for a Postgres URL; the schema only ever changes through migrations/.
import { DataSource, DataSourceOptions, QueryRunner } from 'typeorm';
import { SqlInMemory } from 'typeorm/driver/SqlInMemory';
import { MIGRATIONS } from '../../../../migrations';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './naming';
import { POOL_IDLE_MS } from './pool';
import { pgTypes } from './timestamps';

export interface DatabaseOptions {
  url: string;
  poolSize?: number;
  /** Logs every query to the given sink (used by tests that count queries). */
  onQuery?: (sql: string, parameters?: unknown[]) => void;
}

export function dataSourceOptions({ url, poolSize = 10, onQuery }: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // `types`: timestamptz read without pg's regular expressions (timestamps.ts), every other type as pg reads it.
    // `idleTimeoutMillis`: connections outlive a quiet minute (see POOL_IDLE_MS).
    extra: { max: poolSize, idleTimeoutMillis: POOL_IDLE_MS, application_name: 'community', types: pgTypes },
    logging: onQuery ? ['query'] : false,
    logger: onQuery
      ? {
          logQuery: (sql: string, parameters?: unknown[]) => onQuery(sql, parameters),
          logQueryError: () => undefined,
          logQuerySlow: () => undefined,
          logSchemaBuild: () => undefined,
          logMigration: () => undefined,
          log: () => undefined,
        }
      : undefined,
  };
}

export function createDataSource(options: DatabaseOptions): DataSource {
  return new DataSource(dataSourceOptions(options));
}

/** Applies pending migrations, each in its own transaction; returns the names applied. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}

/**
 * What the entities declare that the migrations have not created (TypeORM's schema diff): the drift check and
 * `npm run migration:generate` both use it. TypeORM 0.3 reads the tables with Promise.all on one connection,
 * which pg 8 deprecates (and pg 9 refuses); the diff's query runner here runs its queries one at a time.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<SqlInMemory> {
  const create = dataSource.createQueryRunner;
  dataSource.createQueryRunner = (mode) => {
    const runner = create.call(dataSource, mode);
    const query = runner.query.bind(runner);
    let previous: Promise<unknown> = Promise.resolve();
    runner.query = ((...args: Parameters<QueryRunner['query']>) => {
      const next = previous.then(() => query(...args));
      previous = next.catch(() => undefined);
      return next;
    }) as QueryRunner['query'];
    return runner;
  };
  try {
    return await dataSource.driver.createSchemaBuilder().log();
  } finally {
    dataSource.createQueryRunner = create;
  }
}
