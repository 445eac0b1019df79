// Drains the search outbox into the SearchIndex: batches taken with FOR UPDATE SKIP LOCKED (so any number of
// indexers run side by side without doing the same work), idempotent upserts, exponential back-off on
// failure and a DEAD state after MAX_ATTEMPTS. Runs in the API process (SEARCH_INDEXER=inline) or in
// `npm run worker` processes.
import type { SearchIndex } from '@community/search';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CONFIG, Config } from '../config/config';
import { DrainLoop } from '../database/drain-loop';
import { inTransaction } from '../database/transaction';
import { loadDocuments } from './search-documents';
import { SEARCH_INDEX } from './search-index.provider';

export const MAX_ATTEMPTS = 8;
export const BATCH_SIZE = 100;
/** First key of the per-thread advisory locks indexers take (the second is the thread id's hash). */
const INDEXING_LOCK = 7_305_001;
/** How often an idle indexer looks for work another process (or a back-off) left. */
const POLL_MS = 500;

interface OutboxRow {
  id: string;
  aggregate_id: string;
  attempts: number;
}

@Injectable()
export class SearchIndexer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('SearchIndexer');
  private readonly loop = new DrainLoop({
    batch: () => this.processBatch().then(({ taken, indexed }) => ({ taken, done: indexed })),
    batchSize: BATCH_SIZE,
    pollMs: POLL_MS,
    logger: this.logger,
    what: 'Search indexing',
  });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_INDEX) private readonly index: SearchIndex,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.searchIndexer === 'inline') await this.start();
  }

  /** Prepares the index and drains continuously until the module is destroyed. */
  async start(): Promise<void> {
    if (this.loop.started) return;
    await this.index
      .prepare()
      .catch((e: unknown) => this.logger.error(`Search index not ready: ${String(e)}`));
    this.loop.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
  }

  /** Asks for a drain soon (after a commit); coalesces while one runs. */
  nudge(): void {
    this.loop.nudge();
  }

  /** Processes batches until none is ready; returns how many outbox rows were indexed. */
  drain(): Promise<number> {
    return this.loop.drain();
  }

  /** One batch, in one transaction: the rows stay locked (and skipped by other indexers) until it ends. */
  async processBatch(limit = BATCH_SIZE): Promise<{ taken: number; indexed: number }> {
    return inTransaction(this.dataSource, async (manager) => {
      let rows: OutboxRow[] = await manager.query(
        `SELECT id, aggregate_id, attempts FROM outbox
         WHERE status = 'PENDING' AND available_at <= now()
         ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (!rows.length) return { taken: 0, indexed: 0 };
      // Two indexers may hold rows of the same thread (a change committed while another indexer was
      // indexing it writes a second row). Only one indexes a thread at a time, so an older read never
      // overwrites a newer one: threads another indexer has are left pending for the next round.
      const owned: { id: string }[] = await manager.query(
        `SELECT DISTINCT aggregate_id::text AS id FROM unnest($1::uuid[]) AS a(aggregate_id)
         WHERE pg_try_advisory_xact_lock(${INDEXING_LOCK}, hashtext(aggregate_id::text))`,
        [[...new Set(rows.map((r) => r.aggregate_id))]],
      );
      const mine = new Set(owned.map((o) => o.id));
      rows = rows.filter((r) => mine.has(r.aggregate_id));
      if (!rows.length) return { taken: 0, indexed: 0 };
      const ids = [...mine];
      try {
        const documents = await loadDocuments(manager, ids);
        const found = new Set(documents.map((d) => d.id));
        await this.index.upsert(documents);
        await this.index.delete(ids.filter((id) => !found.has(id)));
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        this.logger.warn(`Search index refused a batch of ${rows.length}: ${message}`);
        await manager.query(
          `UPDATE outbox SET attempts = attempts + 1, last_error = $2,
             available_at = now() + make_interval(secs => power(2, attempts + 1)),
             status = (CASE WHEN attempts + 1 >= $3 THEN 'DEAD' ELSE 'PENDING' END)::outbox_status
           WHERE id = ANY($1::bigint[])`,
          [rows.map((r) => r.id), message.slice(0, 1000), MAX_ATTEMPTS],
        );
        return { taken: rows.length, indexed: 0 };
      }
      await manager.query('DELETE FROM outbox WHERE id = ANY($1::bigint[])', [rows.map((r) => r.id)]);
      return { taken: rows.length, indexed: rows.length };
    });
  }
}
