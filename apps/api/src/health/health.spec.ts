import { createTestApp, TestApp } from '@community/testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('health endpoints', () => {
  it('/healthz answers while the process is up', async () => {
    const res = await fetch(`${t.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz is ready with the database reachable and migrations applied, and 503 when one is pending', async () => {
    expect((await fetch(`${t.baseUrl}/readyz`)).status).toBe(200);
    await t.dataSource.undoLastMigration();
    try {
      const res = await fetch(`${t.baseUrl}/readyz`);
      expect(res.status).toBe(503);
      expect(JSON.stringify(await res.json())).toMatch(/migrations pending/);
    } finally {
      await t.dataSource.runMigrations();
    }
    expect((await fetch(`${t.baseUrl}/readyz`)).status).toBe(200);
  });
});
