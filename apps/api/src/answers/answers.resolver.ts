import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountModel } from '../accounts/account.model';
import { AccountsService } from '../accounts/accounts.service';
import { checkPage, Connection, PageArgs, type PageArgsValue } from '../common/connection';
import { RequestContext } from '../common/context';
import { whenLoaded } from '../common/loaders';
import { Ctx, CurrentGuardian, NoArgs } from '../common/decorators';
import { notFound } from '../common/errors';
import { AnswerAbilities } from '../guardian/ability.model';
import { Guardian } from '../guardian/guardian';
import { answerAbilities } from '../guardian/publish';
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
    @CurrentGuardian() guardian: Guardian,
  ): Promise<AnswerEntity> {
    return this.answersService.post(guardian, input);
  }

  @Mutation(() => AnswerModel)
  editAnswer(
    @Args('input') input: EditAnswerInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<AnswerEntity> {
    return this.answersService.edit(guardian, input);
  }

  @Mutation(() => AnswerModel)
  deleteAnswer(
    @Args('input') input: DeleteAnswerInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<AnswerEntity> {
    return this.answersService.delete(guardian, input);
  }

  @Mutation(() => AnswerModel, {
    description: 'The asker (or staff) marks the answer that solved the question.',
  })
  acceptAnswer(
    @Args('answerId', { type: () => ID }) answerId: string,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<AnswerEntity> {
    return this.answersService.accept(guardian, answerId);
  }

  @Mutation(() => AnswerModel)
  unacceptAnswer(
    @Args('answerId', { type: () => ID }) answerId: string,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<AnswerEntity> {
    return this.answersService.unaccept(guardian, answerId);
  }

  @ResolveField(() => ThreadModel)
  async thread(@Parent() answer: AnswerEntity, @Ctx() ctx: RequestContext): Promise<ThreadEntity> {
    // Answers are only listed on threads the viewer may see; this holds the line if one slips through.
    const thread = await this.threadsService.findVisible(ctx.guardian, answer.threadId, ctx.loaders);
    if (!thread) throw notFound('thread');
    return thread;
  }

  // Per answer of a page: graphql-js's own arguments, no parameter decorators (see NoArgs).
  @ResolveField(() => AccountModel)
  async author(answer: AnswerEntity, _args: NoArgs, ctx: RequestContext): Promise<AccountEntity> {
    return (await this.accountsService.load(ctx.loaders, answer.authorId))!;
  }

  @ResolveField(() => Boolean)
  accepted(answer: AnswerEntity, _args: NoArgs, ctx: RequestContext): boolean | Promise<boolean> {
    return whenLoaded(
      this.threadsService.loaded(ctx.loaders, answer.threadId),
      (thread) => thread?.acceptedAnswerId === answer.id,
    );
  }

  @ResolveField(() => AnswerAbilities, {
    complexity: 0,
    description: 'What the viewer may do with this answer now, and why not (from the guardian).',
  })
  can(answer: AnswerEntity, _args: NoArgs, ctx: RequestContext): AnswerAbilities | Promise<AnswerAbilities> {
    // The thread is already loaded for the page (same request loader): no extra query, and no wait, per answer.
    return whenLoaded(this.threadsService.loaded(ctx.loaders, answer.threadId), (thread) =>
      answerAbilities(ctx.guardian, answer, thread!),
    );
  }

  @ResolveField(() => AnswerPermissions, { deprecationReason: 'Use `can`, which also says why not.' })
  async viewerCan(@Parent() answer: AnswerEntity, @Ctx() ctx: RequestContext): Promise<AnswerPermissions> {
    const thread = (await this.threadsService.load(ctx.loaders, answer.threadId))!;
    const can = answerAbilities(ctx.guardian, answer, thread);
    const accepted = thread.acceptedAnswerId === answer.id;
    return {
      edit: can.edit.allowed,
      delete: can.delete.allowed,
      accept: can.accept.allowed && !accepted,
      unaccept: can.accept.allowed && accepted,
      vote: can.vote.allowed,
      comment: can.comment.allowed,
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

  @ResolveField(() => AnswerModel, { nullable: true, description: 'Null when hidden from the viewer.' })
  acceptedAnswer(
    @Parent() thread: ThreadEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<AnswerEntity | null> | null {
    return thread.acceptedAnswerId ? this.answersService.findVisible(ctx, thread.acceptedAnswerId) : null;
  }

  @ResolveField(() => AnswerConnection, {
    description: 'Accepted first, then the first official answer, then by score.',
  })
  answers(
    @Parent() thread: ThreadEntity,
    // Checked by hand (same rules and messages), not by the validation pipe: one per thread page.
    @Args({ type: () => AnswerPageArgs }) page: PageArgsValue,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<AnswerEntity>> {
    return this.answersService.forThread(ctx, thread, checkPage(page));
  }
}

/** The answers an account wrote, on its profile. */
@Resolver(() => AccountModel)
export class AccountAnswersResolver {
  constructor(private readonly answersService: AnswersService) {}

  @ResolveField(() => AnswerConnection, {
    description: 'Answers this account wrote, newest first (those the viewer may see).',
  })
  answers(
    @Parent() account: AccountEntity,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<AnswerEntity>> {
    return this.answersService.byAuthor(ctx.guardian, account.id, page);
  }
}
