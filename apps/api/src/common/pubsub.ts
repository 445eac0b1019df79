// Publishes live changes (care queue, notifications, thread pages) to subscribers: in process by default, through Redis pub/sub when
// REDIS_URL is set (so every API replica's subscribers hear every replica's writes).
import { EventEmitter, on } from 'node:events';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { CONFIG, Config } from '../config/config';

const CHANNEL_PREFIX = 'community:';

@Injectable()
export class PubSub implements OnModuleDestroy {
  private readonly logger = new Logger(PubSub.name);
  private readonly local = new EventEmitter();
  private readonly publisher: Redis | null;
  private readonly subscriber: Redis | null;

  constructor(@Inject(CONFIG) config: Config) {
    this.local.setMaxListeners(0);
    if (config.redisUrl) {
      this.publisher = new Redis(config.redisUrl);
      this.subscriber = new Redis(config.redisUrl);
      this.subscriber.on('message', (channel: string, message: string) => {
        try {
          this.local.emit(channel.slice(CHANNEL_PREFIX.length), JSON.parse(message));
        } catch (error) {
          this.logger.warn(`Dropped a malformed message on ${channel}: ${String(error)}`);
        }
      });
    } else {
      this.publisher = null;
      this.subscriber = null;
    }
  }

  async publish<T>(topic: string, payload: T): Promise<void> {
    if (this.publisher) await this.publisher.publish(CHANNEL_PREFIX + topic, JSON.stringify(payload));
    else this.local.emit(topic, payload);
  }

  /** An async iterator of the topic's payloads; GraphQL calls return() when the client unsubscribes. */
  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    if (this.subscriber && this.local.listenerCount(topic) === 0) {
      this.subscriber.subscribe(CHANNEL_PREFIX + topic).catch((error: unknown) => {
        this.logger.error(`Could not subscribe to ${topic}: ${String(error)}`);
      });
    }
    const events = on(this.local, topic) as AsyncIterableIterator<[T]>;
    const iterator: AsyncIterableIterator<T> = {
      next: async () => {
        const { done, value } = await events.next();
        return done ? { done: true, value: undefined } : { done: false, value: value[0] };
      },
      return: async () => {
        await events.return?.();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  async onModuleDestroy(): Promise<void> {
    this.local.removeAllListeners();
    await Promise.all([this.publisher?.quit(), this.subscriber?.quit()]);
  }
}
