// Jest globalSetup: one Postgres server and one migrated template per run.
import { prepareTemplate } from './database';
import { startTestServer, TestServer } from './server';

declare global {
  var __communityTestServer: TestServer | undefined;
  var __communityTemplate: string | undefined;
}

export default async function globalSetup(): Promise<void> {
  const server = await startTestServer();
  globalThis.__communityTestServer = server;
  globalThis.__communityTemplate = await prepareTemplate(server.url);
}
