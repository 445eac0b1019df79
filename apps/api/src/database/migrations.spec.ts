import { createTestDatabase, TestDatabase } from '@community/testing';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../../../migrations';
import { createDataSource, migrate, pendingSchemaChanges } from './data-source';

let db: TestDatabase;
let dataSource: DataSource;
beforeAll(async () => {
  db = await createTestDatabase();
  dataSource = createDataSource({ url: db.url, poolSize: 1 });
  await dataSource.initialize();
});
afterAll(async () => {
  await dataSource.destroy();
  await db.drop();
});

describe('migrations', () => {
  it('create exactly what the entities declare (no drift: generating a migration would produce nothing)', async () => {
    const sql = await pendingSchemaChanges(dataSource);
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('are each reversible: every one reverts, and they apply again cleanly', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    const tables = await dataSource.query(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
    );
    expect(tables[0].n).toBe(0);
    expect(await migrate(dataSource)).toHaveLength(MIGRATIONS.length);
    expect(await dataSource.showMigrations()).toBe(false);
  });
});
