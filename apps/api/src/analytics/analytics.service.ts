// Community analytics for staff: response times against targets, answer and solved rates, who answers,
// deflections, satisfaction, sentiment and when customers are active. All figures are plain SQL over
// questions asked in [from, to) (optionally one category), so each can be checked by hand.
import { SENTIMENT_THRESHOLD } from '@community/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { Guardian } from '../guardian/guardian';
import { badInput } from '../common/errors';
import { ThreadEntity } from '../threads/thread.entity';
import { CommunityAnalytics, CommunityAnalyticsInput } from './analytics.model';
import { msg } from '../i18n/translate';

const MAX_PERIOD_DAYS = 366;
const round = (n: number | string | null, digits = 4) =>
  n == null ? null : Math.round(Number(n) * 10 ** digits) / 10 ** digits;

@Injectable()
export class AnalyticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async community(
    guardian: Guardian,
    input: CommunityAnalyticsInput,
    now = new Date(),
  ): Promise<CommunityAnalytics> {
    guardian.ensure(guardian.care.canUseConsole('see analytics'));
    const { from, to } = input;
    if (to <= from) throw badInput('to', msg('errors.analytics.periodOrder'));
    if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 86_400_000)
      throw badInput('to', msg('errors.analytics.periodTooLong', { days: MAX_PERIOD_DAYS }));
    const categoryId = input.categoryId ?? null;
    const params = [from, to, categoryId];
    // Questions of the period, with their category's target.
    const questions = `SELECT t.*, c.response_target_minutes AS target FROM threads t JOIN categories c ON c.id = t.category_id
      WHERE t.kind = 'QUESTION' AND t.deleted_at IS NULL AND t.created_at >= $1 AND t.created_at < $2
        AND ($3::uuid IS NULL OR t.category_id = $3)`;
    const q = (sql: string, extra: unknown[] = []) => this.dataSource.query(sql, [...params, ...extra]);

    const [
      [totals],
      [target],
      [answers],
      [deflections],
      [satisfaction],
      contributors,
      negative,
      heatmap,
      daily,
    ] = await Promise.all([
      q(
        `WITH q AS (${questions}), r AS (
             SELECT *, extract(epoch FROM first_official_answer_at - created_at) / 60 AS minutes FROM q)
           SELECT count(*)::int AS questions,
             count(*) FILTER (WHERE answer_count > 0)::int AS answered,
             count(*) FILTER (WHERE accepted_answer_id IS NOT NULL)::int AS solved,
             count(minutes)::int AS responded,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY minutes) AS median,
             percentile_cont(0.9) WITHIN GROUP (ORDER BY minutes) AS p90,
             count(*) FILTER (WHERE minutes <= target)::int AS within,
             count(*) FILTER (WHERE minutes IS NOT NULL OR created_at + make_interval(mins => target) < $4)::int AS due
           FROM r`,
        [now],
      ),
      categoryId
        ? this.dataSource.query('SELECT response_target_minutes AS minutes FROM categories WHERE id = $1', [
            categoryId,
          ])
        : Promise.resolve([{ minutes: null }]),
      q(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE NOT a.official)::int AS community
           FROM answers a JOIN threads t ON t.id = a.thread_id
           WHERE a.deleted_at IS NULL AND t.deleted_at IS NULL AND a.created_at >= $1 AND a.created_at < $2
             AND ($3::uuid IS NULL OR t.category_id = $3)`,
      ),
      q(
        `SELECT count(*)::int AS n FROM deflections d
           WHERE d.created_at >= $1 AND d.created_at < $2 AND ($3::uuid IS NULL OR d.category_id = $3)`,
      ),
      q(
        `SELECT avg(s.rating)::float AS average, count(*)::int AS n FROM satisfaction_ratings s
           JOIN threads t ON t.id = s.thread_id
           WHERE s.created_at >= $1 AND s.created_at < $2 AND ($3::uuid IS NULL OR t.category_id = $3)`,
      ),
      q(
        `SELECT a.author_id AS "accountId", count(*)::int AS answers,
             count(*) FILTER (WHERE t.accepted_answer_id = a.id)::int AS accepted
           FROM answers a JOIN threads t ON t.id = a.thread_id JOIN accounts u ON u.id = a.author_id
           WHERE a.deleted_at IS NULL AND NOT a.official AND u.role NOT IN ('EMPLOYEE', 'ADMIN')
             AND a.created_at >= $1 AND a.created_at < $2 AND ($3::uuid IS NULL OR t.category_id = $3)
           GROUP BY a.author_id ORDER BY answers DESC, accepted DESC, a.author_id LIMIT 10`,
      ),
      q(
        `SELECT t.id FROM threads t WHERE t.deleted_at IS NULL AND t.hidden_at IS NULL AND t.sentiment <= -${SENTIMENT_THRESHOLD}
             AND t.created_at >= $1 AND t.created_at < $2 AND ($3::uuid IS NULL OR t.category_id = $3)
           ORDER BY t.sentiment ASC, t.created_at DESC LIMIT 5`,
      ),
      q(
        `SELECT extract(dow FROM at AT TIME ZONE 'UTC')::int AS "dayOfWeek",
             extract(hour FROM at AT TIME ZONE 'UTC')::int AS hour, count(*)::int AS count
           FROM (
             SELECT t.created_at AS at FROM threads t
               WHERE t.deleted_at IS NULL AND ($3::uuid IS NULL OR t.category_id = $3)
             UNION ALL SELECT a.created_at FROM answers a JOIN threads t ON t.id = a.thread_id
               WHERE a.deleted_at IS NULL AND ($3::uuid IS NULL OR t.category_id = $3)
             UNION ALL SELECT m.created_at FROM comments m JOIN threads t ON t.id = m.thread_id
               WHERE ($3::uuid IS NULL OR t.category_id = $3)
           ) p WHERE at >= $1 AND at < $2
           GROUP BY 1, 2 ORDER BY 1, 2`,
      ),
      q(
        `WITH q AS (${questions})
           SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS date, count(*)::int AS questions,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_official_answer_at - created_at) / 60)
               AS median
           FROM q GROUP BY 1 ORDER BY 1`,
      ),
    ]);

    const rate = (n: number) => (totals.questions ? round(n / totals.questions) : null);
    const accountRepo = this.dataSource.getRepository(AccountEntity);
    const accounts = contributors.length
      ? await accountRepo.find({
          where: { id: In(contributors.map((c: { accountId: string }) => c.accountId)) },
        })
      : [];
    const threads = negative.length
      ? await this.dataSource
          .getRepository(ThreadEntity)
          .find({ where: { id: In(negative.map((n: { id: string }) => n.id)) } })
      : [];
    return {
      questions: totals.questions,
      firstResponse: {
        medianMinutes: round(totals.median, 1),
        p90Minutes: round(totals.p90, 1),
        targetMinutes: target?.minutes ?? null,
        withinTargetRate: totals.due ? round(totals.within / totals.due) : null,
        responded: totals.responded,
      },
      answerRate: rate(totals.answered),
      solvedRate: rate(totals.solved),
      communityAnswerShare: answers.total ? round(answers.community / answers.total) : null,
      deflections: deflections.n,
      satisfactionAverage: round(satisfaction.average, 2),
      satisfactionCount: satisfaction.n,
      topContributors: contributors.map((c: { accountId: string; answers: number; accepted: number }) => ({
        account: accounts.find((a) => a.id === c.accountId)!,
        answers: c.answers,
        accepted: c.accepted,
      })),
      mostNegativeThreads: negative.map((n: { id: string }) => threads.find((t) => t.id === n.id)!),
      activityHeatmap: heatmap,
      daily: daily.map((d: { date: string; questions: number; median: number | null }) => ({
        date: d.date,
        questions: d.questions,
        medianFirstResponseMinutes: round(d.median, 1),
      })),
    };
  }
}
