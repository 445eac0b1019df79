// The one outbox drain (DESIGN "Outboxes: one mechanism"), used by every outbox consumer (notification fan-out,
// mail, search indexing, webhook delivery): rows written in the writer's transaction are taken in batches with
// FOR UPDATE SKIP LOCKED (so any number of processes drain side by side without doing the same work), handled,
// then completed; a failed row is retried with exponential back-off and parked as DEAD after `maxAttempts`.
// Woken after commits (`nudge`) and by a poll for work others left or back-offs.
import { AsyncResource } from 'node:async_hooks';
import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../database/transaction';

export interface OutboxRow {
  id: string;
  attempts: number;
}

/** What a handler reports: rows that failed (id → error message); every other taken row is done. */
export type Failures = Map<string, string>;

export interface OutboxDrainOptions<Row extends OutboxRow> {
  /** For log lines. */
  name: string;
  /** The outbox table; it has id, status ('PENDING' | 'DEAD' | …), attempts, available_at, last_error. */
  table: string;
  /** The Postgres enum type of its status column. */
  statusType: string;
  /** Columns to select (must include id and attempts); the outbox table is aliased `o`. */
  columns: string;
  /** Tables read along with each row, e.g. `JOIN webhooks w ON w.id = o.webhook_id`; only `o` rows are locked. */
  join?: string;
  batchSize: number;
  maxAttempts: number;
  /** First retry after this many seconds, doubling each time (read at each failure, so it may follow config). */
  retryBaseSeconds: number | (() => number);
  /** No retry waits longer than this. */
  maxRetrySeconds?: number;
  pollMs: number;
  /**
   * Narrows the taken rows to those this drainer may handle now (e.g. one indexer per thread at a time); the
   * others stay PENDING, untouched, for a later round, and do not count as taken.
   */
  claim?(manager: EntityManager, rows: Row[]): Promise<Row[]>;
  /**
   * Handles a batch inside the transaction that holds its locks. Throwing fails every row of the batch and
   * undoes what the handler wrote (a savepoint), so the failure is still recorded.
   */
  handle(manager: EntityManager, rows: Row[]): Promise<Failures | void>;
  /** Completes the rows handled without failure; deletes them unless given. */
  complete?(manager: EntityManager, ids: string[]): Promise<void>;
  /** Runs after a batch's transaction committed (publish what it made). Must not throw. */
  afterCommit?(): void;
}

export class OutboxDrain<Row extends OutboxRow> {
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  /**
   * The async context the drain runs in: its own, taken when it is built, never that of the request whose
   * commit nudged it, so per-request state (tracing, query counting) does not follow it into background work.
   */
  private readonly scope = new AsyncResource('OutboxDrain');

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: OutboxDrainOptions<Row>,
  ) {
    this.logger = new Logger(options.name);
  }

  /** Drains continuously (after commits and every pollMs) until stop(). */
  start(): void {
    if (this.timer) return;
    this.stopped = false;
    this.timer = setInterval(() => this.nudge(), this.options.pollMs);
    this.timer.unref();
    this.nudge();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  get started(): boolean {
    return !!this.timer;
  }

  /** Asks for a drain soon; coalesces while one runs. */
  nudge(): void {
    if (this.stopped || !this.timer) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.scope
      .runInAsyncScope(() => this.drain())
      .then(() => undefined)
      .catch((e: unknown) => this.logger.error(`Draining ${this.options.table} failed: ${String(e)}`))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.nudge();
        }
      });
  }

  /** Processes batches until none is ready; returns how many rows were completed. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const { taken, completed } = await this.processBatch();
      total += completed;
      if (taken < this.options.batchSize || this.stopped) return total;
    }
  }

  /** One batch, in one transaction: its rows stay locked (and skipped by other drainers) until it ends. */
  async processBatch(limit = this.options.batchSize): Promise<{ taken: number; completed: number }> {
    const o = this.options;
    const result = await inTransaction(this.dataSource, async (manager) => {
      let rows: Row[] = await manager.query(
        `SELECT ${o.columns} FROM ${o.table} o ${o.join ?? ''}
         WHERE o.status = 'PENDING' AND o.available_at <= now()
         ORDER BY o.available_at, o.id LIMIT $1 FOR UPDATE OF o SKIP LOCKED`,
        [limit],
      );
      if (rows.length && o.claim) rows = await o.claim(manager, rows);
      if (!rows.length) return { taken: 0, completed: 0 };
      let failures: Failures;
      await manager.query('SAVEPOINT outbox_handle');
      try {
        failures = (await o.handle(manager, rows)) ?? new Map();
      } catch (e) {
        await manager.query('ROLLBACK TO SAVEPOINT outbox_handle');
        const message = e instanceof Error ? e.message : String(e);
        failures = new Map(rows.map((r) => [r.id, message]));
      }
      const done = rows.filter((r) => !failures.has(r.id)).map((r) => r.id);
      if (done.length) {
        if (o.complete) await o.complete(manager, done);
        else await manager.query(`DELETE FROM ${o.table} WHERE id = ANY($1)`, [done]);
      }
      await this.fail(manager, failures);
      return { taken: rows.length, completed: done.length };
    });
    if (result.taken) o.afterCommit?.();
    return result;
  }

  /** Backs failed rows off (one statement per distinct error), parking those out of attempts as DEAD. */
  private async fail(manager: EntityManager, failures: Failures): Promise<void> {
    const o = this.options;
    const byMessage = new Map<string, string[]>();
    for (const [id, message] of failures) byMessage.set(message, [...(byMessage.get(message) ?? []), id]);
    const base = typeof o.retryBaseSeconds === 'function' ? o.retryBaseSeconds() : o.retryBaseSeconds;
    for (const [message, ids] of byMessage) {
      this.logger.warn(`${o.table}: ${ids.length} row(s) failed: ${message}`);
      // An UPDATE's result comes back as [rows, count].
      const [updated] = (await manager.query(
        `UPDATE ${o.table} SET attempts = attempts + 1, last_error = $2,
           available_at = now() + make_interval(secs => LEAST($4 * power(2, attempts), $5)),
           status = (CASE WHEN attempts + 1 >= $3 THEN 'DEAD' ELSE 'PENDING' END)::${o.statusType}
         WHERE id = ANY($1)
         RETURNING id, attempts, status::text AS status`,
        [ids, message.slice(0, 1000), o.maxAttempts, base, o.maxRetrySeconds ?? 365 * 86400],
      )) as [{ id: string; attempts: number; status: string }[], number];
      const dead = updated.filter((r) => r.status === 'DEAD');
      for (const d of dead)
        this.logger.error(`${o.table} row ${d.id} gave up after ${d.attempts} attempts: ${message}`);
    }
  }
}
