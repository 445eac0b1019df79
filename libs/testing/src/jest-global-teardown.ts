import { dropDatabase } from './database';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__communityTestServer;
  if (!server) return;
  if (globalThis.__communityTemplate && !server.embedded)
    await dropDatabase(server.url, globalThis.__communityTemplate);
  await server.stop();
}
