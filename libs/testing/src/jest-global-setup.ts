// Jest globalSetup: one Postgres server and one migrated template per run.
import { prepareTemplate } from './database';
import { ScratchServer, startScratchServer } from '../../../apps/api/src/database/scratch-server';

declare global {
  var __communityTestServer: ScratchServer | undefined;
  var __communityTemplate: string | undefined;
}

export default async function globalSetup(): Promise<void> {
  const server = await startScratchServer();
  globalThis.__communityTestServer = server;
  globalThis.__communityTemplate = await prepareTemplate(server.url);
}
