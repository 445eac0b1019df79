// Guests' pages, kept: the HTML a visitor without a session gets is the same for every visitor, so it is
// rendered once and served from memory (and from Redis, shared by every replica, when REDIS_URL is set) until
// a Q&A change commits. The change that writes the search outbox also drops every kept page, on every replica
// (through PubSub), so a new answer is on the guest's page at once; a short TTL bounds what no event covers
// (a renamed category, a changed display name). Guests' GraphQL reads are kept the same way, apart
// (guest-read-cache.ts); every GraphQL mutation drops both too.
import { createHash, randomUUID } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { GuestReplay } from '../common/context';
import { CONFIG, Config } from '../config/config';
import { PubSub } from '../common/pubsub';
import { watchRedis } from '../common/redis';
import { QaEvents } from '../qa/qa-events';

export interface CachedPage {
  status: number;
  html: string;
  etag: string;
  /** The HTML compressed once, when kept (base64, so the entry travels through Redis as JSON). */
  brotli: string;
  gzip: string;
  /** The thread a thread page shows: a page served from the cache still counts the view. */
  threadId?: string;
  /** A kept GraphQL read: what serving it again must still do (count a view, log a search). */
  replay?: GuestReplay[];
}

/** Which kept things: rendered pages, or guests' GraphQL reads (apart, so many searches evict no page). */
export type CacheStore = 'pages' | 'reads';

const TOPIC = 'public-pages-changed';

interface Change {
  generation: string;
  from: string;
}
const TTL_MS = 60_000;
const MAX_PAGES = 2_000;
const MAX_READS = 10_000;

@Injectable()
export class PageCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PageCache.name);
  private readonly local: Record<CacheStore, LRUCache<string, CachedPage>> = {
    pages: new LRUCache<string, CachedPage>({
      max: MAX_PAGES,
      ttl: TTL_MS,
      maxSize: 64 * 1024 * 1024,
      sizeCalculation: (page) => page.html.length + 200,
    }),
    reads: new LRUCache<string, CachedPage>({
      max: MAX_READS,
      ttl: TTL_MS,
      maxSize: 64 * 1024 * 1024,
      sizeCalculation: (page) => page.html.length + 200,
    }),
  };
  /** Names the current content: pages kept under an older one are never served. Shared through Redis. */
  private generation: string = randomUUID();
  private readonly redis: Redis | null;
  private readonly prefix: string;
  private changes: AsyncIterableIterator<Change> | null = null;
  /** This process's name on the change topic: its own messages were applied when sent. */
  private readonly instance = randomUUID();

  constructor(
    @Inject(CONFIG) config: Config,
    private readonly events: QaEvents,
    private readonly pubsub: PubSub,
  ) {
    this.prefix = `${config.redisPrefix}pages:`;
    this.redis = config.redisUrl
      ? watchRedis(
          // A page cache that is down is a miss, never a wait: no offline queue, one try.
          new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }),
          this.logger,
          'the shared guest page cache (pages are rendered instead)',
        )
      : null;
  }

  onModuleInit(): void {
    this.events.register({ afterCommit: () => this.invalidate() });
    this.changes = this.pubsub.subscribe<Change>(TOPIC);
    void (async () => {
      for await (const change of this.changes!)
        if (change.from !== this.instance) this.adopt(change.generation);
    })();
    this.redis?.once('ready', () => {
      this.redis
        ?.get(`${this.prefix}generation`)
        .then((shared) => shared && this.adopt(shared))
        .catch(() => undefined);
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.changes?.return?.();
    await this.redis?.quit().catch(() => undefined);
  }

  private adopt(generation: string): void {
    if (generation === this.generation) return;
    this.generation = generation;
    this.local.pages.clear();
    this.local.reads.clear();
  }

  /** Drops every kept page here at once, and on the other replicas as soon as they hear of it. */
  invalidate(): void {
    const generation = randomUUID();
    this.adopt(generation);
    void this.redis?.set(`${this.prefix}generation`, generation).catch(() => undefined);
    void this.pubsub.publish<Change>(TOPIC, { generation, from: this.instance });
  }

  async get(key: string, store: CacheStore = 'pages'): Promise<CachedPage | undefined> {
    const generation = this.generation;
    const local = this.local[store].get(`${generation} ${key}`);
    if (local || !this.redis || this.redis.status !== 'ready') return local;
    try {
      const shared = await this.redis.get(`${this.prefix}${generation}:${key}`);
      if (!shared || generation !== this.generation) return undefined;
      const page = JSON.parse(shared) as CachedPage;
      this.local[store].set(`${generation} ${key}`, page);
      return page;
    } catch {
      return undefined;
    }
  }

  /**
   * Keeps a page rendered under `generation` (taken before rendering): a change that committed while it was
   * being rendered makes it stale, and it is not kept. `until` (ms since the epoch, from the request context's
   * `keepUntil`) ends its life earlier than the usual minute, when something it shows ends then.
   */
  set(
    key: string,
    generation: string,
    page: Omit<CachedPage, 'etag' | 'brotli' | 'gzip'>,
    store: CacheStore = 'pages',
    until?: number,
  ): CachedPage {
    const kept = {
      ...page,
      etag: `"${createHash('sha1').update(page.html).digest('base64url')}"`,
      // Compressed once here rather than on every request that is served the page.
      brotli: brotliCompressSync(page.html, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } }).toString(
        'base64',
      ),
      gzip: gzipSync(page.html, { level: 9 }).toString('base64'),
    };
    const ttl = until === undefined ? TTL_MS : Math.min(TTL_MS, Math.floor(until - Date.now()));
    if (generation !== this.generation || ttl <= 0) return kept;
    this.local[store].set(`${generation} ${key}`, kept, { ttl });
    if (this.redis?.status === 'ready') {
      void this.redis
        .set(`${this.prefix}${generation}:${key}`, JSON.stringify(kept), 'PX', ttl)
        .catch(() => undefined);
    }
    return kept;
  }

  /** A page kept in this process's memory, without waiting for anything (the guests' fast path). */
  peek(key: string, store: CacheStore = 'pages'): CachedPage | undefined {
    return this.local[store].get(`${this.generation} ${key}`);
  }

  /** The current generation, to pass back to `set`. */
  current(): string {
    return this.generation;
  }
}
