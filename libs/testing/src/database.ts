// A fresh database per test file, cloned from a template migrated once per run: tests never see each other's rows.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource, migrate } from '../../../apps/api/src/database/data-source';
import { withDatabase } from '../../../apps/api/src/database/embedded-postgres';

const ENV_SERVER = 'COMMUNITY_TEST_SERVER_URL';
const ENV_TEMPLATE = 'COMMUNITY_TEST_TEMPLATE';

async function withAdmin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates and migrates the template database, and tells test workers where it is (through the environment). */
export async function prepareTemplate(serverUrl: string): Promise<string> {
  const template = `community_template_${process.pid}_${randomBytes(3).toString('hex')}`;
  await withAdmin(serverUrl, (c) => c.query(`CREATE DATABASE ${template}`));
  const dataSource = createDataSource({ url: withDatabase(serverUrl, template), poolSize: 1 });
  await dataSource.initialize();
  try {
    await migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
  process.env[ENV_SERVER] = serverUrl;
  process.env[ENV_TEMPLATE] = template;
  return template;
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdmin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env[ENV_SERVER];
  const template = process.env[ENV_TEMPLATE];
  if (!serverUrl || !template) {
    throw new Error(
      'No test template database: run tests through Jest (its globalSetup prepares one) or `npm test`.',
    );
  }
  const name = `test_${randomBytes(6).toString('hex')}`;
  await withAdmin(serverUrl, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return { name, url: withDatabase(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}
