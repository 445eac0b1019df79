// Starts the real API on a fresh database and talks GraphQL to it over HTTP, as a browser would.
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { Config, loadConfig } from '../../../apps/api/src/config/config';
import { createDataSource } from '../../../apps/api/src/database/data-source';
import { createServer } from '../../../apps/api/src/server';
import { createTestDatabase, TestDatabase } from './database';

export interface GqlError {
  message: string;
  extensions?: { code?: string; fields?: { field: string; message: string }[]; [key: string]: unknown };
  path?: (string | number)[];
}

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: GqlError[];
}

export interface GqlClient {
  readonly cookie: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Like gql, but throws on errors and returns data. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  config: Config;
  database: TestDatabase;
  dataSource: DataSource;
  client(options?: { forwardedFor?: string }): GqlClient;
  /**
   * SQL statements that HTTP requests run while `work` runs (for query-count assertions). Background work
   * (outbox drains polling for search, notifications, mail, webhooks) is not counted: it is not the page's.
   */
  countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: string[] }>;
  close(): Promise<void>;
}

export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test', DATA_DIR: mkdtempSync(join(tmpdir(), 'community-test-')) }),
    databaseUrl: database.url,
    // Factories sign up many accounts; each comes from its own (forwarded) address, as real people would.
    trustProxy: ['loopback'],
    ...overrides,
  };
  let recording: string[] | null = null;
  // Marks the async work each HTTP request starts, so only its queries are recorded.
  const inRequest = new AsyncLocalStorage<true>();
  const dataSource = createDataSource({
    url: database.url,
    poolSize: 4,
    onQuery: (sql) => {
      if (recording && inRequest.getStore()) recording.push(sql);
    },
  });
  await dataSource.initialize();
  const app = await createServer(config, dataSource);
  const httpServer = app.getHttpServer();
  const handlers = httpServer.listeners('request') as ((...args: unknown[]) => void)[];
  httpServer.removeAllListeners('request');
  httpServer.on('request', (...args: unknown[]) =>
    inRequest.run(true, () => handlers.forEach((handle) => handle.apply(httpServer, args))),
  );
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  return {
    app,
    baseUrl,
    config,
    database,
    dataSource,
    client: (options) => graphqlClient(baseUrl, options?.forwardedFor),
    async countQueries(work) {
      recording = [];
      try {
        const result = await work();
        return { result, queries: recording };
      } finally {
        recording = null;
      }
    },
    async close() {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
      // The data directory holds a generated private signing key: leave nothing behind in the temp dir.
      rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

export function graphqlClient(baseUrl: string, forwardedFor?: string): GqlClient {
  let cookie = '';
  const client: GqlClient = {
    get cookie() {
      return cookie;
    },
    async gql(query, variables = {}) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
      };
      if (cookie) headers.cookie = cookie;
      if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      for (const set of res.headers.getSetCookie()) {
        const [pair] = set.split(';');
        const [name, value] = pair.split('=');
        const jar = new Map(cookie ? cookie.split('; ').map((c) => c.split('=') as [string, string]) : []);
        if (!value || /expires=Thu, 01 Jan 1970/i.test(set)) jar.delete(name);
        else jar.set(name, value);
        cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
      }
      return (await res.json()) as GqlResult<never>;
    },
    async ok(query, variables) {
      const result = await client.gql(query, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data as never;
    },
  };
  return client;
}
