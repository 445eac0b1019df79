// Moderation: flags and their queue, and the moderators' actions on posts, threads and accounts. Every action
// runs in one QaEvents transaction that also writes its audit row (who, what, target, why, before, after).
import { markdownToText, normaliseTags } from '@community/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { requireActive, requireViewer } from '../accounts/accounts.policy';
import { AnswerEntity } from '../answers/answer.entity';
import { CategoryEntity } from '../categories/category.entity';
import { CommentEntity } from '../comments/comment.entity';
import { Connection, decodeCursor, encodeCursor, isUuid, PageArgs, toConnection } from '../common/connection';
import { Viewer } from '../common/context';
import { badInput, forbidden, notFound } from '../common/errors';
import { Emit, QaEvents, ThreadChange } from '../qa/qa-events';
import { RevisionTarget } from '../threads/revision.entity';
import { ThreadEntity } from '../threads/thread.entity';
import { TAGS_MAX } from '../threads/threads.inputs';
import { ThreadsService } from '../threads/threads.service';
import { FlagEntity, FlagStatus, ModerationTarget } from './flag.entity';
import { ModerationActionEntity } from './moderation-action.entity';
import {
  AccountActionInput,
  CloseAsDuplicateInput,
  EditTagsInput,
  FlagInput,
  ModerationLogArgs,
  MoveThreadInput,
  PinThreadInput,
  PostActionInput,
  ResolveFlagsInput,
  SuspendAccountInput,
  ThreadActionInput,
} from './moderation.inputs';
import { FlagGroupModel } from './moderation.model';
import { ModerationActionKind as Action, MODERATION_POLICY, moderationPolicy } from './moderation.policy';

type Snapshot = Record<string, unknown>;

/** A thread, answer or comment found by id, with the thread it belongs to. */
interface Located {
  type: ModerationTarget.THREAD | ModerationTarget.ANSWER | ModerationTarget.COMMENT;
  thread: ThreadEntity;
  answer?: AnswerEntity;
  comment?: CommentEntity;
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const threadState = (t: ThreadEntity): Snapshot => ({
  hiddenAt: iso(t.hiddenAt),
  lockedAt: iso(t.lockedAt),
  closedAt: iso(t.closedAt),
  duplicateOfId: t.duplicateOfId,
  categoryId: t.categoryId,
  tags: t.tags,
  pinnedUntil: iso(t.pinnedUntil),
  featuredAt: iso(t.featuredAt),
});

type GroupCursor = [string, string];
const isGroupCursor = (v: unknown): v is GroupCursor =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string';
const isLogCursor = (v: unknown): v is string => typeof v === 'string' && /^\d+$/.test(v);

@Injectable()
export class ModerationService {
  constructor(
    @InjectRepository(FlagEntity) private readonly flags: Repository<FlagEntity>,
    @InjectRepository(ModerationActionEntity) private readonly log: Repository<ModerationActionEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly events: QaEvents,
  ) {}

  /** The moderator doing `what`; UNAUTHENTICATED for visitors, FORBIDDEN for everyone the table leaves out. */
  requireModerator(viewer: Viewer | null, what: keyof typeof MODERATION_POLICY): Viewer {
    const v = requireViewer(viewer, 'moderate');
    if (!moderationPolicy.may(v.account.role, what)) throw forbidden('Only moderators can do this.');
    return v;
  }

  private reason(reason: string | undefined): string {
    const r = reason?.trim();
    if (!r) throw badInput('reason', 'Give a reason: it is written to the audit log.');
    return r;
  }

  private async audit(
    manager: EntityManager,
    actor: AccountEntity,
    action: Action,
    target: { type: ModerationTarget; id: string },
    reason: string,
    before: Snapshot | null,
    after: Snapshot | null,
  ): Promise<ModerationActionEntity> {
    return manager.save(
      manager.create(ModerationActionEntity, {
        actorId: actor.id,
        action,
        targetType: target.type,
        targetId: target.id,
        reason,
        before,
        after,
      }),
    );
  }

  /** Runs a moderator's action on a thread: lock it, change it, save, audit, and announce the change. */
  private threadAction(
    viewer: Viewer | null,
    action: Action,
    input: ThreadActionInput,
    change: ThreadChange,
    apply: (thread: ThreadEntity, manager: EntityManager, emit: Emit) => Promise<void> | void,
  ): Promise<ModerationActionEntity> {
    const { account } = this.requireModerator(viewer, action);
    const reason = this.reason(input.reason);
    return this.events.transaction(async (manager, emit) => {
      const thread = await this.threads.lock(manager, input.threadId);
      const before = threadState(thread);
      await apply(thread, manager, emit);
      await manager.save(thread);
      const row = await this.audit(
        manager,
        account,
        action,
        { type: ModerationTarget.THREAD, id: thread.id },
        reason,
        before,
        threadState(thread),
      );
      await emit({ threadId: thread.id, change, actorId: account.id });
      return row;
    });
  }

  private async locate(manager: EntityManager, id: string, lock = false): Promise<Located | null> {
    if (!isUuid(id)) return null;
    const opts = lock ? { lock: { mode: 'pessimistic_write' as const } } : {};
    const thread = await manager.findOne(ThreadEntity, { where: { id }, ...opts });
    if (thread) return thread.deletedAt ? null : { type: ModerationTarget.THREAD, thread };
    const answer = await manager.findOne(AnswerEntity, { where: { id }, ...opts });
    const comment = answer ? null : await manager.findOne(CommentEntity, { where: { id }, ...opts });
    const threadId = answer?.threadId ?? comment?.threadId;
    if (!threadId || answer?.deletedAt || comment?.deletedAt) return null;
    const parent = await manager.findOne(ThreadEntity, { where: { id: threadId } });
    if (!parent || parent.deletedAt) return null;
    return answer
      ? { type: ModerationTarget.ANSWER, thread: parent, answer }
      : { type: ModerationTarget.COMMENT, thread: parent, comment: comment! };
  }

  private setHidden(
    viewer: Viewer | null,
    input: PostActionInput,
    hide: boolean,
  ): Promise<ModerationActionEntity> {
    const action = hide ? Action.HIDE : Action.RESTORE;
    const { account } = this.requireModerator(viewer, action);
    const reason = this.reason(input.reason);
    return this.events.transaction(async (manager, emit) => {
      const found = await this.locate(manager, input.targetId, true);
      if (!found) throw notFound('The post');
      const post = found.comment ?? found.answer ?? found.thread;
      if (!!post.hiddenAt === hide)
        throw badInput('targetId', hide ? 'This post is already hidden.' : 'This post is not hidden.');
      const before = { hiddenAt: iso(post.hiddenAt) };
      post.hiddenAt = hide ? new Date() : null;
      await manager.save(post);
      if (hide) await this.closeFlags(manager, account, post.id, FlagStatus.RESOLVED);
      const row = await this.audit(
        manager,
        account,
        action,
        { type: found.type, id: post.id },
        reason,
        { ...before, threadId: found.thread.id },
        { hiddenAt: iso(post.hiddenAt), threadId: found.thread.id },
      );
      await emit({
        threadId: found.thread.id,
        change: hide ? 'hidden' : 'restored',
        answerId: found.answer?.id ?? found.comment?.answerId ?? null,
        actorId: account.id,
      });
      return row;
    });
  }

  hide(viewer: Viewer | null, input: PostActionInput) {
    return this.setHidden(viewer, input, true);
  }

  restore(viewer: Viewer | null, input: PostActionInput) {
    return this.setHidden(viewer, input, false);
  }

  lock(viewer: Viewer | null, input: ThreadActionInput) {
    return this.threadAction(viewer, Action.LOCK, input, 'locked', (t) => {
      if (t.lockedAt) throw badInput('threadId', 'This thread is already locked.');
      t.lockedAt = new Date();
    });
  }

  unlock(viewer: Viewer | null, input: ThreadActionInput) {
    return this.threadAction(viewer, Action.UNLOCK, input, 'unlocked', (t) => {
      if (!t.lockedAt) throw badInput('threadId', 'This thread is not locked.');
      t.lockedAt = null;
    });
  }

  closeAsDuplicate(viewer: Viewer | null, input: CloseAsDuplicateInput) {
    return this.threadAction(viewer, Action.CLOSE_DUPLICATE, input, 'closed', async (t, manager, emit) => {
      if (input.duplicateOfId === t.id)
        throw badInput('duplicateOfId', 'A thread cannot be a duplicate of itself.');
      const original = await this.threads.lock(manager, input.duplicateOfId).catch(() => {
        throw badInput('duplicateOfId', 'The original thread was not found.');
      });
      if (original.duplicateOfId)
        throw badInput(
          'duplicateOfId',
          `That thread is itself closed as a duplicate; choose its original (/t/${original.duplicateOfId}).`,
        );
      t.closedAt = new Date();
      t.duplicateOfId = original.id;
      if (input.mergeAnswers) await this.merge(manager, viewer!.account, t, original, input.reason, emit);
    });
  }

  /** Moves the duplicate's live answers (and their comments) to the original, recounting both threads. */
  private async merge(
    manager: EntityManager,
    actor: AccountEntity,
    duplicate: ThreadEntity,
    original: ThreadEntity,
    reason: string,
    emit: Emit,
  ): Promise<void> {
    const [moved]: [{ id: string }[], number] = await manager.query(
      'UPDATE answers SET thread_id = $2 WHERE thread_id = $1 AND deleted_at IS NULL RETURNING id',
      [duplicate.id, original.id],
    );
    const ids = moved.map((a) => a.id);
    if (ids.length) {
      await manager.query('UPDATE comments SET thread_id = $2 WHERE answer_id = ANY($1)', [ids, original.id]);
    }
    const acceptedMoved = !!duplicate.acceptedAnswerId && ids.includes(duplicate.acceptedAnswerId);
    const recounted = await this.threads.afterAnswersChanged(
      manager,
      duplicate.id,
      acceptedMoved ? null : undefined,
    );
    Object.assign(duplicate, {
      answerCount: recounted.answerCount,
      status: recounted.status,
      acceptedAnswerId: recounted.acceptedAnswerId,
      popularScore: recounted.popularScore,
    });
    await this.threads.afterAnswersChanged(manager, original.id);
    await this.audit(
      manager,
      actor,
      Action.MERGE,
      { type: ModerationTarget.THREAD, id: duplicate.id },
      reason,
      { threadId: duplicate.id, answerIds: ids },
      { threadId: original.id, answerIds: ids },
    );
    await emit({ threadId: original.id, change: 'merged', actorId: actor.id });
    await emit({ threadId: duplicate.id, change: 'merged', actorId: actor.id });
  }

  move(viewer: Viewer | null, input: MoveThreadInput) {
    return this.threadAction(viewer, Action.MOVE, input, 'moved', async (t, manager) => {
      const category = await manager.findOne(CategoryEntity, { where: { id: input.categoryId } });
      if (!category) throw badInput('categoryId', 'That category does not exist; choose one from the list.');
      if (category.id === t.categoryId)
        throw badInput('categoryId', 'The thread is already in that category.');
      t.categoryId = category.id;
    });
  }

  editTags(viewer: Viewer | null, input: EditTagsInput) {
    return this.threadAction(viewer, Action.EDIT_TAGS, input, 'retagged', async (t, manager) => {
      const tags = normaliseTags(input.tags);
      if (tags.length > TAGS_MAX) throw badInput('tags', `At most ${TAGS_MAX} tags.`);
      await this.threads.recordRevision(manager, {
        targetType: RevisionTarget.THREAD,
        targetId: t.id,
        editorId: viewer!.account.id,
        title: t.title,
        body: t.body,
        tags: t.tags,
      });
      t.tags = tags;
    });
  }

  pin(viewer: Viewer | null, input: PinThreadInput) {
    return this.threadAction(viewer, Action.PIN, input, 'pinned', (t) => {
      if (input.until.getTime() <= Date.now()) throw badInput('until', 'The pin must end in the future.');
      t.pinnedUntil = input.until;
    });
  }

  unpin(viewer: Viewer | null, input: ThreadActionInput) {
    return this.threadAction(viewer, Action.UNPIN, input, 'pinned', (t) => {
      if (!t.pinnedUntil) throw badInput('threadId', 'This thread is not pinned.');
      t.pinnedUntil = null;
    });
  }

  feature(viewer: Viewer | null, input: ThreadActionInput) {
    return this.threadAction(viewer, Action.FEATURE, input, 'featured', (t) => {
      if (t.featuredAt) throw badInput('threadId', 'This thread is already featured.');
      t.featuredAt = new Date();
    });
  }

  unfeature(viewer: Viewer | null, input: ThreadActionInput) {
    return this.threadAction(viewer, Action.UNFEATURE, input, 'featured', (t) => {
      if (!t.featuredAt) throw badInput('threadId', 'This thread is not featured.');
      t.featuredAt = null;
    });
  }

  private async setSuspension(
    viewer: Viewer | null,
    input: AccountActionInput,
    until: Date | null,
  ): Promise<ModerationActionEntity> {
    const action = until ? Action.SUSPEND : Action.UNSUSPEND;
    const { account } = this.requireModerator(viewer, action);
    const reason = this.reason(input.reason);
    if (until && until.getTime() <= Date.now())
      throw badInput('until', 'The suspension must end in the future.');
    return this.dataSource.transaction(async (manager) => {
      const subject = isUuid(input.accountId)
        ? await manager.findOne(AccountEntity, {
            where: { id: input.accountId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!subject) throw notFound('The account');
      if (!moderationPolicy.canSuspend(account, subject))
        throw forbidden('Moderators can suspend members only; nobody can suspend themselves.');
      const before = {
        suspendedUntil: iso(subject.suspendedUntil),
        suspensionReason: subject.suspensionReason,
      };
      subject.suspendedUntil = until;
      subject.suspensionReason = until ? reason : null;
      await manager.save(subject);
      return this.audit(
        manager,
        account,
        action,
        { type: ModerationTarget.ACCOUNT, id: subject.id },
        reason,
        before,
        { suspendedUntil: iso(subject.suspendedUntil), suspensionReason: subject.suspensionReason },
      );
    });
  }

  suspend(viewer: Viewer | null, input: SuspendAccountInput) {
    return this.setSuspension(viewer, input, input.until);
  }

  unsuspend(viewer: Viewer | null, input: AccountActionInput) {
    return this.setSuspension(viewer, input, null);
  }

  // ---- flags ----

  /** Needs the flag privilege; one open flag per account and post. */
  async flag(viewer: Viewer | null, input: FlagInput): Promise<FlagEntity> {
    const { account } = requireActive(viewer, 'flag posts');
    this.threads.policy.requirePrivilege(account, 'flag');
    return this.dataSource.transaction(async (manager) => {
      const found = await this.locate(manager, input.targetId);
      const post = found && (found.comment ?? found.answer ?? found.thread);
      if (!found || !post || (post.hiddenAt && !this.threads.policy.canSeeHidden(account)))
        throw notFound('The post you are flagging');
      const open = await manager.findOne(FlagEntity, {
        where: { accountId: account.id, targetId: post.id, status: FlagStatus.OPEN },
      });
      const already = badInput('targetId', 'You already flagged this post; a moderator will look at it.');
      if (open) throw already;
      try {
        return await manager.save(
          manager.create(FlagEntity, {
            targetType: found.type,
            targetId: post.id,
            threadId: found.thread.id,
            accountId: account.id,
            reason: input.reason,
            note: input.note || null,
          }),
        );
      } catch (e) {
        if ((e as { code?: string }).code === '23505') throw already;
        throw e;
      }
    });
  }

  private async closeFlags(
    manager: EntityManager,
    actor: AccountEntity,
    targetId: string,
    status: FlagStatus,
  ): Promise<number> {
    const result = await manager.query(
      `UPDATE flags SET status = $3, resolved_at = now(), resolved_by_id = $2
       WHERE target_id = $1 AND status = 'OPEN'`,
      [targetId, actor.id, status],
    );
    return (result as [unknown, number])[1] ?? 0;
  }

  async resolveFlags(viewer: Viewer | null, input: ResolveFlagsInput): Promise<ModerationActionEntity> {
    const action = input.dismiss ? Action.DISMISS_FLAGS : Action.RESOLVE_FLAGS;
    const { account } = this.requireModerator(viewer, action);
    const reason = this.reason(input.reason);
    return this.dataSource.transaction(async (manager) => {
      const open = await manager.find(FlagEntity, {
        where: { targetId: input.targetId, status: FlagStatus.OPEN },
      });
      if (!open.length) throw badInput('targetId', 'This post has no open flags.');
      const status = input.dismiss ? FlagStatus.DISMISSED : FlagStatus.RESOLVED;
      await this.closeFlags(manager, account, input.targetId, status);
      return this.audit(
        manager,
        account,
        action,
        { type: open[0].targetType, id: input.targetId },
        reason,
        { openFlags: open.length, threadId: open[0].threadId },
        { status, threadId: open[0].threadId },
      );
    });
  }

  /** Open flags grouped by post, the post with the oldest open flag first. */
  async flagQueue(viewer: Viewer | null, page: PageArgs): Promise<Connection<FlagGroupModel>> {
    this.requireModerator(viewer, 'READ_QUEUE');
    const after = decodeCursor(page.after, isGroupCursor);
    const params: unknown[] = [page.first + 1];
    let cursorSql = '';
    if (after) {
      params.push(after[0], after[1]);
      cursorSql = 'HAVING (min(created_at), target_id) > ($2::timestamptz, $3::uuid)';
    }
    const groups: {
      targetType: ModerationTarget;
      targetId: string;
      threadId: string | null;
      count: number;
      oldestAt: Date;
    }[] = await this.dataSource.query(
      `SELECT target_type AS "targetType", target_id AS "targetId", min(thread_id::text)::uuid AS "threadId",
           count(*)::int AS count, min(created_at) AS "oldestAt"
         FROM flags WHERE status = 'OPEN' GROUP BY target_type, target_id ${cursorSql}
         ORDER BY min(created_at), target_id LIMIT $1`,
      params,
    );
    const ids = groups.map((g) => g.targetId);
    const [flags, texts] = ids.length
      ? await Promise.all([
          this.flags.find({
            where: { targetId: In(ids), status: FlagStatus.OPEN },
            order: { createdAt: 'ASC' },
          }),
          this.dataSource.query(
            `SELECT id, title || E'\\n' || body AS text, hidden_at FROM threads WHERE id = ANY($1)
             UNION ALL SELECT id, body, hidden_at FROM answers WHERE id = ANY($1)
             UNION ALL SELECT id, body, hidden_at FROM comments WHERE id = ANY($1)`,
            [ids],
          ) as Promise<{ id: string; text: string; hidden_at: Date | null }[]>,
        ])
      : [[], []];
    const text = new Map(texts.map((r) => [r.id, r]));
    const rows: FlagGroupModel[] = groups.map((g) => ({
      ...g,
      oldestAt: new Date(g.oldestAt),
      excerpt: markdownToText(text.get(g.targetId)?.text ?? '').slice(0, 300),
      hidden: !!text.get(g.targetId)?.hidden_at,
      flags: flags.filter((f) => f.targetId === g.targetId),
    }));
    return toConnection(
      rows,
      page.first,
      (g) => encodeCursor([g.oldestAt.toISOString(), g.targetId]),
      () =>
        this.dataSource
          .query(`SELECT count(DISTINCT target_id)::int AS n FROM flags WHERE status = 'OPEN'`)
          .then((r: { n: number }[]) => r[0].n),
    );
  }

  /** The audit log, newest first, filtered by actor, action, target. */
  async moderationLog(
    viewer: Viewer | null,
    args: ModerationLogArgs,
  ): Promise<Connection<ModerationActionEntity>> {
    this.requireModerator(viewer, 'READ_LOG');
    const filtered = () => {
      const qb = this.log.createQueryBuilder('m');
      const f = args.filter ?? {};
      if (f.actorId) qb.andWhere('m.actor_id = :actorId', { actorId: f.actorId });
      if (f.action) qb.andWhere('m.action = :action', { action: f.action });
      if (f.targetId) qb.andWhere('m.target_id = :targetId', { targetId: f.targetId });
      if (f.targetType) qb.andWhere('m.target_type = :targetType', { targetType: f.targetType });
      return qb;
    };
    const qb = filtered();
    const after = decodeCursor(args.after, isLogCursor);
    if (after) qb.andWhere('m.id < :after', { after });
    const rows = await qb
      .orderBy('m.id', 'DESC')
      .limit(args.first + 1)
      .getMany();
    return toConnection(
      rows,
      args.first,
      (m) => encodeCursor(String(m.id)),
      () => filtered().getCount(),
    );
  }

  openFlagCount(): Promise<number> {
    return this.flags.count({ where: { status: FlagStatus.OPEN } });
  }
}
