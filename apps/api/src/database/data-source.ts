// Builds TypeORM's DataSource for a Postgres URL; the schema only ever changes through migrations/.
import { DataSource, DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../../migrations';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './naming';

export interface DatabaseOptions {
  url: string;
  poolSize?: number;
  /** Logs every query to the given sink (used by tests that count queries). */
  onQuery?: (sql: string) => void;
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
    extra: { max: poolSize, application_name: 'community' },
    logging: onQuery ? ['query'] : false,
    logger: onQuery
      ? {
          logQuery: (sql: string) => onQuery(sql),
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
