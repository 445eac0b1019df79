// Views of thread pages are counted in batches. A page read (a kept guest page, a kept guest read, the thread
// query with countView) only notes who viewed what; once a second one statement counts them all. Counting
// each view in its own transaction made a popular thread's readers queue for its row lock: at a few hundred
// page views a second, the pool filled with waiting view counts and every other request waited behind them.
import { AsyncResource } from 'node:async_hooks';
import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A viewer counts once per thread within this window. */
export const VIEW_WINDOW = "interval '1 hour'";
/** How often noted views are counted. */
export const VIEW_FLUSH_MS = 1_000;
/** Views noted beyond this many between two counts are dropped (and logged): a flood never grows memory. */
export const MAX_PENDING_VIEWS = 20_000;

export interface View {
  threadId: string;
  viewerKey: string;
}

/**
 * Counts views (at most one per viewer per thread per VIEW_WINDOW) in one statement; returns the threads whose
 * count went up. Views of threads that no longer exist are passed over.
 */
export async function countViews(manager: EntityManager, views: View[]): Promise<string[]> {
  if (!views.length) return [];
  const rows: { id: string }[] = await manager.query(
    `WITH seen AS (
       SELECT v.thread_id, v.viewer_key
         FROM unnest($1::uuid[], $2::text[]) AS v(thread_id, viewer_key)
         JOIN threads t ON t.id = v.thread_id
     ), counted AS (
       INSERT INTO thread_views (thread_id, viewer_key, viewed_at)
       SELECT thread_id, viewer_key, now() FROM seen
       ON CONFLICT (thread_id, viewer_key) DO UPDATE SET viewed_at = now()
       WHERE thread_views.viewed_at < now() - ${VIEW_WINDOW}
       RETURNING thread_id
     )
     UPDATE threads t SET view_count = t.view_count + c.n
       FROM (SELECT thread_id, count(*)::int AS n FROM counted GROUP BY thread_id) c
      WHERE t.id = c.thread_id
     RETURNING t.id`,
    [views.map((v) => v.threadId), views.map((v) => v.viewerKey)],
  );
  return rows.map((r) => r.id);
}

/** Notes views and counts them once a second, in one transaction per batch. */
export class ViewCounter {
  private readonly logger = new Logger(ViewCounter.name);
  /** Keyed by thread and viewer: the same viewer twice in a batch is one view (and one row to upsert). */
  private pending = new Map<string, View>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private dropped = 0;
  /**
   * Schedules the count outside the request that noted the first view (bound where the counter was made): the
   * count is nobody's request, so per-request SQL capture (tests, the bench) never sees it.
   */
  private readonly detached = AsyncResource.bind((work: () => void) => work());

  constructor(
    private readonly dataSource: DataSource,
    /** Runs in the batch's transaction for the threads whose count went up (their popular score). */
    private readonly afterCount: (manager: EntityManager, threadIds: string[]) => Promise<void>,
  ) {}

  note(view: View): void {
    const key = `${view.threadId}\n${view.viewerKey}`;
    if (!this.pending.has(key)) {
      if (this.pending.size >= MAX_PENDING_VIEWS) {
        this.dropped++;
        return;
      }
      this.pending.set(key, view);
    }
    if (!this.timer) {
      this.detached(() => {
        this.timer = setTimeout(() => void this.flush(), VIEW_FLUSH_MS);
        this.timer.unref();
      });
    }
  }

  /** Counts what is noted now (and waits for a count already running). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.flushing) await this.flushing;
    if (!this.pending.size) return;
    const views = [...this.pending.values()];
    this.pending = new Map();
    if (this.dropped) {
      this.logger.warn(`${this.dropped} view(s) not counted: more than ${MAX_PENDING_VIEWS} in one second.`);
      this.dropped = 0;
    }
    this.flushing = this.dataSource
      .transaction(async (manager) => this.afterCount(manager, await countViews(manager, views)))
      .catch((e: unknown) =>
        this.logger.warn(
          `${views.length} view(s) not counted: ${e instanceof Error ? e.message : String(e)}`,
        ),
      )
      .finally(() => {
        this.flushing = null;
      });
    await this.flushing;
  }
}
