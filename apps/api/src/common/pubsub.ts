// Publishes live changes (care queue, notifications, thread pages) to subscribers: in process by default, through Redis pub/sub when
// REDIS_URL is set (so every API replica's subscribers hear every replica's writes). Channels carry the
// deployment's prefix (REDIS_PREFIX), so deployments sharing one Redis server never hear each other. While Redis
// is unreachable, events still reach this process's subscribers at once and are kept (up to MAX_PENDING) to be
// published when Redis is back, so other replicas hear them late rather than never.
import { randomUUID } from 'node:crypto';
import { EventEmitter, on } from 'node:events';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { CONFIG, Config } from '../config/config';
import { watchRedis } from './redis';

/** Events kept for replay while Redis is down; beyond this the oldest are dropped (the pollers cover them). */
export const MAX_PENDING = 1_000;
/**
 * Redis pub/sub delivers only to connections subscribed at that moment: after an outage, wait this long once
 * this process is reconnected, so other replicas (retrying on the same schedule) have resubscribed too.
 */
export const REPLAY_GRACE_MS = 1_500;

@Injectable()
export class PubSub implements OnModuleDestroy {
  private readonly logger = new Logger(PubSub.name);
  private readonly local = new EventEmitter();
  private readonly publisher: Redis | null;
  private readonly subscriber: Redis | null;
  private readonly prefix: string;
  /** Published while Redis was unreachable: [channel, message], replayed in order once it is back. */
  private pending: [channel: string, message: string, id: string][] = [];
  /** Messages this process delivered locally during an outage, so their replay is not delivered here twice. */
  private readonly deliveredLocally = new Set<string>();

  constructor(@Inject(CONFIG) config: Config) {
    this.local.setMaxListeners(0);
    this.prefix = `${config.redisPrefix}events:`;
    if (config.redisUrl) {
      // No offline queue: a publish fails at once while Redis is down, and is delivered locally and replayed.
      this.publisher = watchRedis(
        new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }),
        this.logger,
        'live events (delivered in this process, replayed later)',
      );
      // No CLIENT SETINFO handshake on the subscriber: ioredis 5 may send it after a SUBSCRIBE queued while
      // connecting, and the subscription then fails with "Connection in subscriber mode" (ioredis#2037).
      this.subscriber = watchRedis(
        new Redis(config.redisUrl, { disableClientInfo: true }),
        this.logger,
        'live event subscriptions',
      );
      this.publisher.on('ready', () => this.scheduleReplay());
      this.subscriber.on('ready', () => this.scheduleReplay());
      this.subscriber.on('message', (channel: string, message: string) => {
        if (!channel.startsWith(this.prefix)) return;
        try {
          const { id, payload } = JSON.parse(message) as { id: string; payload: unknown };
          if (this.deliveredLocally.delete(id)) return;
          this.local.emit(channel.slice(this.prefix.length), payload);
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
    if (!this.publisher) {
      this.local.emit(topic, payload);
      return;
    }
    const channel = this.prefix + topic;
    // Each message carries an id, so this process recognises the replay of one it already delivered.
    const id = randomUUID();
    const message = JSON.stringify({ id, payload });
    try {
      if (this.pending.length) throw new Error('replay pending'); // keep the order of events
      await this.publisher.publish(channel, message);
    } catch {
      this.local.emit(topic, payload);
      this.deliveredLocally.add(id);
      this.pending.push([channel, message, id]);
      if (this.pending.length > MAX_PENDING) this.deliveredLocally.delete(this.pending.shift()![2]);
    }
  }

  /** Whether events reach other replicas right now (true without Redis: there is nobody else to reach). */
  get connected(): boolean {
    return !this.publisher || (this.publisher.status === 'ready' && this.subscriber?.status === 'ready');
  }

  private replaying = false;
  private replayTimer: NodeJS.Timeout | null = null;

  private scheduleReplay(): void {
    if (!this.pending.length || this.replayTimer) return;
    this.replayTimer = setTimeout(() => {
      this.replayTimer = null;
      if (this.connected) void this.replay();
    }, REPLAY_GRACE_MS);
    this.replayTimer.unref();
  }

  private async replay(): Promise<void> {
    if (this.replaying || !this.publisher) return;
    this.replaying = true;
    let replayed = 0;
    try {
      while (this.pending.length && this.publisher.status === 'ready') {
        const [channel, message] = this.pending[0];
        await this.publisher.publish(channel, message);
        this.pending.shift();
        replayed += 1;
      }
      if (replayed) this.logger.log(`Replayed ${replayed} live event(s) published while Redis was down.`);
    } catch {
      // Redis went away again; the next 'ready' resumes.
    } finally {
      this.replaying = false;
    }
  }

  /** An async iterator of the topic's payloads; GraphQL calls return() when the client unsubscribes. */
  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    if (this.subscriber && this.local.listenerCount(topic) === 0) {
      this.subscriber.subscribe(this.prefix + topic).catch((error: unknown) => {
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
    if (this.replayTimer) clearTimeout(this.replayTimer);
    this.local.removeAllListeners();
    await Promise.all([this.publisher?.quit(), this.subscriber?.quit()]);
  }
}
