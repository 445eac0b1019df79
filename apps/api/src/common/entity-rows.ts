// Entities from SQL rows without TypeORM's per-query work, for the reads every page repeats (threads, accounts,
// answers and comments by id, the session): TypeORM builds each statement (aliases, property names rewritten
// over the whole text) and hydrates its rows (column transforms, relation bookkeeping) on every call, ~15 % of a
// thread page's CPU. Here each statement is built once by TypeORM itself, so it reads exactly as before (the
// bench's SQL comparison and the query-count tests see no difference), and rows become entities through a
// column map taken from the entity's metadata once.
import type { Pool } from 'pg';
import { In, QueryFailedError, type DataSource, type EntityMetadata, type ObjectLiteral } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Column types whose value from `pg` is already what TypeORM would hydrate (strings, numbers, booleans, enums as
 * strings, Dates from timestamptz, text arrays); any other type, or a column with a transformer, goes through
 * the driver's own conversion.
 */
const AS_IS: ReadonlySet<unknown> = new Set([
  'uuid',
  'text',
  'citext',
  'character varying',
  'varchar',
  'integer',
  'int',
  'int4',
  'smallint',
  'boolean',
  'real',
  'double precision',
  'timestamp with time zone',
  'timestamptz',
  'enum',
]);

/** Statements kept per reader: a DataLoader batch of n keys has its own text, and n rarely varies much. */
const MAX_STATEMENTS = 256;

interface ColumnReader {
  key: string;
  property: string;
  convert: ((value: unknown) => unknown) | null;
}

export class EntityRows<T extends ObjectLiteral> {
  private readonly columns: ColumnReader[];
  private readonly target: new () => T;
  private readonly statements = new Map<string, string>();

  /** `alias`: the name the statement selects the entity's columns under (`<alias>_<column>`). */
  constructor(
    private readonly dataSource: DataSource,
    readonly metadata: EntityMetadata,
    readonly alias: string = metadata.name,
  ) {
    if (typeof metadata.target !== 'function') throw new Error(`${metadata.name}: not an entity class`);
    this.target = metadata.target as new () => T;
    const driver = dataSource.driver;
    this.columns = metadata.columns
      .filter((c) => c.isSelect && !c.isVirtual)
      .map((c: ColumnMetadata) => {
        // Embedded columns hydrate into nested objects; none of the entities read here has one.
        if (c.embeddedMetadata)
          throw new Error(`${metadata.name}.${c.propertyPath}: embedded columns are not read here`);
        const key = `${alias}_${c.databaseName}`;
        if (key.length > (driver.maxAliasLength ?? Infinity))
          throw new Error(`${key}: longer than the driver's aliases`);
        return {
          key,
          property: c.propertyName,
          convert:
            c.transformer || !AS_IS.has(c.type)
              ? (value: unknown) => driver.prepareHydratedValue(value, c)
              : null,
        };
      });
  }

  /** One row (columns selected as `<alias>_<column>`) as an entity, as TypeORM's hydration would make it. */
  hydrate(row: Record<string, unknown>): T {
    const entity = new this.target() as Record<string, unknown>;
    for (const column of this.columns) {
      const value = row[column.key];
      if (value !== undefined) entity[column.property] = column.convert ? column.convert(value) : value;
    }
    return entity as T;
  }

  /**
   * The SQL text `build` makes (through TypeORM's query builder), built once per `key`. `build` is given the
   * parameters the caller will pass and must return them in the same order, so a statement whose placeholders
   * TypeORM numbered differently is refused rather than run with its parameters shuffled.
   */
  statement(key: string, parameters: readonly unknown[], build: () => [string, unknown[]]): string {
    let sql = this.statements.get(key);
    if (sql === undefined) {
      const [text, ordered] = build();
      if (ordered.length !== parameters.length || ordered.some((p, i) => p !== parameters[i])) {
        throw new Error(
          `${this.metadata.name} (${key}): the statement takes its parameters in another order`,
        );
      }
      if (this.statements.size >= MAX_STATEMENTS) this.statements.clear();
      this.statements.set(key, text);
      sql = text;
    }
    return sql;
  }

  /**
   * Runs a statement on the data source's pool and returns the raw rows. TypeORM's `query` would take a query
   * runner, check out and release a connection through it and broadcast events no one listens to (~2 % of a
   * thread page's CPU for its ten reads); here pg's pool does the checkout, the statement is logged as TypeORM
   * logs it (query counts in tests, the bench's SQL capture) and a failure is TypeORM's QueryFailedError.
   */
  async rows(sql: string, parameters: readonly unknown[]): Promise<Record<string, unknown>[]> {
    const values = [...parameters];
    const { logger } = this.dataSource;
    logger.logQuery(sql, values);
    try {
      return ((await this.pool.query(sql, values)) as { rows: Record<string, unknown>[] }).rows;
    } catch (error) {
      logger.logQueryError(error as Error, sql, values);
      throw new QueryFailedError(sql, values, error as Error);
    }
  }

  /** pg's pool behind the data source (TypeORM's Postgres driver keeps it as `master`). */
  private get pool(): Pool {
    return (this.dataSource.driver as PostgresDriver).master as Pool;
  }

  /** The entities with these ids, as `repository.find({ where: { id: In(ids) } })` loads them (same SQL). */
  async byIds(ids: readonly string[]): Promise<T[]> {
    if (!ids.length) return [];
    const sql = this.statement(`ids:${ids.length}`, ids, () =>
      this.dataSource
        .getRepository<T>(this.target)
        .createQueryBuilder(this.alias)
        .setFindOptions({ where: { id: In([...ids]) } as never })
        .getQueryAndParameters(),
    );
    return (await this.rows(sql, ids)).map((row) => this.hydrate(row));
  }
}

/** A reader for `entity`'s rows, aliased as TypeORM's `find` aliases them unless told otherwise. */
export function entityRows<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: new () => T,
  alias?: string,
): EntityRows<T> {
  return new EntityRows<T>(dataSource, dataSource.getMetadata(entity), alias);
}
