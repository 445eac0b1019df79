// The public expected wait per category: the median time to a first official answer over recent questions.
// Recomputed for every category by an in-process timer every 5 minutes, and lazily (batched per request)
// when a category's figure is older than that, so a fresh replica or a stopped timer never shows stale data.
import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Loaders, loaderFor } from '../common/loaders';
import { CategoryWaitEntity } from './category-wait.entity';

/** Questions asked in this window count (4 weeks: recent enough to follow staffing, long enough to be stable). */
export const WAIT_WINDOW_DAYS = 28;
/** With fewer answered questions than this the median says little, so none is shown. */
export const WAIT_MIN_SAMPLES = 3;
export const WAIT_REFRESH_MS = 5 * 60_000;

@Injectable()
export class ExpectedWaitService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ExpectedWaitService.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.timer = setInterval(() => {
      this.recompute().catch((error: unknown) =>
        this.logger.warn(`Expected waits not recomputed: ${String(error)}`),
      );
    }, WAIT_REFRESH_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Recomputes the figures of the given categories (all when omitted) as of `now`. */
  async recompute(categoryIds?: readonly string[], now = new Date()): Promise<CategoryWaitEntity[]> {
    const rows: CategoryWaitEntity[] = await this.dataSource.query(
      `INSERT INTO category_expected_waits (category_id, minutes, sample_size, computed_at)
       SELECT c.id,
              CASE WHEN count(t.id) >= $3 THEN round(percentile_cont(0.5) WITHIN GROUP (
                ORDER BY extract(epoch FROM t.first_official_answer_at - t.created_at) / 60))::int END,
              count(t.id)::int, $1::timestamptz
       FROM categories c
       LEFT JOIN threads t ON t.category_id = c.id AND t.kind = 'QUESTION' AND t.deleted_at IS NULL
         AND t.first_official_answer_at IS NOT NULL
         AND t.created_at >= $1::timestamptz - make_interval(days => $2) AND t.created_at <= $1::timestamptz
       WHERE $4::uuid[] IS NULL OR c.id = ANY($4::uuid[])
       GROUP BY c.id
       ON CONFLICT (category_id) DO UPDATE
         SET minutes = EXCLUDED.minutes, sample_size = EXCLUDED.sample_size, computed_at = EXCLUDED.computed_at
       RETURNING category_id AS "categoryId", minutes, sample_size AS "sampleSize", computed_at AS "computedAt"`,
      [now, WAIT_WINDOW_DAYS, WAIT_MIN_SAMPLES, categoryIds ? [...categoryIds] : null],
    );
    return rows;
  }

  /** The category's figure, recomputed first when missing or older than the refresh interval. */
  load(loaders: Loaders, categoryId: string): Promise<CategoryWaitEntity | null> {
    return loaderFor<string, CategoryWaitEntity>(
      loaders,
      'expectedWaitByCategory',
      async (ids) => {
        const stored: CategoryWaitEntity[] = await this.dataSource
          .getRepository(CategoryWaitEntity)
          .createQueryBuilder('w')
          .where('w.category_id = ANY(:ids)', { ids: [...ids] })
          .getMany();
        const fresh = stored.filter((w) => Date.now() - w.computedAt.getTime() <= WAIT_REFRESH_MS);
        const stale = ids.filter((id) => !fresh.some((w) => w.categoryId === id));
        return stale.length ? [...fresh, ...(await this.recompute(stale))] : fresh;
      },
      (w) => w.categoryId,
    ).load(categoryId);
  }
}
