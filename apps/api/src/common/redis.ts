// Redis connections that degrade instead of crashing or spamming the log: one line when the connection is
// lost (ioredis keeps retrying), one when it is back. Without an `error` listener ioredis prints
// "Unhandled error event" several times a second for as long as Redis is down.
import type { LoggerService } from '@nestjs/common';
import type Redis from 'ioredis';

export function watchRedis<T extends Redis>(client: T, logger: LoggerService, what: string): T {
  let down = false;
  client.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn(`Redis unreachable for ${what}: ${error.message}. Retrying in the background.`);
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    logger.log(`Redis reachable again for ${what}.`);
  });
  return client;
}

/** The deployment's namespace in a shared Redis: REDIS_PREFIX, or one derived from the database's name. */
export function defaultRedisPrefix(databaseUrl: string | undefined, dataDir: string): string {
  if (databaseUrl) {
    try {
      const url = new URL(databaseUrl);
      const db = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres';
      return `community:${url.hostname}:${url.port || '5432'}:${db}:`;
    } catch {
      // validated elsewhere; fall through to the data directory
    }
  }
  return `community:${dataDir}:`;
}
