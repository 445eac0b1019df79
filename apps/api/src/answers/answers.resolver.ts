import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountModel } from '../accounts/account.model';
import { AccountsService } from '../accounts/accounts.service';
import { Connection, PageArgs } from '../common/connection';
import { RequestContext, Viewer } from '../common/context';
import { Ctx, CurrentViewer } from '../common/decorators';
import type { RevisionEntity } from '../threads/revision.entity';
import type { ThreadEntity } from '../threads/thread.entity';
import { RevisionModel, ThreadModel } from '../threads/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { AnswerEntity } from './answer.entity';
import { AnswerConnection, AnswerModel, AnswerPermissions } from './answer.model';
import { AnswerPageArgs, DeleteAnswerInput, EditAnswerInput, PostAnswerInput } from './answers.inputs';
import { AnswersService } from './answers.service';

@Resolver(() => AnswerModel)
export class AnswersResolver {
  constructor(
    private readonly answersService: AnswersService,
    private readonly threadsService: ThreadsService,
    private readonly accountsService: AccountsService,
  ) {}

  @Query(() => AnswerModel, {
    nullable: true,
    description: 'One answer (for its edit page); null when deleted.',
  })
  answer(
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AnswerEntity | null> {
    return this.answersService.findVisible(ctx, id);
  }

  @Mutation(() => AnswerModel, { description: 'Answers by staff are official.' })
  postAnswer(
    @Args('input') input: PostAnswerInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<AnswerEntity> {
    return this.answersService.post(viewer, input);
  }

  @Mutation(() => AnswerModel)
  editAnswer(
    @Args('input') input: EditAnswerInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<AnswerEntity> {
    return this.answersService.edit(viewer, input);
  }

  @Mutation(() => AnswerModel)
  deleteAnswer(
    @Args('input') input: DeleteAnswerInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<AnswerEntity> {
    return this.answersService.delete(viewer, input);
  }

  @Mutation(() => AnswerModel, {
    description: 'The asker (or staff) marks the answer that solved the question.',
  })
  acceptAnswer(
    @Args('answerId', { type: () => ID }) answerId: string,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<AnswerEntity> {
    return this.answersService.accept(viewer, answerId);
  }

  @Mutation(() => AnswerModel)
  unacceptAnswer(
    @Args('answerId', { type: () => ID }) answerId: string,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<AnswerEntity> {
    return this.answersService.unaccept(viewer, answerId);
  }

  @ResolveField(() => ThreadModel)
  async thread(@Parent() answer: AnswerEntity, @Ctx() ctx: RequestContext): Promise<ThreadEntity> {
    return (await this.threadsService.load(ctx.loaders, answer.threadId))!;
  }

  @ResolveField(() => AccountModel)
  async author(@Parent() answer: AnswerEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity> {
    return (await this.accountsService.load(ctx.loaders, answer.authorId))!;
  }

  @ResolveField(() => Boolean)
  async accepted(@Parent() answer: AnswerEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await this.threadsService.load(ctx.loaders, answer.threadId))?.acceptedAnswerId === answer.id;
  }

  @ResolveField(() => AnswerPermissions)
  async viewerCan(@Parent() answer: AnswerEntity, @Ctx() ctx: RequestContext): Promise<AnswerPermissions> {
    const actor = ctx.viewer?.account ?? null;
    const thread = (await this.threadsService.load(ctx.loaders, answer.threadId))!;
    const policy = this.threadsService.policy;
    const live = !answer.deletedAt && !thread.deletedAt;
    const canAccept = live && policy.canAccept(actor, thread);
    return {
      edit: live && policy.canEdit(actor, answer),
      delete: live && policy.canDelete(actor, answer),
      accept: canAccept && thread.acceptedAnswerId !== answer.id,
      unaccept: canAccept && thread.acceptedAnswerId === answer.id,
      vote: live && policy.canVote(actor, answer),
      comment: live && policy.canComment(actor, thread, answer),
    };
  }

  @ResolveField(() => [RevisionModel], { description: 'Earlier versions, newest first.' })
  revisions(@Parent() answer: AnswerEntity, @Ctx() ctx: RequestContext): Promise<RevisionEntity[]> {
    return this.threadsService.revisionsOf(ctx.loaders, answer.id);
  }
}

/** The answers on a thread: its accepted answer and the ordered list. */
@Resolver(() => ThreadModel)
export class ThreadAnswersResolver {
  constructor(
    private readonly answersService: AnswersService,
    private readonly threadsService: ThreadsService,
  ) {}

  @ResolveField(() => AnswerModel, { nullable: true })
  acceptedAnswer(
    @Parent() thread: ThreadEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<AnswerEntity | null> | null {
    return thread.acceptedAnswerId ? this.answersService.load(ctx.loaders, thread.acceptedAnswerId) : null;
  }

  @ResolveField(() => AnswerConnection, {
    description: 'Accepted first, then the first official answer, then by score.',
  })
  answers(
    @Parent() thread: ThreadEntity,
    @Args() page: AnswerPageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<AnswerEntity>> {
    const seeHidden = this.threadsService.policy.canSeeHidden(ctx.viewer?.account ?? null);
    return this.answersService.forThread(ctx.loaders, thread, page, seeHidden);
  }
}

/** The answers an account wrote, on its profile. */
@Resolver(() => AccountModel)
export class AccountAnswersResolver {
  constructor(private readonly answersService: AnswersService) {}

  @ResolveField(() => AnswerConnection, { description: 'Answers this account wrote, newest first.' })
  answers(@Parent() account: AccountEntity, @Args() page: PageArgs): Promise<Connection<AnswerEntity>> {
    return this.answersService.byAuthor(account.id, page);
  }
}
