// The API's pool keeps an unused connection through a quiet minute (pg's default drops it after 10 s) and closes
// it after POOL_IDLE_MS: a real pool on a real Postgres, its timers moved by the test.
import { createTestDatabase, TestDatabase } from '@community/testing';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { POOL_IDLE_MS } from './pool';

let db: TestDatabase;
let dataSource: DataSource;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  jest.useRealTimers();
  if (dataSource?.isInitialized) await dataSource.destroy();
  await db.drop();
});

it('keeps an idle connection for POOL_IDLE_MS, not 10 s, then closes it', async () => {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  dataSource = createDataSource({ url: db.url, poolSize: 2 });
  await dataSource.initialize();
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  await dataSource.query('SELECT 1');
  expect(pool.idleCount).toBe(1);
  jest.advanceTimersByTime(60_000);
  expect(pool.totalCount).toBe(1);
  await expect(dataSource.query('SELECT 2 AS two')).resolves.toEqual([{ two: 2 }]);
  jest.advanceTimersByTime(POOL_IDLE_MS + 1_000);
  expect(pool.totalCount).toBe(0);
});
