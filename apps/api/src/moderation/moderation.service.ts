// Moderation: the moderators' actions on posts, threads and accounts (flags live in flags.service.ts). Every
// action runs in one transaction that also writes its audit row (who, what, target, why, before, after).
import { NotificationFanout } from '../notifications/notification-fanout';
import { NotificationKind } from '../notifications/notification.entity';
import { normaliseTags } from '@community/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountsService } from '../accounts/accounts.service';
import { AnswersService } from '../answers/answers.service';
import { CategoriesService } from '../categories/categories.service';
import { CommentsService } from '../comments/comments.service';
import { Guardian } from '../guardian/guardian';
import { badInput, notFound } from '../common/errors';
import { inTransaction } from '../database/transaction';
import { Emit, QaEvents, ThreadChange } from '../qa/qa-events';
import { RevisionTarget } from '../threads/revision.entity';
import type { ThreadEntity } from '../threads/thread.entity';
import { POST_MESSAGES, TAGS_MAX } from '../common/validation';
import { ThreadsService } from '../threads/threads.service';
import { AuditLogService, Snapshot } from './audit-log.service';
import { FlagStatus, ModerationTarget } from './flag.entity';
import { FlagsService } from './flags.service';
import { ModerationActionEntity } from './moderation-action.entity';
import {
  AccountActionInput,
  CloseAsDuplicateInput,
  EditTagsInput,
  MoveThreadInput,
  PinThreadInput,
  PostActionInput,
  SuspendAccountInput,
  ThreadActionInput,
} from './moderation.inputs';
import { ModerationActionKind as Action } from './moderation-action-kind';
import { locatePost, requireModerator, requireReason } from './moderator';
import { msg } from '../i18n/translate';

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

@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    readonly threads: ThreadsService,
    readonly answers: AnswersService,
    readonly comments: CommentsService,
    private readonly accounts: AccountsService,
    private readonly categories: CategoriesService,
    private readonly events: QaEvents,
    private readonly flags: FlagsService,
    private readonly audit: AuditLogService,
    private readonly notifications: NotificationFanout,
  ) {}

  /** Runs a moderator's action on a thread: lock it, change it, save, audit, and announce the change. */
  private threadAction(
    guardian: Guardian,
    action: Action,
    input: ThreadActionInput,
    change: ThreadChange,
    apply: (thread: ThreadEntity, manager: EntityManager, emit: Emit) => Promise<void> | void,
  ): Promise<ModerationActionEntity> {
    const account = requireModerator(guardian);
    const reason = requireReason(input.reason);
    return this.events.transaction(async (manager, emit) => {
      const thread = await this.threads.lock(manager, input.threadId);
      const before = threadState(thread);
      await apply(thread, manager, emit);
      await this.threads.setState(manager, thread);
      const row = await this.audit.record(
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

  private setHidden(
    guardian: Guardian,
    input: PostActionInput,
    hide: boolean,
  ): Promise<ModerationActionEntity> {
    const action = hide ? Action.HIDE : Action.RESTORE;
    const account = requireModerator(guardian);
    const reason = requireReason(input.reason);
    return this.events.transaction(async (manager, emit) => {
      const found = await locatePost(this, manager, input.targetId, true);
      if (!found) throw notFound('post');
      const post = found.comment ?? found.answer ?? found.thread;
      if (!!post.hiddenAt === hide)
        throw badInput('targetId', msg('errors.moderation.hidden', { hide: hide ? 'yes' : 'no' }));
      const before = { hiddenAt: iso(post.hiddenAt) };
      const hiddenAt = hide ? new Date() : null;
      if (found.comment) await this.comments.setHidden(manager, found.comment, hiddenAt);
      else if (found.answer) await this.answers.setHidden(manager, found.answer, hiddenAt);
      else await this.threads.setState(manager, found.thread, { hiddenAt });
      if (hide) await this.flags.closeFlags(manager, account, post.id, FlagStatus.RESOLVED);
      const row = await this.audit.record(
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

  hide(guardian: Guardian, input: PostActionInput) {
    return this.setHidden(guardian, input, true);
  }

  restore(guardian: Guardian, input: PostActionInput) {
    return this.setHidden(guardian, input, false);
  }

  lock(guardian: Guardian, input: ThreadActionInput) {
    return this.threadAction(guardian, Action.LOCK, input, 'locked', (t) => {
      if (t.lockedAt) throw badInput('threadId', msg('errors.moderation.alreadyLocked'));
      t.lockedAt = new Date();
    });
  }

  unlock(guardian: Guardian, input: ThreadActionInput) {
    return this.threadAction(guardian, Action.UNLOCK, input, 'unlocked', (t) => {
      if (!t.lockedAt) throw badInput('threadId', msg('errors.moderation.notLocked'));
      t.lockedAt = null;
    });
  }

  closeAsDuplicate(guardian: Guardian, input: CloseAsDuplicateInput) {
    return this.threadAction(guardian, Action.CLOSE_DUPLICATE, input, 'closed', async (t, manager, emit) => {
      if (input.duplicateOfId === t.id)
        throw badInput('duplicateOfId', msg('errors.moderation.duplicateOfItself'));
      const original = await this.threads.lock(manager, input.duplicateOfId).catch(() => {
        throw badInput('duplicateOfId', msg('errors.moderation.originalNotFound'));
      });
      if (original.duplicateOfId)
        throw badInput(
          'duplicateOfId',
          msg('errors.moderation.originalIsDuplicate', { link: `/t/${original.duplicateOfId}` }),
        );
      t.closedAt = new Date();
      t.duplicateOfId = original.id;
      if (input.mergeAnswers) await this.merge(manager, guardian.account!, t, original, input.reason, emit);
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
    const ids = await this.answers.moveToThread(manager, duplicate.id, original.id);
    await this.comments.followAnswers(manager, ids, original.id);
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
    await this.audit.record(
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

  move(guardian: Guardian, input: MoveThreadInput) {
    return this.threadAction(guardian, Action.MOVE, input, 'moved', async (t) => {
      const category = await this.categories.findById(input.categoryId);
      if (!category) throw badInput('categoryId', msg('errors.threads.noSuchCategory'));
      if (category.id === t.categoryId)
        throw badInput('categoryId', msg('errors.moderation.alreadyInCategory'));
      t.categoryId = category.id;
    });
  }

  editTags(guardian: Guardian, input: EditTagsInput) {
    return this.threadAction(guardian, Action.EDIT_TAGS, input, 'retagged', async (t, manager) => {
      const tags = normaliseTags(input.tags);
      if (tags.length > TAGS_MAX) throw badInput('tags', POST_MESSAGES.tags);
      await this.threads.recordRevision(manager, {
        targetType: RevisionTarget.THREAD,
        targetId: t.id,
        editorId: guardian.account!.id,
        title: t.title,
        body: t.body,
        tags: t.tags,
      });
      t.tags = tags;
    });
  }

  pin(guardian: Guardian, input: PinThreadInput) {
    return this.threadAction(guardian, Action.PIN, input, 'pinned', (t) => {
      if (input.until.getTime() <= Date.now()) throw badInput('until', msg('errors.moderation.pinInFuture'));
      t.pinnedUntil = input.until;
    });
  }

  unpin(guardian: Guardian, input: ThreadActionInput) {
    return this.threadAction(guardian, Action.UNPIN, input, 'pinned', (t) => {
      if (!t.pinnedUntil) throw badInput('threadId', msg('errors.moderation.notPinned'));
      t.pinnedUntil = null;
    });
  }

  feature(guardian: Guardian, input: ThreadActionInput) {
    return this.threadAction(guardian, Action.FEATURE, input, 'featured', (t) => {
      if (t.featuredAt) throw badInput('threadId', msg('errors.moderation.alreadyFeatured'));
      t.featuredAt = new Date();
    });
  }

  unfeature(guardian: Guardian, input: ThreadActionInput) {
    return this.threadAction(guardian, Action.UNFEATURE, input, 'featured', (t) => {
      if (!t.featuredAt) throw badInput('threadId', msg('errors.moderation.notFeatured'));
      t.featuredAt = null;
    });
  }

  private async setSuspension(
    guardian: Guardian,
    input: AccountActionInput,
    until: Date | null,
  ): Promise<ModerationActionEntity> {
    const action = until ? Action.SUSPEND : Action.UNSUSPEND;
    const account = requireModerator(guardian);
    const reason = requireReason(input.reason);
    if (until && until.getTime() <= Date.now())
      throw badInput('until', msg('errors.moderation.suspensionInFuture'));
    return inTransaction(this.dataSource, async (manager) => {
      const subject = await this.accounts.lock(manager, input.accountId);
      if (!subject) throw notFound('account');
      guardian.ensure(guardian.moderation.canSuspend(subject));
      const before = {
        suspendedUntil: iso(subject.suspendedUntil),
        suspensionReason: subject.suspensionReason,
      };
      await this.accounts.setSuspension(manager, subject, until, reason);
      if (until)
        await this.notifications.notify(manager, {
          kind: NotificationKind.MODERATION,
          recipientId: subject.id,
          actorId: null,
          excerpt: `Your account is suspended until ${until.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
          reason,
        });
      return this.audit.record(
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

  suspend(guardian: Guardian, input: SuspendAccountInput) {
    return this.setSuspension(guardian, input, input.until);
  }

  unsuspend(guardian: Guardian, input: AccountActionInput) {
    return this.setSuspension(guardian, input, null);
  }
}
