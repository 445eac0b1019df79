import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLISODateTime, ID } from '@nestjs/graphql';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountModel } from '../accounts/account.model';
import { AccountsService } from '../accounts/accounts.service';
import type { AnswerEntity } from '../answers/answer.entity';
import { AnswerModel } from '../answers/answer.model';
import type { CommentEntity } from '../comments/comment.entity';
import { CommentModel } from '../comments/comment.model';
import { Connection } from '../common/connection';
import { keepNoLongerThan, RequestContext } from '../common/context';
import { Ctx, CurrentGuardian, NoArgs } from '../common/decorators';
import { AbilityModel } from '../guardian/ability.model';
import { Guardian } from '../guardian/guardian';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadModel } from '../threads/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { AuditLogService } from './audit-log.service';
import { ModerationTarget } from './flag.entity';
import { ModerationActionEntity } from './moderation-action.entity';
import {
  AccountActionInput,
  CloseAsDuplicateInput,
  EditTagsInput,
  ModerationLogArgs,
  MoveThreadInput,
  PinThreadInput,
  PostActionInput,
  SuspendAccountInput,
  ThreadActionInput,
} from './moderation.inputs';
import { ModerationActionConnection, ModerationActionModel } from './moderation.model';
import { ModerationService } from './moderation.service';

const Action = () => ModerationActionModel;

@Resolver(() => ModerationActionModel)
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly auditLog: AuditLogService,
    private readonly threadsService: ThreadsService,
    private readonly accountsService: AccountsService,
  ) {}

  @Query(() => ModerationActionConnection, { description: 'Moderators: the audit log, newest first.' })
  moderationLog(
    @Args() args: ModerationLogArgs,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<Connection<ModerationActionEntity>> {
    return this.auditLog.list(guardian, args);
  }

  @Mutation(Action, { description: 'Moderators: hides a thread, answer or comment from everyone but staff.' })
  hidePost(@Args('input') input: PostActionInput, @CurrentGuardian() guardian: Guardian) {
    return this.moderation.hide(guardian, input);
  }

  @Mutation(Action)
  restorePost(@Args('input') input: PostActionInput, @CurrentGuardian() guardian: Guardian) {
    return this.moderation.restore(guardian, input);
  }

  @Mutation(Action, { description: 'Moderators: a locked thread takes no new answers or comments.' })
  lockThread(@Args('input') input: ThreadActionInput, @CurrentGuardian() guardian: Guardian) {
    return this.moderation.lock(guardian, input);
  }

  @Mutation(Action)
  unlockThread(@Args('input') input: ThreadActionInput, @CurrentGuardian() guardian: Guardian) {
    return this.moderation.unlock(guardian, input);
  }

  @Mutation(Action, {
    description: 'Moderators: closes a thread as a duplicate, optionally merging its answers.',
  })
  closeAsDuplicate(@Args('input') input: CloseAsDuplicateInput, @CurrentGuardian() guardian: Guardian) {
    return this.moderation.closeAsDuplicate(guardian, input);
  }

  @Mutation(Action)
  moveThread(@Args('input') input: MoveThreadInput, @CurrentGuardian() guardian: Guardian) {
    return this.moderation.move(guardian, input);
  }

  @Mutation(Action)
  editTags(@Args('input') input: EditTagsInput, @CurrentGuardian() guardian: Guardian) {
    return this.moderation.editTags(guardian, input);
  }

  @Mutation(Action, { description: 'Moderators: pins a thread above the popular list until a date.' })
  pinThread(@Args('input') input: PinThreadInput, @CurrentGuardian() guardian: Guardian) {
    return this.moderation.pin(guardian, input);
  }

  @Mutation(Action)
  unpinThread(@Args('input') input: ThreadActionInput, @CurrentGuardian() guardian: Guardian) {
    return this.moderation.unpin(guardian, input);
  }

  @Mutation(Action, { description: 'Moderators: featured threads lead the home page.' })
  featureThread(@Args('input') input: ThreadActionInput, @CurrentGuardian() guardian: Guardian) {
    return this.moderation.feature(guardian, input);
  }

  @Mutation(Action)
  unfeatureThread(@Args('input') input: ThreadActionInput, @CurrentGuardian() guardian: Guardian) {
    return this.moderation.unfeature(guardian, input);
  }

  @Mutation(Action, { description: 'Moderators: the account cannot post until then.' })
  suspendAccount(@Args('input') input: SuspendAccountInput, @CurrentGuardian() guardian: Guardian) {
    return this.moderation.suspend(guardian, input);
  }

  @Mutation(Action)
  unsuspendAccount(@Args('input') input: AccountActionInput, @CurrentGuardian() guardian: Guardian) {
    return this.moderation.unsuspend(guardian, input);
  }

  @ResolveField(() => String, { nullable: true, description: 'The state before, as JSON.' })
  before(@Parent() row: ModerationActionEntity): string | null {
    return row.before ? JSON.stringify(row.before) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The state after, as JSON.' })
  after(@Parent() row: ModerationActionEntity): string | null {
    return row.after ? JSON.stringify(row.after) : null;
  }

  @ResolveField(() => AccountModel)
  async actor(@Parent() row: ModerationActionEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity> {
    return (await this.accountsService.load(ctx.loaders, row.actorId))!;
  }

  @ResolveField(() => ThreadModel, {
    nullable: true,
    description: 'The thread acted on (or the post’s thread).',
  })
  thread(
    @Parent() row: ModerationActionEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<ThreadEntity | null> | null {
    const threadId =
      row.targetType === ModerationTarget.THREAD ? row.targetId : (row.after?.threadId as string | undefined);
    return threadId ? this.threadsService.findVisible(ctx.guardian, threadId, ctx.loaders) : null;
  }

  @ResolveField(() => AccountModel, {
    nullable: true,
    description: 'The account acted on (suspensions), so the log can name it.',
  })
  account(
    @Parent() row: ModerationActionEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountEntity | null> | null {
    return row.targetType === ModerationTarget.ACCOUNT
      ? this.accountsService.load(ctx.loaders, row.targetId)
      : null;
  }
}

/** What moderation adds to threads: hidden/closed/pinned/featured state, the original of a duplicate, the home lists. */
@Resolver(() => ThreadModel)
export class ThreadModerationResolver {
  constructor(private readonly threadsService: ThreadsService) {}

  @Query(() => [ThreadModel], { description: 'Threads moderators featured; they lead the home page.' })
  featuredThreads(@CurrentGuardian() guardian: Guardian): Promise<ThreadEntity[]> {
    return this.threadsService.featured(guardian);
  }

  @Query(() => [ThreadModel], {
    description:
      'Threads (not announcements) pinned until a time still ahead, across the community or in a category.',
  })
  async pinnedThreads(
    @Ctx() ctx: RequestContext,
    @Args('categoryId', { type: () => ID, nullable: true }) categoryId?: string | null,
  ): Promise<ThreadEntity[]> {
    const pinned = (await this.threadsService.pinned(ctx.guardian, { categoryId })).filter(
      (t) => t.kind !== 'ANNOUNCEMENT',
    );
    for (const thread of pinned) keepNoLongerThan(ctx, thread.pinnedUntil);
    return pinned;
  }

  @ResolveField(() => Boolean, { description: 'Hidden by a moderator (only staff and moderators see it).' })
  hidden(thread: ThreadEntity): boolean {
    return !!thread.hiddenAt;
  }

  @ResolveField(() => Boolean, { description: 'Closed as a duplicate of duplicateOf.' })
  closed(thread: ThreadEntity): boolean {
    return !!thread.closedAt;
  }

  @ResolveField(() => ThreadModel, {
    nullable: true,
    description: 'The original, when closed as a duplicate.',
  })
  duplicateOf(thread: ThreadEntity, _args: NoArgs, ctx: RequestContext): Promise<ThreadEntity | null> | null {
    return thread.duplicateOfId
      ? this.threadsService.findVisible(ctx.guardian, thread.duplicateOfId, ctx.loaders)
      : null;
  }

  @ResolveField(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Pinned until then (if still ahead).',
  })
  pinnedUntil(thread: ThreadEntity): Date | null {
    return thread.pinnedUntil && thread.pinnedUntil > new Date() ? thread.pinnedUntil : null;
  }

  @ResolveField(() => Boolean)
  featured(thread: ThreadEntity): boolean {
    return !!thread.featuredAt;
  }
}

@Resolver(() => AnswerModel)
export class AnswerModerationResolver {
  @ResolveField(() => Boolean, { description: 'Hidden by a moderator (only staff and moderators see it).' })
  hidden(answer: AnswerEntity): boolean {
    return !!answer.hiddenAt;
  }
}

@Resolver(() => CommentModel)
export class CommentModerationResolver {
  @ResolveField(() => Boolean, { description: 'Hidden by a moderator (only staff and moderators see it).' })
  hidden(comment: CommentEntity): boolean {
    return !!comment.hiddenAt;
  }
}

/** A suspension is visible to the account itself and to moderators. */
@Resolver(() => AccountModel)
export class AccountSuspensionResolver {
  private visible(account: AccountEntity, guardian: Guardian): boolean {
    return (
      guardian.moderation.canSeeSuspension(account) &&
      !!account.suspendedUntil &&
      account.suspendedUntil > new Date()
    );
  }

  @ResolveField(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Suspended (cannot post) until then; visible to the account itself and to moderators.',
  })
  suspendedUntil(@Parent() account: AccountEntity, @CurrentGuardian() guardian: Guardian): Date | null {
    return this.visible(account, guardian) ? account.suspendedUntil : null;
  }

  @ResolveField(() => AbilityModel, {
    complexity: 0,
    description: 'Whether the viewer may suspend (or lift the suspension of) this account, and why not.',
  })
  canSuspend(@Parent() account: AccountEntity, @CurrentGuardian() guardian: Guardian): AbilityModel {
    return guardian.moderation.canSuspend(account);
  }

  @ResolveField(() => String, { nullable: true })
  suspensionReason(@Parent() account: AccountEntity, @CurrentGuardian() guardian: Guardian): string | null {
    return this.visible(account, guardian) ? account.suspensionReason : null;
  }
}
