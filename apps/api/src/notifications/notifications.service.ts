// A person's notifications (list, unread count, mark read) and watches (watch, myWatches, invitations).
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountsService } from '../accounts/accounts.service';
import { CategoriesService } from '../categories/categories.service';
import { Connection, decodeCursor, encodeCursor, isUuid, toConnection } from '../common/connection';
import { Viewer } from '../common/context';
import { Guardian } from '../guardian/guardian';
import { badInput, notFound } from '../common/errors';
import { RateLimits } from '../common/rate-limits';
import { msg, type Msg } from '../i18n/translate';
import { inTransaction } from '../database/transaction';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadsService } from '../threads/threads.service';
import { NotificationFanout, NotifiedRow } from './notification-fanout';
import { NotificationEntity, NotificationKind } from './notification.entity';
import { HandleSuggestionsArgs, NotificationsArgs } from './notification.model';
import { InviteToAnswerInput, MarkNotificationsReadInput, WatchInput } from './notifications.inputs';
import { recipientCanSee, recipientsAccess } from './visibility';
import { WatchEntity, WatchTarget } from './watch.entity';
import { ErasedPerson, ErasureCounts, eraseRows } from '../common/erasure';

type Cursor = { t: string; id: string };
const isCursor = (v: unknown): v is Cursor =>
  typeof (v as Cursor)?.t === 'string' && typeof (v as Cursor)?.id === 'string';

/** Idea statuses a notification's reason may name (the summary words each one). */
const IDEA_STATUSES = new Set(['UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'SHIPPED', 'DECLINED']);

/** The one-line text of an item, for the bell, the page and emails, worded in the reader's language. */
export function summarize(n: Pick<NotificationEntity, 'kind' | 'count'> & { reason?: string | null }): Msg {
  const count = { count: n.count };
  switch (n.kind) {
    case NotificationKind.ANSWER:
      return msg('notifications.summary.answer', count);
    case NotificationKind.OFFICIAL_ANSWER:
      return msg('notifications.summary.officialAnswer', count);
    case NotificationKind.COMMENT:
      return msg('notifications.summary.comment', count);
    case NotificationKind.ACCEPTED:
      return msg('notifications.summary.accepted');
    case NotificationKind.MENTION:
      return msg('notifications.summary.mention', count);
    case NotificationKind.PRIVATE_MESSAGE:
      return msg('notifications.summary.privateMessage', count);
    case NotificationKind.WATCHED_REPLY:
      return msg('notifications.summary.watchedReply', count);
    case NotificationKind.WATCHED_NEW_THREAD:
      return msg('notifications.summary.watchedNewThread');
    case NotificationKind.INVITED_TO_ANSWER:
      return msg('notifications.summary.invitedToAnswer');
    case NotificationKind.MODERATION:
      return msg('notifications.summary.moderation');
    case NotificationKind.ASSIGNED:
      return msg('notifications.summary.assigned');
    case NotificationKind.IDEA_STATUS:
      return n.reason && IDEA_STATUSES.has(n.reason)
        ? msg('notifications.summary.ideaStatusNow', { status: n.reason })
        : msg('notifications.summary.ideaStatusChanged');
  }
}

export const toEntity = (row: NotifiedRow): NotificationEntity =>
  Object.assign(new NotificationEntity(), {
    id: row.id,
    recipientId: row.recipient_id,
    kind: row.kind,
    threadId: row.thread_id,
    answerId: row.answer_id,
    actorId: row.actor_id,
    count: row.count,
    excerpt: row.excerpt,
    reason: row.reason,
    createdAt: new Date(row.created_at),
    readAt: row.read_at ? new Date(row.read_at) : null,
  });

@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    @InjectRepository(WatchEntity) private readonly watches: Repository<WatchEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly fanout: NotificationFanout,
    private readonly threads: ThreadsService,
    private readonly categories: CategoriesService,
    private readonly accounts: AccountsService,
    private readonly rateLimits: RateLimits,
  ) {}

  /** Newest first (the latest event of each item). */
  async list(guardian: Guardian, args: NotificationsArgs): Promise<Connection<NotificationEntity>> {
    const account = guardian.ensure(guardian.signedIn('see your notifications'));
    const after = decodeCursor(args.after, isCursor);
    const q = this.notifications
      .createQueryBuilder('n')
      .where('n.recipient_id = :id', { id: account.id })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(args.first + 1);
    if (args.unreadOnly) q.andWhere('n.read_at IS NULL');
    if (after) q.andWhere('(n.created_at, n.id) < (:t, :cid)', { t: after.t, cid: after.id });
    const rows = await q.getMany();
    return toConnection(rows, args.first, (n) => encodeCursor({ t: n.createdAt.toISOString(), id: n.id }));
  }

  async unreadCount(guardian: Guardian): Promise<number> {
    const account = guardian.ensure(guardian.signedIn('see your notifications'));
    return this.notifications.count({ where: { recipientId: account.id, readAt: IsNull() } });
  }

  /** Marks the given (own) items, or all, read; returns how many were unread and now are read. */
  async markRead(guardian: Guardian, input: MarkNotificationsReadInput): Promise<number> {
    const account = guardian.ensure(guardian.signedIn('mark notifications read'));
    if (!input.all && !input.ids?.length) throw badInput('ids', msg('errors.notifications.giveIds'));
    const rows: unknown[] = input.all
      ? await this.dataSource.query(
          'UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL RETURNING id',
          [account.id],
        )
      : await this.dataSource.query(
          `UPDATE notifications SET read_at = now()
           WHERE recipient_id = $1 AND read_at IS NULL AND id = ANY($2::uuid[]) RETURNING id`,
          [account.id, input.ids],
        );
    // UPDATE … RETURNING comes back as [rows, count] through TypeORM's query().
    const list = Array.isArray(rows[0]) ? (rows[0] as unknown[]) : rows;
    return list.length;
  }

  /** Marks the viewer's unread items about a thread read (they opened it). */
  async markThreadRead(viewer: Viewer | null, threadId: string): Promise<void> {
    if (!viewer || !isUuid(threadId)) return;
    await this.dataSource.query(
      `UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND thread_id = $2 AND read_at IS NULL`,
      [viewer.account.id, threadId],
    );
  }

  byId(id: string): Promise<NotificationEntity | null> {
    return this.notifications.findOne({ where: { id } });
  }

  // ---- watching ----

  async watch(guardian: Guardian, input: WatchInput): Promise<WatchEntity> {
    const account = guardian.ensure(guardian.signedIn('watch'));
    const targetId = await this.checkTarget(guardian, input.targetType, input.targetId);
    await this.dataSource.query(
      `INSERT INTO watches (account_id, target_type, target_id, level, explicit) VALUES ($1, $2, $3, $4, true)
       ON CONFLICT (account_id, target_type, target_id) DO UPDATE SET level = EXCLUDED.level, explicit = true`,
      [account.id, input.targetType, targetId, input.level],
    );
    return (await this.watches.findOne({
      where: { accountId: account.id, targetType: input.targetType, targetId },
    }))!;
  }

  async myWatches(guardian: Guardian, targetType?: WatchTarget | null): Promise<WatchEntity[]> {
    const account = guardian.ensure(guardian.signedIn('see what you watch'));
    return this.watches.find({
      where: { accountId: account.id, ...(targetType ? { targetType } : {}) },
      order: { createdAt: 'DESC' },
      take: 500,
    });
  }

  /** The viewer's watch on one target (null: NORMAL by default). */
  async watchOf(
    viewer: Viewer | null,
    targetType: WatchTarget,
    targetId: string,
  ): Promise<WatchEntity | null> {
    if (!viewer) return null;
    return this.watches.findOne({ where: { accountId: viewer.account.id, targetType, targetId } });
  }

  /** Labels for a list of watches: thread titles and category names, two queries. */
  async labels(watches: WatchEntity[]): Promise<Map<string, string>> {
    const threadIds = watches.filter((w) => w.targetType === WatchTarget.THREAD).map((w) => w.targetId);
    const categoryIds = watches.filter((w) => w.targetType === WatchTarget.CATEGORY).map((w) => w.targetId);
    const labels = new Map<string, string>();
    if (threadIds.length) {
      const rows: { id: string; title: string }[] = await this.dataSource.query(
        'SELECT id, title FROM threads WHERE id = ANY($1::uuid[])',
        [threadIds],
      );
      for (const r of rows) labels.set(r.id, r.title);
    }
    if (categoryIds.length) {
      const rows: { id: string; name: string }[] = await this.dataSource.query(
        'SELECT id, name FROM categories WHERE id = ANY($1::uuid[])',
        [categoryIds],
      );
      for (const r of rows) labels.set(r.id, r.name);
    }
    return labels;
  }

  private async checkTarget(guardian: Guardian, type: WatchTarget, id: string): Promise<string> {
    if (type === WatchTarget.TAG) {
      const tag = id.toLowerCase();
      if (!/^[\p{L}\p{N}][\p{L}\p{N}-]{0,39}$/u.test(tag))
        throw badInput('targetId', msg('errors.notifications.tagRule'));
      return tag;
    }
    if (type === WatchTarget.THREAD) {
      if (!(await this.threads.findVisible(guardian, id))) throw notFound('thread');
      return id;
    }
    const rows: unknown[] = isUuid(id)
      ? await this.dataSource.query('SELECT 1 FROM categories WHERE id = $1', [id])
      : [];
    if (!rows.length) throw notFound('category');
    return id;
  }

  // ---- mentions and invitations ----

  /**
   * People whose handle (or display name) starts with `prefix`, for @mention autocomplete and the invitation
   * picker: signed-in only (guests do not write, and the member list is not scraped through it), rate limited,
   * at most HANDLE_SUGGESTIONS_MAX. With a thread, only people who can see it, its participants first.
   */
  async handleSuggestions(guardian: Guardian, args: HandleSuggestionsArgs): Promise<AccountEntity[]> {
    const account = guardian.ensure(guardian.signedIn('look up people'));
    await this.rateLimits.consume('handleLookupsPerAccount', account.id);
    let thread: ThreadEntity | null = null;
    if (args.threadId) {
      thread = await this.threads.findVisible(guardian, args.threadId);
      if (!thread) throw notFound('thread');
    }
    const like = `${args.prefix.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT a.id FROM accounts a
       WHERE a.erased_at IS NULL AND (a.handle LIKE $1 OR lower(a.display_name) LIKE $1)
       ORDER BY (a.id IN (SELECT author_id FROM threads WHERE id = $2
                          UNION SELECT author_id FROM answers WHERE thread_id = $2)) DESC,
                (a.handle LIKE $1) DESC, a.reputation DESC, a.handle
       LIMIT $3`,
      [like, thread?.id ?? null, (args.first ?? 6) * 3],
    );
    const found = await this.accounts.findByIds(rows.map((r) => r.id));
    const byId = new Map(found.map((a) => [a.id, a]));
    const access = thread ? await recipientsAccess(this.dataSource, found) : null;
    return rows
      .map((r) => byId.get(r.id))
      .filter(
        (a): a is AccountEntity => !!a && (!thread || recipientCanSee(a, thread, null, access!.get(a.id))),
      )
      .slice(0, args.first ?? 6);
  }

  /**
   * Asks a member who knows the subject to answer; they get INVITED_TO_ANSWER (if they can see the thread).
   * Limits: one invitation per person and thread, INVITATIONS_PER_THREAD from one inviter per thread, and the
   * daily invitationsPerAccount rate limit.
   */
  async inviteToAnswer(guardian: Guardian, input: InviteToAnswerInput): Promise<boolean> {
    const account = guardian.ensure(guardian.active('invite people to answer'));
    const thread = await this.threads.findVisible(guardian, input.threadId);
    if (!thread) throw notFound('thread');
    if (!guardian.posts.canAnswer(thread).allowed) throw badInput('threadId', msg('errors.invite.noAnswers'));
    if (input.accountId === account.id) throw badInput('accountId', msg('errors.invite.yourself'));
    const invitee = await this.accounts.findById(input.accountId);
    if (!invitee || invitee.erasedAt) throw notFound('account');
    if (invitee.id === thread.authorId)
      throw badInput('accountId', msg('errors.invite.asker', { name: invitee.displayName }));
    const access = await recipientsAccess(this.dataSource, [invitee]);
    if (!recipientCanSee(invitee, thread, null, access.get(invitee.id)))
      throw badInput('accountId', msg('errors.invite.cannotSee'));
    const [sent]: { invitee: boolean; mine: number }[] = await this.dataSource.query(
      `SELECT bool_or(recipient_id = $3) AS invitee, count(*) FILTER (WHERE actor_id = $2)::int AS mine
       FROM notifications WHERE kind = 'INVITED_TO_ANSWER' AND thread_id = $1`,
      [thread.id, account.id, invitee.id],
    );
    if (sent?.invitee)
      throw badInput('accountId', msg('errors.invite.already', { name: invitee.displayName }));
    if ((sent?.mine ?? 0) >= INVITATIONS_PER_THREAD)
      throw badInput('accountId', msg('errors.invite.perThread', { count: INVITATIONS_PER_THREAD }));
    await this.rateLimits.consume('invitationsPerAccount', account.id);
    await inTransaction(this.dataSource, (manager) =>
      this.fanout.notify(manager, {
        kind: NotificationKind.INVITED_TO_ANSWER,
        recipientId: invitee.id,
        threadId: thread.id,
        actorId: account.id,
        excerpt: thread.title,
        reason: `${account.displayName} thinks you know the answer.`,
      }),
    );
    return true;
  }

  /** Erasure: the person's notifications, watches and mentions go; others' notifications lose the quote of what they wrote (private replies included). */
  erasePerson(manager: EntityManager, person: ErasedPerson): Promise<ErasureCounts> {
    return eraseRows(
      manager,
      {
        notifications: 'DELETE FROM notifications WHERE recipient_id = $1',
        notificationExcerpts: `UPDATE notifications SET excerpt = '' WHERE actor_id = $1`,
        watches: 'DELETE FROM watches WHERE account_id = $1',
        mentions: 'DELETE FROM mentions WHERE account_id = $1',
      },
      [person.id],
    );
  }
}

/** How many people one member may invite to answer one thread. */
export const INVITATIONS_PER_THREAD = 5;
