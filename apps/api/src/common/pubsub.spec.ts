// The one pub/sub (care queue, notifications, live threads): in memory within one process, and through Redis between replicas.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { Config } from '../config/config';
import { PubSub } from './pubsub';

const config = (redisUrl?: string, redisPrefix = 'test:') => ({ redisUrl, redisPrefix }) as Config;

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

  const startRedis = (port: string) =>
    spawn('redis-server', ['--port', port, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });

  it('keeps deployments that share one Redis server apart (channels carry the prefix)', async () => {
    const acme = new PubSub(config(url, 'acme:'));
    const other = new PubSub(config(url, 'other:'));
    const events = other.subscribe<{ threadId: string }>('careQueueChanged');
    await new Promise((r) => setTimeout(r, 200));
    await acme.publish('careQueueChanged', { threadId: 'acme-thread' });
    await expect(next(events, 500)).rejects.toThrow('no event');
    await events.return!();
    await Promise.all([acme.onModuleDestroy(), other.onModuleDestroy()]);
  });

  it('during an outage delivers in process at once and replays to other replicas when Redis is back', async () => {
    const port = new URL(url).port;
    const a = new PubSub(config(url));
    const b = new PubSub(config(url));
    const mine = a.subscribe<{ n: number }>('careQueueChanged');
    const theirs = b.subscribe<{ n: number }>('careQueueChanged');
    await new Promise((r) => setTimeout(r, 200));
    const errors: unknown[] = [];
    process.on('unhandledRejection', (e) => errors.push(e));
    server.kill();
    await new Promise((r) => setTimeout(r, 300));
    expect(a.connected).toBe(false);
    const t0 = Date.now();
    await a.publish('careQueueChanged', { n: 1 });
    await a.publish('careQueueChanged', { n: 2 });
    expect(Date.now() - t0).toBeLessThan(500);
    expect(await next(mine)).toEqual({ n: 1 });
    expect(await next(mine)).toEqual({ n: 2 });
    server = startRedis(port);
    // the other replica hears both, in order, once both reconnect (ioredis retries in the background)
    expect(await next(theirs, 10_000)).toEqual({ n: 1 });
    expect(await next(theirs, 3_000)).toEqual({ n: 2 });
    // and this replica does not hear its own events twice
    await expect(next(mine, 500)).rejects.toThrow('no event');
    expect(errors).toEqual([]);
    await Promise.all([mine.return!(), theirs.return!()]);
    await Promise.all([a.onModuleDestroy(), b.onModuleDestroy()]);
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
