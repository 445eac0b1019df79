// Drains the search outbox into the SearchIndex through the shared OutboxDrain (SKIP LOCKED batches, so any
// number of indexers run side by side without doing the same work; exponential back-off; DEAD after
// MAX_ATTEMPTS). Upserts are idempotent. Runs in the API process (SEARCH_INDEXER=inline) or in
// `npm run worker` processes.
import type { SearchIndex } from '@community/search';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxDrain } from '../common/outbox-drain';
import { CONFIG, Config } from '../config/config';
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
  private readonly drainer: OutboxDrain<OutboxRow>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(SEARCH_INDEX) private readonly index: SearchIndex,
    @Inject(CONFIG) private readonly config: Config,
  ) {
    this.drainer = new OutboxDrain<OutboxRow>(dataSource, {
      name: 'SearchIndexer',
      table: 'outbox',
      statusType: 'outbox_status',
      columns: 'o.id, o.aggregate_id, o.attempts',
      batchSize: BATCH_SIZE,
      maxAttempts: MAX_ATTEMPTS,
      retryBaseSeconds: 2,
      pollMs: POLL_MS,
      claim: (manager, rows) => this.claimThreads(manager, rows),
      handle: (manager, rows) => this.indexThreads(manager, rows),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.searchIndexer === 'inline') await this.start();
  }

  /** Prepares the index and drains continuously until the module is destroyed. */
  async start(): Promise<void> {
    if (this.drainer.started) return;
    await this.index
      .prepare()
      .catch((e: unknown) => this.logger.error(`Search index not ready: ${String(e)}`));
    this.drainer.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.drainer.stop();
  }

  /** Asks for a drain soon (after a commit); coalesces while one runs. */
  nudge(): void {
    this.drainer.nudge();
  }

  /** Processes batches until none is ready; returns how many outbox rows were indexed. */
  drain(): Promise<number> {
    return this.drainer.drain();
  }

  /** One batch, in one transaction: the rows stay locked (and skipped by other indexers) until it ends. */
  processBatch(limit = BATCH_SIZE): Promise<{ taken: number; completed: number }> {
    return this.drainer.processBatch(limit);
  }

  /**
   * Two indexers may hold rows of the same thread (a change committed while another indexer was indexing it
   * writes a second row). Only one indexes a thread at a time, so an older read never overwrites a newer one:
   * threads another indexer has are left pending for the next round.
   */
  private async claimThreads(manager: EntityManager, rows: OutboxRow[]): Promise<OutboxRow[]> {
    const owned: { id: string }[] = await manager.query(
      `SELECT DISTINCT aggregate_id::text AS id FROM unnest($1::uuid[]) AS a(aggregate_id)
       WHERE pg_try_advisory_xact_lock(${INDEXING_LOCK}, hashtext(aggregate_id::text))`,
      [[...new Set(rows.map((r) => r.aggregate_id))]],
    );
    const mine = new Set(owned.map((o) => o.id));
    return rows.filter((r) => mine.has(r.aggregate_id));
  }

  /** Indexes the threads of a batch as they are now; a refusal fails the batch (and it is retried). */
  private async indexThreads(manager: EntityManager, rows: OutboxRow[]): Promise<void> {
    const ids = [...new Set(rows.map((r) => r.aggregate_id))];
    const documents = await loadDocuments(manager, ids);
    const found = new Set(documents.map((d) => d.id));
    await this.index.upsert(documents);
    await this.index.delete(ids.filter((id) => !found.has(id)));
  }
}
