// Daily and weekly digests: for each account whose digest is due, one email with their unread notifications,
// popular new threads they have not opened, and unanswered questions, in what they watch (or the whole
// community when they watch nothing). Scheduled in process; every pass runs under a Postgres advisory lock
// (pg_try_advisory_xact_lock), so with several replicas one sends while the others skip, and it is idempotent:
// a digest per account and period is recorded once (the mail outbox's dedupe key digest:<account>:<period>,
// and email_preferences.last_digest_at), so a restart or a second pass never sends it twice. Time comes from
// an injectable clock, so tests move it instead of sleeping.
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AccountEntity } from '../accounts/account.entity';
import { CONFIG, type Config } from '../config/config';
import { inTransaction } from '../database/transaction';
import { MailPurpose } from '../mail/mail-message.entity';
import { translate, type Msg } from '../i18n/translate';
import { composeMail, MailService, mailWords } from '../mail/mail.service';
import { summarize } from './notifications.service';
import { NotificationKind } from './notification.entity';
import { recipientCanSee, recipientsAccess } from './visibility';

/** Key of the advisory lock one digest pass holds (any constant unique to this job). */
export const DIGEST_LOCK_KEY = 1_402_202_614;
export const DIGEST_BATCH = 100;
export const DIGEST_CHECK_MS = 5 * 60_000;
const LIST_MAX = 5;

export type DigestPeriod = 'DAILY' | 'WEEKLY';

/** The period `now` falls in: a UTC day, or an ISO week (Monday to Sunday, UTC). */
export function digestPeriod(kind: DigestPeriod, now: Date): { start: Date; key: string; days: number } {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (kind === 'DAILY') return { start: day, key: day.toISOString().slice(0, 10), days: 1 };
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
  return { start: monday, key: `W${monday.toISOString().slice(0, 10)}`, days: 7 };
}

interface DueAccount {
  id: string;
  email: string;
  display_name: string;
  role: AccountEntity['role'];
  reputation: number;
  locale: string | null;
  since: Date;
}

interface ThreadLine {
  id: string;
  title: string;
  answer_count: number;
  hidden_at: Date | null;
  deleted_at: Date | null;
  author_id: string;
  category_id: string;
}

export interface DigestContent {
  notifications: { summary: Msg; title: string | null; threadId: string | null }[];
  unreadCount: number;
  popular: ThreadLine[];
  unanswered: ThreadLine[];
}

@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DigestScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  /** Replaced in tests to move time. */
  clock: () => Date = () => new Date();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.digestScheduler === 'off') return;
    this.timer = setInterval(() => void this.tick(), DIGEST_CHECK_MS);
    this.timer.unref();
    setTimeout(() => void this.tick(), 10_000).unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  private async tick(): Promise<void> {
    if (this.running || !this.timer) return;
    this.running = this.run();
    try {
      const queued = await this.running;
      if (queued) this.logger.log(`Queued ${queued} digest email(s).`);
    } catch (e) {
      this.logger.error(`Digest pass failed: ${String(e)}`);
    } finally {
      this.running = null;
    }
  }

  /**
   * One pass at the clock's time: every due account, in batches, each batch in a transaction holding the
   * advisory lock (another replica's pass skips while it is held). Returns how many digests were queued;
   * -1 when another process holds the lock.
   */
  async run(now: Date = this.clock()): Promise<number> {
    let queued = 0;
    for (const kind of ['DAILY', 'WEEKLY'] as const) {
      for (;;) {
        const batch = await inTransaction(this.dataSource, (manager) => this.batch(manager, kind, now));
        if (batch === null) return -1;
        queued += batch.queued;
        if (batch.done < DIGEST_BATCH) break;
      }
    }
    if (queued) this.mail.nudge();
    return queued;
  }

  private async batch(
    manager: EntityManager,
    kind: DigestPeriod,
    now: Date,
  ): Promise<{ done: number; queued: number } | null> {
    const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [
      DIGEST_LOCK_KEY,
    ]);
    if (!locked) return null;
    const period = digestPeriod(kind, now);
    // Due: this frequency (no row means the default, WEEKLY), nothing recorded in this period yet, and the
    // account existed before it began (a new account's first digest comes in the next period).
    const due: DueAccount[] = await manager.query(
      `SELECT a.id, a.email, a.display_name, a.role, a.reputation, a.locale,
              greatest(coalesce(p.last_digest_at, a.created_at), $3::timestamptz - make_interval(days => $4)) AS since
       FROM accounts a LEFT JOIN email_preferences p ON p.account_id = a.id
       WHERE coalesce(p.digest::text, 'WEEKLY') = $1 AND a.erased_at IS NULL
         AND coalesce(p.last_digest_at, a.created_at) < $2
       ORDER BY a.id LIMIT $5`,
      [kind, period.start, now, period.days, DIGEST_BATCH],
    );
    let queued = 0;
    for (const account of due) {
      const content = await this.content(manager, account, now);
      if (!content) continue;
      await this.mail.enqueue(manager, {
        purpose: MailPurpose.DIGEST,
        accountId: account.id,
        to: account.email,
        dedupeKey: `digest:${account.id}:${period.key}`,
        content: await this.render(account, kind, content),
      });
      queued += 1;
    }
    await this.mail.markDigest(
      manager,
      due.map((a) => a.id),
      now,
    );
    return { done: due.length, queued };
  }

  /** What one account's digest says; null when there is nothing to tell (no email then). */
  async content(manager: EntityManager, account: DueAccount, now: Date): Promise<DigestContent | null> {
    const notifications: {
      kind: NotificationKind;
      count: number;
      thread_id: string | null;
      title: string | null;
    }[] = await manager.query(
      `SELECT n.kind, n.count, n.thread_id, t.title FROM notifications n LEFT JOIN threads t ON t.id = n.thread_id
         WHERE n.recipient_id = $1 AND n.read_at IS NULL ORDER BY n.created_at DESC LIMIT $2`,
      [account.id, LIST_MAX],
    );
    const [{ unread }] = await manager.query(
      'SELECT count(*)::int AS unread FROM notifications WHERE recipient_id = $1 AND read_at IS NULL',
      [account.id],
    );
    // Threads since the last digest, in what they watch (categories, tags; all when they watch none), not
    // their own, not opened by them, not muted.
    const threads: ThreadLine[] = await manager.query(
      `WITH w AS (SELECT target_type, target_id, level FROM watches WHERE account_id = $1)
       SELECT t.id, t.title, t.answer_count, t.hidden_at, t.deleted_at, t.author_id, t.category_id, t.kind,
              t.popular_score
       FROM threads t
       WHERE t.created_at >= $2 AND t.created_at < $3 AND t.author_id <> $1
         AND t.deleted_at IS NULL AND t.hidden_at IS NULL AND t.kind <> 'ANNOUNCEMENT'
         AND NOT EXISTS (SELECT 1 FROM thread_views v WHERE v.thread_id = t.id AND v.viewer_key = $1::text)
         AND NOT EXISTS (SELECT 1 FROM w WHERE w.level = 'MUTED' AND (
               (w.target_type = 'THREAD' AND w.target_id = t.id::text)
            OR (w.target_type = 'CATEGORY' AND w.target_id = t.category_id::text)
            OR (w.target_type = 'TAG' AND w.target_id = ANY(t.tags))))
         AND (NOT EXISTS (SELECT 1 FROM w WHERE w.target_type IN ('CATEGORY', 'TAG') AND w.level <> 'MUTED')
              OR EXISTS (SELECT 1 FROM w WHERE w.level IN ('WATCHING', 'TRACKING') AND (
                   (w.target_type = 'CATEGORY' AND w.target_id = t.category_id::text)
                OR (w.target_type = 'TAG' AND w.target_id = ANY(t.tags)))))
       ORDER BY t.popular_score DESC, t.created_at DESC LIMIT 50`,
      [account.id, account.since, now],
    );
    const access = (await recipientsAccess(manager, [account])).get(account.id);
    const visible = threads.filter((t) =>
      recipientCanSee(
        account,
        { hiddenAt: t.hidden_at, deletedAt: t.deleted_at, authorId: t.author_id, categoryId: t.category_id },
        null,
        access,
      ),
    );
    const popular = visible.filter((t) => t.answer_count > 0).slice(0, LIST_MAX);
    const unanswered = visible
      .filter((t) => t.answer_count === 0 && (t as ThreadLine & { kind: string }).kind === 'QUESTION')
      .slice(0, LIST_MAX);
    if (!notifications.length && !popular.length && !unanswered.length) return null;
    return {
      notifications: notifications.map((n) => ({
        summary: summarize({ kind: n.kind, count: n.count }),
        title: n.title,
        threadId: n.thread_id,
      })),
      unreadCount: unread,
      popular,
      unanswered,
    };
  }

  /** The digest in the account's language (else the community's). */
  private async render(account: DueAccount, kind: DigestPeriod, c: DigestContent) {
    const base = this.mail.publicUrl;
    const locale = this.mail.localeFor(account.locale);
    const t = mailWords(locale);
    const community = this.mail.communityName;
    const link = (thread: { id: string }) => `${base}/t/${thread.id}`;
    const sections: string[] = [];
    if (c.notifications.length) {
      sections.push(
        [
          t('mail.digest.unread', { count: c.unreadCount }),
          ...c.notifications.map((n) =>
            n.title
              ? `- ${t('mail.digest.notification', { summary: n.summary, title: n.title })}`
              : `- ${translate(locale, n.summary)}`,
          ),
          t('mail.digest.allNotifications', { url: `${base}/notifications` }),
        ].join('\n'),
      );
    }
    if (c.popular.length) {
      sections.push(
        [
          t('mail.digest.popular'),
          ...c.popular.map(
            (thread) =>
              `- ${t('mail.digest.popularThread', { title: thread.title, count: thread.answer_count })} ${link(thread)}`,
          ),
        ].join('\n'),
      );
    }
    if (c.unanswered.length) {
      sections.push(
        [
          t('mail.digest.unanswered'),
          ...c.unanswered.map((thread) => `- ${thread.title} ${link(thread)}`),
        ].join('\n'),
      );
    }
    return composeMail({
      locale,
      subject: t('mail.digest.subject', { period: kind, community }),
      heading: t('mail.digest.heading', { name: account.display_name }),
      body: sections.join('\n\n'),
      link: { url: base, label: t('mail.digest.open', { community }) },
      reason: t('mail.digest.reason', { period: kind }),
      unsubscribeUrl: await this.mail.unsubscribeUrl(account.id, 'digest'),
      community,
    });
  }
}
