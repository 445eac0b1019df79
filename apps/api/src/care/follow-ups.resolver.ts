// GraphQL for private follow-ups; thin: the rules live in FollowUpsService and the guardian (guardian/care.ts).
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountModel } from '../accounts/account.model';
import { AccountsService } from '../accounts/accounts.service';
import { RequestContext } from '../common/context';
import { Ctx, CurrentGuardian, NoArgs } from '../common/decorators';
import { Guardian } from '../guardian/guardian';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadModel } from '../threads/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { OpenPrivateFollowUpInput, ReplyPrivateFollowUpInput } from './care.inputs';
import { PrivateConversationModel, PrivateMessageModel } from './care.model';
import { FollowUpsService } from './follow-ups.service';
import { PrivateConversationEntity, PrivateMessageEntity } from './private-conversation.entity';

@Resolver()
export class FollowUpsResolver {
  constructor(private readonly care: FollowUpsService) {}

  @Mutation(() => PrivateConversationModel, {
    description: "Employees only: a private conversation with the thread's asker (continues an open one).",
  })
  openPrivateFollowUp(
    @Args('input') input: OpenPrivateFollowUpInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<PrivateConversationEntity> {
    return this.care.openPrivateFollowUp(guardian, input);
  }

  @Mutation(() => PrivateConversationModel, { description: 'The customer or an employee.' })
  replyPrivateFollowUp(
    @Args('input') input: ReplyPrivateFollowUpInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<PrivateConversationEntity> {
    return this.care.replyPrivateFollowUp(guardian, input);
  }

  @Mutation(() => PrivateConversationModel, { description: 'Employees only.' })
  closePrivateFollowUp(
    @Args('id', { type: () => ID }) id: string,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<PrivateConversationEntity> {
    return this.care.closePrivateFollowUp(guardian, id);
  }

  @Query(() => PrivateConversationModel, {
    description: 'The customer and employees only; NOT_FOUND for everyone else.',
  })
  privateConversation(
    @Args('id', { type: () => ID }) id: string,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<PrivateConversationEntity> {
    return this.care.readableConversation(guardian, id);
  }

  @Query(() => [PrivateConversationModel], {
    description: "The viewer's private conversations (for employees also those they opened), newest first.",
  })
  myPrivateConversations(@CurrentGuardian() guardian: Guardian): Promise<PrivateConversationEntity[]> {
    return this.care.myConversations(guardian);
  }
}

/** The public trace of a follow-up on Thread: that it happened, never what was said. */
@Resolver(() => ThreadModel)
export class ThreadFollowUpResolver {
  constructor(private readonly care: FollowUpsService) {}

  @ResolveField(() => Boolean, {
    description: 'Whether the brand followed up in private (never what was said).',
  })
  privateFollowUp(thread: ThreadEntity, _args: NoArgs, ctx: RequestContext): Promise<boolean> {
    return this.care.hasFollowUp(ctx.loaders, thread.id);
  }
}

@Resolver(() => PrivateConversationModel)
export class PrivateConversationResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly threads: ThreadsService,
    private readonly care: FollowUpsService,
  ) {}

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may close it: employees, while it is open.',
  })
  viewerCanClose(@Parent() c: PrivateConversationEntity, @CurrentGuardian() guardian: Guardian): boolean {
    return this.care.canClose(guardian, c);
  }

  @ResolveField(() => ThreadModel)
  async thread(@Parent() c: PrivateConversationEntity, @Ctx() ctx: RequestContext): Promise<ThreadEntity> {
    return (await this.threads.load(ctx.loaders, c.threadId))!;
  }

  @ResolveField(() => AccountModel)
  async customer(@Parent() c: PrivateConversationEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity> {
    return (await this.accounts.load(ctx.loaders, c.customerId))!;
  }

  @ResolveField(() => AccountModel)
  async openedBy(@Parent() c: PrivateConversationEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity> {
    return (await this.accounts.load(ctx.loaders, c.openedById))!;
  }

  @ResolveField(() => [PrivateMessageModel])
  messages(
    @Parent() c: PrivateConversationEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<PrivateMessageEntity[]> {
    return this.care.messagesOf(ctx.loaders, c.id);
  }
}

@Resolver(() => PrivateMessageModel)
export class PrivateMessageResolver {
  constructor(private readonly accounts: AccountsService) {}

  @ResolveField(() => AccountModel)
  async author(@Parent() m: PrivateMessageEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity> {
    return (await this.accounts.load(ctx.loaders, m.authorId))!;
  }
}
