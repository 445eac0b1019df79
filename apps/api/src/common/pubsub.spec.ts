// The one pub/sub (care queue, notifications, live threads): in memory within one process, and through Redis between replicas.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { Config } from '../config/config';
import { PubSub } from './pubsub';

const config = (redisUrl?: string) => ({ redisUrl }) as Config;

async function next<T>(iterator: AsyncIterableIterator<T>, ms = 3000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no event')), ms);
  });
  try {
    return (await Promise.race([iterator.next(), timeout])).value as T;
  } finally {
    clearTimeout(timer);
  }
}

describe('PubSub in memory', () => {
  it('delivers to subscribers and stops after return()', async () => {
    const pubsub = new PubSub(config());
    const events = pubsub.subscribe<{ n: number }>('topic');
    const received = next(events);
    await pubsub.publish('topic', { n: 1 });
    expect(await received).toEqual({ n: 1 });
    await events.return!();
    expect(await events.next()).toEqual({ done: true, value: undefined });
    await pubsub.onModuleDestroy();
  });
});

// Needs `redis-server` on the PATH (apt-get install redis-server): a replica's publish reaches another's subscriber.
describe('PubSub through Redis', () => {
  let server: ChildProcess;
  let url: string;
  beforeAll(async () => {
    if (spawnSync('redis-server', ['--version']).status !== 0)
      throw new Error('redis-server is not installed: apt-get install redis-server');
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    server = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    url = `redis://127.0.0.1:${port}`;
    await new Promise((r) => setTimeout(r, 300));
  });
  afterAll(() => {
    server.kill();
  });

  it('reaches subscribers of another replica', async () => {
    const a = new PubSub(config(url));
    const b = new PubSub(config(url));
    const events = b.subscribe<{ threadId: string }>('careQueueChanged');
    await new Promise((r) => setTimeout(r, 200)); // the SUBSCRIBE round trip
    const received = next(events);
    await a.publish('careQueueChanged', { threadId: 't1' });
    expect(await received).toEqual({ threadId: 't1' });
    await events.return!();
    await Promise.all([a.onModuleDestroy(), b.onModuleDestroy()]);
  });
});
