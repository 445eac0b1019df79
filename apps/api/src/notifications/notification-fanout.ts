// Turns Q&A changes and direct events into notifications. In the writing transaction it only records the
// event (one notification_events row, and the asker's or answerer's automatic watch); after the commit a
// drain (OutboxDrain, SKIP LOCKED) works out who hears about it, with set-based SQL, so a thread with
// 10 000 watchers costs the writer one row. Then it publishes each new item to its recipient's subscription.
import { extractMentions, markdownToText, MENTIONS_MAX } from '@community/domain';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AccountEntity } from '../accounts/account.entity';
import { OutboxDrain } from '../common/outbox-drain';
import { PubSub } from '../common/pubsub';
import { QaEvents, ThreadChange, ThreadChanged } from '../qa/qa-events';
import { ThreadsService } from '../threads/threads.service';
import { MentionPost } from './mention.entity';
import { COLLAPSE_WHERE, NotificationKind } from './notification.entity';
import { recipientCanSee, recipientsAccess, VisiblePost } from './visibility';
import { WatchLevel } from './watch.entity';

export const notificationTopic = (accountId: string) => `notification:${accountId}`;
export const EXCERPT_LENGTH = 200;
export const BATCH_SIZE = 20;

/** A notification for one person that no Q&A change implies (private message, invitation, suspension). */
export interface DirectNotification {
  kind: NotificationKind;
  recipientId: string;
  threadId?: string | null;
  answerId?: string | null;
  actorId?: string | null;
  excerpt?: string;
  reason?: string | null;
}

export type NotificationPayload =
  | {
      type: 'thread';
      event: ThreadChanged;
      /** The comment a 'commented' event added. */
      commentId?: string | null;
      /** For 'hidden': the post and the moderator's reason. */
      moderation?: { targetType: string; targetId: string; reason: string } | null;
      /** Accounts mentioned in the new post, resolved in the writing transaction. */
      mentions?: string[];
      /** For 'idea-status': the new status and the employee's note. */
      ideaStatus?: { status: string; note: string } | null;
    }
  | { type: 'direct'; notification: DirectNotification };

/** What the subscription and the mail queue get for every item created or grown. */
export interface NotifiedRow {
  id: string;
  recipient_id: string;
  kind: NotificationKind;
  thread_id: string | null;
  answer_id: string | null;
  actor_id: string | null;
  count: number;
  excerpt: string;
  reason: string | null;
  created_at: Date;
  read_at: Date | null;
}

/** Called for the rows a batch created or grew, inside the batch's transaction (email queueing). */
export type NotifiedHook = (manager: EntityManager, rows: NotifiedRow[]) => Promise<void>;

const RECORDED: ReadonlySet<ThreadChange> = new Set<ThreadChange>([
  'created',
  'answered',
  'commented',
  'accepted',
  'hidden',
  'idea-status',
  // Edits notify only the people they newly mention.
  'edited',
  'answer-edited',
]);

interface ThreadRow extends VisiblePost {
  categoryId: string;
  id: string;
  author_id: string;
  category_id: string;
  tags: string[];
  title: string;
  body: string;
  hidden_at: Date | null;
  deleted_at: Date | null;
}

interface PostRow {
  id: string;
  author_id: string;
  body: string;
  official?: boolean;
  answer_id?: string | null;
  hidden_at: Date | null;
  deleted_at: Date | null;
}

type Recipients = Map<string, NotificationKind>;

/** The post whose text an event wrote, where mentions are looked for. */
function mentionSource(
  event: ThreadChanged,
  commentId: string | null | undefined,
): { type: MentionPost; id: string } | null {
  switch (event.change) {
    case 'created':
    case 'edited':
      return { type: MentionPost.THREAD, id: event.threadId };
    case 'answered':
    case 'answer-edited':
      return event.answerId ? { type: MentionPost.ANSWER, id: event.answerId } : null;
    case 'commented':
      return commentId ? { type: MentionPost.COMMENT, id: commentId } : null;
    default:
      return null;
  }
}

const excerptOf = (markdown: string) => {
  const text = markdownToText(markdown).replace(/\s+/g, ' ').trim();
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
};
const asPost = (row: { hidden_at: Date | null; deleted_at: Date | null }): VisiblePost => ({
  hiddenAt: row.hidden_at,
  deletedAt: row.deleted_at,
});

@Injectable()
export class NotificationFanout implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(NotificationFanout.name);
  private readonly drainer: OutboxDrain<{ id: string; attempts: number; payload: NotificationPayload }>;
  private readonly hooks: NotifiedHook[] = [];
  private toPublish: NotifiedRow[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: QaEvents,
    private readonly threads: ThreadsService,
    private readonly pubsub: PubSub,
  ) {
    this.drainer = new OutboxDrain(dataSource, {
      name: 'NotificationFanout',
      table: 'notification_events',
      statusType: 'notification_event_status',
      columns: 'id, attempts, payload',
      batchSize: BATCH_SIZE,
      maxAttempts: 8,
      retryBaseSeconds: 2,
      pollMs: 1000,
      handle: (manager, rows) => this.handle(manager, rows),
      afterCommit: () => this.publish(),
    });
  }

  onModuleInit(): void {
    this.events.register({
      onThreadChanged: (manager, event) => this.record(manager, event),
      afterCommit: (event) => {
        if (RECORDED.has(event.change)) this.drainer.nudge();
      },
    });
  }

  onApplicationBootstrap(): void {
    this.drainer.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.drainer.stop();
  }

  /** Another feature's hook for new or grown items (the mail queue). */
  onNotified(hook: NotifiedHook): void {
    this.hooks.push(hook);
  }

  /** Drains every ready event now (tests, tools). */
  drain(): Promise<number> {
    return this.drainer.drain();
  }

  nudge(): void {
    this.drainer.nudge();
  }

  /** Records a direct notification in the caller's transaction; it is delivered after the commit. */
  async notify(manager: EntityManager, notification: DirectNotification): Promise<void> {
    await this.enqueue(manager, { type: 'direct', notification });
    // The caller's transaction has not committed yet: wake the drain a little later (the poll is the backstop).
    setTimeout(() => this.drainer.nudge(), 50).unref();
  }

  private async enqueue(manager: EntityManager, payload: NotificationPayload): Promise<void> {
    await manager.query('INSERT INTO notification_events (payload) VALUES ($1)', [JSON.stringify(payload)]);
  }

  /** In the writing transaction: the automatic watch, and the event with what only this moment knows. */
  private async record(manager: EntityManager, event: ThreadChanged): Promise<void> {
    if (!RECORDED.has(event.change)) return;
    if ((event.change === 'created' || event.change === 'answered') && event.actorId) {
      // Askers and answerers watch their threads; an explicit choice (even MUTED) is kept.
      await manager.query(
        `INSERT INTO watches (account_id, target_type, target_id, level, explicit)
         VALUES ($1, 'THREAD', $2, 'WATCHING', false) ON CONFLICT DO NOTHING`,
        [event.actorId, event.threadId],
      );
    }
    const payload: NotificationPayload = { type: 'thread', event };
    if (event.change === 'commented' && event.actorId) {
      const [row]: { id: string }[] = await manager.query(
        `SELECT id FROM comments WHERE thread_id = $1 AND author_id = $2 ORDER BY created_at DESC, id DESC LIMIT 1`,
        [event.threadId, event.actorId],
      );
      payload.commentId = row?.id ?? null;
    }
    const post = mentionSource(event, payload.commentId);
    if (post) {
      payload.mentions = await this.recordMentions(manager, event.threadId, post);
      // An edit is only news to the people it newly mentions.
      if ((event.change === 'edited' || event.change === 'answer-edited') && !payload.mentions.length) return;
    }
    if (event.change === 'hidden') {
      const [row]: { target_type: string; target_id: string; reason: string }[] = await manager.query(
        `SELECT target_type, target_id, reason FROM moderation_actions
         WHERE action = 'HIDE' AND actor_id = $1 AND after ->> 'threadId' = $2
         ORDER BY created_at DESC, id DESC LIMIT 1`,
        [event.actorId, event.threadId],
      );
      if (!row) return;
      payload.moderation = { targetType: row.target_type, targetId: row.target_id, reason: row.reason };
    }
    if (event.change === 'idea-status') {
      const [row]: { status: string; note: string }[] = await manager.query(
        `SELECT status, note FROM idea_status_changes WHERE thread_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
        [event.threadId],
      );
      if (!row) return;
      payload.ideaStatus = { status: row.status, note: row.note };
    }
    await this.enqueue(manager, payload);
  }

  /**
   * Records who the post mentions (existing accounts, not its author, at most MENTIONS_MAX per post over all
   * its edits) and returns those mentioned for the first time; whether each may see the post is decided when
   * the notifications are made.
   */
  private async recordMentions(
    manager: EntityManager,
    threadId: string,
    post: { type: MentionPost; id: string },
  ): Promise<string[]> {
    const table = { THREAD: 'threads', ANSWER: 'answers', COMMENT: 'comments' }[post.type];
    const [row]: { body: string; author_id: string }[] = await manager.query(
      `SELECT body, author_id FROM ${table} WHERE id = $1`,
      [post.id],
    );
    const handles = row ? extractMentions(row.body) : [];
    if (!handles.length) return [];
    const rows: { account_id: string }[] = await manager.query(
      `WITH known AS (SELECT count(*)::int AS n FROM mentions WHERE post_id = $1),
       wanted AS (
         SELECT a.id, h.ord FROM unnest($2::text[]) WITH ORDINALITY AS h(handle, ord)
         JOIN accounts a ON a.handle = h.handle
         WHERE a.id <> $3 AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.post_id = $1 AND m.account_id = a.id)
         ORDER BY h.ord LIMIT GREATEST(0, $4 - (SELECT n FROM known)))
       INSERT INTO mentions (post_id, account_id, post_type, thread_id)
       SELECT $1, id, $5, $6 FROM wanted ORDER BY ord
       ON CONFLICT DO NOTHING RETURNING account_id`,
      [post.id, handles, row.author_id, MENTIONS_MAX, post.type, threadId],
    );
    return rows.map((r) => r.account_id);
  }

  private async handle(
    manager: EntityManager,
    rows: { id: string; payload: NotificationPayload }[],
  ): Promise<void> {
    this.toPublish = [];
    const notified: NotifiedRow[] = [];
    for (const row of rows) {
      const p = row.payload;
      notified.push(
        ...(p.type === 'direct' ? await this.direct(manager, p.notification) : await this.fanOut(manager, p)),
      );
    }
    for (const hook of this.hooks) await hook(manager, notified);
    this.toPublish = notified;
  }

  private publish(): void {
    const rows = this.toPublish;
    this.toPublish = [];
    for (const row of rows) {
      this.pubsub
        .publish(notificationTopic(row.recipient_id), row)
        .catch((e: unknown) => this.logger.warn(`Notification not published: ${String(e)}`));
    }
  }

  private async direct(manager: EntityManager, n: DirectNotification): Promise<NotifiedRow[]> {
    let thread: ThreadRow | undefined;
    if (n.threadId) {
      thread = await this.loadThread(manager, n.threadId);
      if (!thread) return [];
    }
    const recipients: Recipients = new Map([[n.recipientId, n.kind]]);
    // Moderation notices concern the recipient's own post, which they may no longer see: they always go out.
    const check = n.kind !== NotificationKind.MODERATION && thread ? thread : null;
    return this.insert(manager, recipients, {
      threadId: n.threadId ?? null,
      answerId: n.answerId ?? null,
      actorId: n.actorId ?? null,
      excerpt: excerptOf(n.excerpt ?? ''),
      reason: n.reason ?? null,
      thread: check,
      post: null,
      muteExempt: n.kind === NotificationKind.PRIVATE_MESSAGE || n.kind === NotificationKind.MODERATION,
    });
  }

  private async fanOut(
    manager: EntityManager,
    p: Extract<NotificationPayload, { type: 'thread' }>,
  ): Promise<NotifiedRow[]> {
    const { event } = p;
    const thread = await this.loadThread(manager, event.threadId);
    if (!thread) return [];
    const recipients: Recipients = new Map();
    const base = { threadId: thread.id, actorId: event.actorId ?? null, reason: null, thread };
    switch (event.change) {
      case 'created': {
        this.addMentions(recipients, p.mentions);
        for (const id of await this.newThreadWatchers(manager, thread))
          if (!recipients.has(id)) recipients.set(id, NotificationKind.WATCHED_NEW_THREAD);
        return this.insert(manager, recipients, {
          ...base,
          answerId: null,
          excerpt: excerptOf(thread.body),
          post: null,
        });
      }
      case 'answered': {
        const answer = event.answerId ? await this.loadAnswer(manager, event.answerId) : undefined;
        if (!answer) return [];
        this.addMentions(recipients, p.mentions);
        recipients.set(
          thread.author_id,
          answer.official ? NotificationKind.OFFICIAL_ANSWER : NotificationKind.ANSWER,
        );
        for (const id of await this.replyWatchers(manager, thread, [
          WatchLevel.WATCHING,
          WatchLevel.TRACKING,
        ]))
          if (!recipients.has(id)) recipients.set(id, NotificationKind.WATCHED_REPLY);
        return this.insert(manager, recipients, {
          ...base,
          answerId: answer.id,
          excerpt: excerptOf(answer.body),
          post: asPost(answer),
        });
      }
      case 'commented': {
        const [comment]: PostRow[] = p.commentId
          ? await manager.query(
              'SELECT id, author_id, body, answer_id, hidden_at, deleted_at FROM comments WHERE id = $1',
              [p.commentId],
            )
          : [];
        if (!comment) return [];
        const answer = comment.answer_id ? await this.loadAnswer(manager, comment.answer_id) : undefined;
        this.addMentions(recipients, p.mentions);
        recipients.set((answer ?? thread).author_id, NotificationKind.COMMENT);
        for (const id of await this.replyWatchers(manager, thread, [WatchLevel.WATCHING]))
          if (!recipients.has(id)) recipients.set(id, NotificationKind.WATCHED_REPLY);
        return this.insert(manager, recipients, {
          ...base,
          answerId: answer?.id ?? null,
          excerpt: excerptOf(comment.body),
          post: answer && (answer.hidden_at || answer.deleted_at) ? asPost(answer) : asPost(comment),
        });
      }
      case 'edited':
      case 'answer-edited': {
        // Only the people the edit newly mentions hear about it.
        const answer =
          event.change === 'answer-edited' && event.answerId
            ? await this.loadAnswer(manager, event.answerId)
            : undefined;
        if (event.change === 'answer-edited' && !answer) return [];
        this.addMentions(recipients, p.mentions);
        return this.insert(manager, recipients, {
          ...base,
          answerId: answer?.id ?? null,
          excerpt: excerptOf(answer?.body ?? thread.body),
          post: answer ? asPost(answer) : null,
        });
      }
      case 'accepted': {
        const answer = event.answerId ? await this.loadAnswer(manager, event.answerId) : undefined;
        if (!answer) return [];
        recipients.set(answer.author_id, NotificationKind.ACCEPTED);
        return this.insert(manager, recipients, {
          ...base,
          answerId: answer.id,
          excerpt: excerptOf(answer.body),
          post: asPost(answer),
        });
      }
      case 'hidden': {
        const m = p.moderation;
        if (!m) return [];
        const table =
          m.targetType === 'ANSWER' ? 'answers' : m.targetType === 'COMMENT' ? 'comments' : 'threads';
        const [post]: { author_id: string; body: string }[] = await manager.query(
          `SELECT author_id, body FROM ${table} WHERE id = $1`,
          [m.targetId],
        );
        if (!post) return [];
        recipients.set(post.author_id, NotificationKind.MODERATION);
        return this.insert(manager, recipients, {
          ...base,
          answerId: m.targetType === 'ANSWER' ? m.targetId : null,
          excerpt: excerptOf(post.body),
          reason: m.reason,
          thread: null,
          post: null,
          muteExempt: true,
        });
      }
      case 'idea-status': {
        const change = p.ideaStatus;
        if (!change) return [];
        // The person who shared it, everyone who voted it up, and whoever watches it (or its category or tag).
        recipients.set(thread.author_id, NotificationKind.IDEA_STATUS);
        for (const id of await this.upVoters(manager, thread.id))
          recipients.set(id, NotificationKind.IDEA_STATUS);
        for (const id of await this.replyWatchers(manager, thread, [
          WatchLevel.WATCHING,
          WatchLevel.TRACKING,
        ]))
          recipients.set(id, NotificationKind.IDEA_STATUS);
        return this.insert(manager, recipients, {
          ...base,
          answerId: null,
          excerpt: excerptOf(change.note),
          reason: change.status,
          post: null,
        });
      }
      default:
        return [];
    }
  }

  /** Accounts whose vote on the thread is up (an idea's supporters). */
  private async upVoters(manager: EntityManager, threadId: string): Promise<string[]> {
    const rows: { account_id: string }[] = await manager.query(
      `SELECT account_id FROM votes WHERE target_id = $1 AND value > 0`,
      [threadId],
    );
    return rows.map((r) => r.account_id);
  }

  private addMentions(recipients: Recipients, mentions: string[] | undefined): void {
    for (const id of mentions ?? []) recipients.set(id, NotificationKind.MENTION);
  }

  private async loadThread(manager: EntityManager, id: string): Promise<ThreadRow | undefined> {
    const [thread]: ThreadRow[] = await manager.query(
      `SELECT id, author_id, category_id, tags, title, body, hidden_at, deleted_at,
              hidden_at AS "hiddenAt", deleted_at AS "deletedAt", author_id AS "authorId",
              category_id AS "categoryId" FROM threads WHERE id = $1`,
      [id],
    );
    return thread;
  }

  private async loadAnswer(manager: EntityManager, id: string): Promise<PostRow | undefined> {
    const [answer]: PostRow[] = await manager.query(
      'SELECT id, author_id, body, official, hidden_at, deleted_at FROM answers WHERE id = $1',
      [id],
    );
    return answer;
  }

  /** Watchers of the category or a tag at WATCHING or TRACKING who mute none of them. */
  private async newThreadWatchers(manager: EntityManager, thread: ThreadRow): Promise<string[]> {
    const rows: { account_id: string }[] = await manager.query(
      `SELECT account_id FROM watches
       WHERE (target_type = 'CATEGORY' AND target_id = $1) OR (target_type = 'TAG' AND target_id = ANY($2))
       GROUP BY account_id
       HAVING bool_or(level IN ('WATCHING', 'TRACKING')) AND NOT bool_or(level = 'MUTED')`,
      [thread.category_id, thread.tags],
    );
    return rows.map((r) => r.account_id);
  }

  /**
   * Who hears about a reply: a thread-level watch at one of `threadLevels` decides; without one, watching the
   * category or a tag (and muting none of them) counts.
   */
  private async replyWatchers(
    manager: EntityManager,
    thread: ThreadRow,
    threadLevels: WatchLevel[],
  ): Promise<string[]> {
    const rows: { account_id: string }[] = await manager.query(
      `SELECT account_id FROM watches
       WHERE (target_type = 'THREAD' AND target_id = $1) OR (target_type = 'CATEGORY' AND target_id = $2)
          OR (target_type = 'TAG' AND target_id = ANY($3))
       GROUP BY account_id
       HAVING bool_or(target_type = 'THREAD' AND level::text = ANY($4))
           OR (NOT bool_or(target_type = 'THREAD')
               AND bool_or(level = 'WATCHING') AND NOT bool_or(level = 'MUTED'))`,
      [thread.id, thread.category_id, thread.tags, threadLevels],
    );
    return rows.map((r) => r.account_id);
  }

  /** Drops the actor, muted and unable-to-see recipients, then inserts or grows one item each. */
  private async insert(
    manager: EntityManager,
    recipients: Recipients,
    n: {
      threadId: string | null;
      answerId: string | null;
      actorId: string | null;
      excerpt: string;
      reason: string | null;
      thread: ThreadRow | null;
      post: VisiblePost | null;
      muteExempt?: boolean;
    },
  ): Promise<NotifiedRow[]> {
    if (n.actorId) recipients.delete(n.actorId);
    if (!recipients.size) return [];
    if (n.threadId && !n.muteExempt) {
      const muted: { account_id: string }[] = await manager.query(
        `SELECT account_id FROM watches
         WHERE target_type = 'THREAD' AND target_id = $1 AND level = 'MUTED' AND account_id = ANY($2)`,
        [n.threadId, [...recipients.keys()]],
      );
      for (const m of muted) recipients.delete(m.account_id);
    }
    const accounts: Pick<AccountEntity, 'id' | 'role' | 'reputation'>[] = await manager.query(
      'SELECT id, role, reputation FROM accounts WHERE id = ANY($1)',
      [[...recipients.keys()]],
    );
    const ids: string[] = [];
    const kinds: NotificationKind[] = [];
    const access = n.thread ? await recipientsAccess(manager, accounts) : null;
    for (const account of accounts) {
      if (n.thread && !recipientCanSee(account, n.thread, n.post, access!.get(account.id))) continue;
      ids.push(account.id);
      kinds.push(recipients.get(account.id)!);
    }
    if (!ids.length) return [];
    return manager.query(
      `INSERT INTO notifications (recipient_id, kind, thread_id, answer_id, actor_id, excerpt, reason)
       SELECT r, k, $3, $4, $5, $6, $7 FROM unnest($1::uuid[], $2::notification_kind[]) AS x(r, k)
       ON CONFLICT (recipient_id, thread_id, kind) WHERE ${COLLAPSE_WHERE}
       DO UPDATE SET count = notifications.count + 1, answer_id = EXCLUDED.answer_id,
         actor_id = EXCLUDED.actor_id, excerpt = EXCLUDED.excerpt, reason = EXCLUDED.reason, created_at = now()
       RETURNING id, recipient_id, kind, thread_id, answer_id, actor_id, count, excerpt, reason, created_at, read_at`,
      [ids, kinds, n.threadId, n.answerId, n.actorId, n.excerpt, n.reason],
    );
  }
}
