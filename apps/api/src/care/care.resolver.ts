// GraphQL for the care console; thin: every rule lives in CareService and care.policy.ts.
import {
  Args,
  Float,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { AccountEntity } from '../accounts/account.entity';
import { AccountModel } from '../accounts/account.model';
import { AccountsService } from '../accounts/accounts.service';
import { CategoryEntity } from '../categories/category.entity';
import { CategoryModel } from '../categories/category.model';
import { Connection } from '../common/connection';
import { RequestContext, Viewer } from '../common/context';
import { Ctx, CurrentViewer } from '../common/decorators';
import { ThreadEntity } from '../threads/thread.entity';
import { ThreadModel } from '../threads/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { AssignmentEventEntity } from './assignment-event.entity';
import { CarePubSub } from './care-pubsub';
import { CARE_QUEUE_TOPIC } from './care.listener';
import {
  AssignThreadInput,
  CareQueueArgs,
  CreateSavedReplyInput,
  CreateTeamInput,
  OpenPrivateFollowUpInput,
  RateHelpInput,
  RenderSavedReplyInput,
  ReplyPrivateFollowUpInput,
  SetCategoryTeamInput,
  TeamMemberInput,
  UpdateSavedReplyInput,
} from './care.inputs';
import {
  AssignmentEventModel,
  CareQueueChange,
  CareQueueConnection,
  CareQueueItem,
  CustomerHistoryModel,
  ExpectedWaitModel,
  PrivateConversationModel,
  PrivateMessageModel,
  SatisfactionRatingModel,
  SavedReplyModel,
  TeamModel,
} from './care.model';
import { carePolicy } from './care.policy';
import { CareService, CustomerHistory } from './care.service';
import { CategoryWaitEntity } from './category-wait.entity';
import { ExpectedWaitService } from './expected-wait.service';
import { PrivateConversationEntity, PrivateMessageEntity } from './private-conversation.entity';
import { SatisfactionRatingEntity } from './satisfaction-rating.entity';
import { SavedReplyEntity } from './saved-reply.entity';
import { TeamEntity } from './team.entity';

@Resolver()
export class CareResolver {
  constructor(
    private readonly care: CareService,
    private readonly pubsub: CarePubSub,
  ) {}

  @Query(() => CareQueueConnection, {
    description: 'Employees only: questions waiting for an official or accepted answer, oldest first.',
  })
  careQueue(
    @Args() args: CareQueueArgs,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<Connection<CareQueueItem>> {
    return this.care.queue(viewer, args);
  }

  @Subscription(() => CareQueueChange, {
    description: 'Employees only: a question arrived, was answered, assigned, … (over graphql-ws).',
    resolve: (payload: CareQueueChange) => payload,
  })
  careQueueChanged(@CurrentViewer() viewer: Viewer | null): AsyncIterableIterator<CareQueueChange> {
    carePolicy.assertStaff(viewer, 'follow the care queue');
    return this.pubsub.subscribe<CareQueueChange>(CARE_QUEUE_TOPIC);
  }

  @Mutation(() => ThreadModel, {
    description: 'Employees only: route a thread to an employee (null unassigns) and optionally a team.',
  })
  assignThread(
    @Args('input') input: AssignThreadInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<ThreadEntity> {
    return this.care.assign(viewer, input);
  }

  @Query(() => [TeamModel], { description: 'Employees only.' })
  teams(@CurrentViewer() viewer: Viewer | null): Promise<TeamEntity[]> {
    return this.care.listTeams(viewer);
  }

  @Mutation(() => TeamModel, { description: 'Admins only.' })
  createTeam(
    @Args('input') input: CreateTeamInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<TeamEntity> {
    return this.care.createTeam(viewer, input);
  }

  @Mutation(() => TeamModel, { description: 'Admins only; the account must be an employee.' })
  addTeamMember(
    @Args('input') input: TeamMemberInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<TeamEntity> {
    return this.care.addTeamMember(viewer, input);
  }

  @Mutation(() => CategoryModel, { description: "Admins only: the team a category's new questions go to." })
  setCategoryDefaultTeam(
    @Args('input') input: SetCategoryTeamInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<CategoryEntity> {
    return this.care.setCategoryTeam(viewer, input);
  }

  @Query(() => [SavedReplyModel], { description: 'Employees only: shared reply templates, by title.' })
  savedReplies(@CurrentViewer() viewer: Viewer | null): Promise<SavedReplyEntity[]> {
    return this.care.listSavedReplies(viewer);
  }

  @Mutation(() => SavedReplyModel, { description: 'Employees only.' })
  createSavedReply(
    @Args('input') input: CreateSavedReplyInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<SavedReplyEntity> {
    return this.care.createSavedReply(viewer, input);
  }

  @Mutation(() => SavedReplyModel, { description: 'Employees only; omitted fields keep their value.' })
  updateSavedReply(
    @Args('input') input: UpdateSavedReplyInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<SavedReplyEntity> {
    return this.care.updateSavedReply(viewer, input);
  }

  @Mutation(() => Boolean, { description: 'Employees only.' })
  deleteSavedReply(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<boolean> {
    return this.care.deleteSavedReply(viewer, id);
  }

  @Query(() => String, {
    description:
      "Employees only: the saved reply's Markdown with the thread's customer name and title filled in.",
  })
  renderSavedReply(
    @Args('input') input: RenderSavedReplyInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<string> {
    return this.care.renderSavedReply(viewer, input);
  }

  @Mutation(() => PrivateConversationModel, {
    description: "Employees only: a private conversation with the thread's asker (continues an open one).",
  })
  openPrivateFollowUp(
    @Args('input') input: OpenPrivateFollowUpInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<PrivateConversationEntity> {
    return this.care.openPrivateFollowUp(viewer, input);
  }

  @Mutation(() => PrivateConversationModel, { description: 'The customer or an employee.' })
  replyPrivateFollowUp(
    @Args('input') input: ReplyPrivateFollowUpInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<PrivateConversationEntity> {
    return this.care.replyPrivateFollowUp(viewer, input);
  }

  @Mutation(() => PrivateConversationModel, { description: 'Employees only.' })
  closePrivateFollowUp(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<PrivateConversationEntity> {
    return this.care.closePrivateFollowUp(viewer, id);
  }

  @Query(() => PrivateConversationModel, {
    description: 'The customer and employees only; NOT_FOUND for everyone else.',
  })
  privateConversation(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<PrivateConversationEntity> {
    return this.care.readableConversation(viewer, id);
  }

  @Query(() => [PrivateConversationModel], {
    description: "The viewer's private conversations (for employees also those they opened), newest first.",
  })
  myPrivateConversations(@CurrentViewer() viewer: Viewer | null): Promise<PrivateConversationEntity[]> {
    return this.care.myConversations(viewer);
  }

  @Query(() => CustomerHistoryModel, { description: 'Employees only.' })
  customerHistory(
    @Args('accountId', { type: () => ID }) accountId: string,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<CustomerHistory> {
    return this.care.customerHistory(viewer, accountId);
  }

  @Mutation(() => SatisfactionRatingModel, {
    description: 'The asker of a solved question, once: 1–5 and an optional comment.',
  })
  rateHelp(
    @Args('input') input: RateHelpInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<SatisfactionRatingEntity> {
    return this.care.rateHelp(viewer, input);
  }
}

/** Care fields on Thread: the public one says a follow-up happened; the rest are for staff (or the asker). */
@Resolver(() => ThreadModel)
export class ThreadCareResolver {
  constructor(
    private readonly care: CareService,
    private readonly accounts: AccountsService,
  ) {}

  @ResolveField(() => Boolean, {
    description: 'Whether the brand followed up in private (never what was said).',
  })
  privateFollowUp(@Parent() thread: ThreadEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.care.hasFollowUp(ctx.loaders, thread.id);
  }

  @ResolveField(() => AccountModel, { nullable: true, description: 'Employees only (null for others).' })
  assignee(@Parent() thread: ThreadEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity | null> | null {
    if (!carePolicy.canUseConsole(ctx.viewer?.account ?? null) || !thread.assigneeId) return null;
    return this.accounts.load(ctx.loaders, thread.assigneeId);
  }

  @ResolveField(() => TeamModel, { nullable: true, description: 'Employees only (null for others).' })
  assignedTeam(
    @Parent() thread: ThreadEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<TeamEntity | null> | null {
    if (!carePolicy.canUseConsole(ctx.viewer?.account ?? null) || !thread.assignedTeamId) return null;
    return this.care.loadTeam(ctx.loaders, thread.assignedTeamId);
  }

  @ResolveField(() => [AssignmentEventModel], {
    nullable: true,
    description: 'Employees only (null for others): routing changes, oldest first.',
  })
  assignmentHistory(
    @Parent() thread: ThreadEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<AssignmentEventEntity[]> | null {
    if (!carePolicy.canUseConsole(ctx.viewer?.account ?? null)) return null;
    return this.care.assignmentHistory(ctx.loaders, thread.id);
  }

  @ResolveField(() => Float, {
    nullable: true,
    description: 'Employees only: −1 … 1, null when not English.',
  })
  sentiment(@Parent() thread: ThreadEntity, @CurrentViewer() viewer: Viewer | null): number | null {
    return carePolicy.canUseConsole(viewer?.account ?? null) ? thread.sentiment : null;
  }

  @ResolveField(() => SatisfactionRatingModel, {
    nullable: true,
    description: "The asker's rating of the help; visible to the asker and employees.",
  })
  satisfaction(
    @Parent() thread: ThreadEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<SatisfactionRatingEntity | null> {
    return this.care.ratingFor(ctx.loaders, ctx.viewer, thread);
  }

  @ResolveField(() => Boolean, {
    description: 'The viewer asked this solved question and has not rated it yet.',
  })
  async viewerCanRate(@Parent() thread: ThreadEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    if (!ctx.viewer || !carePolicy.canRate(ctx.viewer.account, thread) || thread.status !== 'SOLVED')
      return false;
    return !(await this.care.ratingFor(ctx.loaders, ctx.viewer, thread));
  }
}

@Resolver(() => CategoryModel)
export class CategoryCareResolver {
  constructor(
    private readonly waits: ExpectedWaitService,
    private readonly care: CareService,
  ) {}

  @ResolveField(() => ExpectedWaitModel, {
    description:
      'The current expected wait for an official response here (recomputed at least every 5 minutes).',
  })
  async expectedWait(
    @Parent() category: CategoryEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<CategoryWaitEntity> {
    return (
      (await this.waits.load(ctx.loaders, category.id)) ?? {
        categoryId: category.id,
        minutes: null,
        sampleSize: 0,
        computedAt: new Date(),
      }
    );
  }

  @ResolveField(() => TeamModel, {
    nullable: true,
    description: 'Employees only: where new questions are routed.',
  })
  defaultTeam(
    @Parent() category: CategoryEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<TeamEntity | null> | null {
    if (!carePolicy.canUseConsole(ctx.viewer?.account ?? null) || !category.defaultTeamId) return null;
    return this.care.loadTeam(ctx.loaders, category.defaultTeamId);
  }
}

@Resolver(() => TeamModel)
export class TeamResolver {
  constructor(private readonly care: CareService) {}

  @ResolveField(() => [AccountModel])
  members(@Parent() team: TeamEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity[]> {
    return this.care.teamMembers(ctx.loaders, team.id);
  }
}

@Resolver(() => AssignmentEventModel)
export class AssignmentEventResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly care: CareService,
  ) {}

  @ResolveField(() => AccountModel)
  async actor(@Parent() event: AssignmentEventEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity> {
    return (await this.accounts.load(ctx.loaders, event.actorId))!;
  }

  @ResolveField(() => AccountModel, { nullable: true })
  assignee(
    @Parent() event: AssignmentEventEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<AccountEntity | null> | null {
    return event.assigneeId ? this.accounts.load(ctx.loaders, event.assigneeId) : null;
  }

  @ResolveField(() => TeamModel, { nullable: true })
  team(
    @Parent() event: AssignmentEventEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<TeamEntity | null> | null {
    return event.teamId ? this.care.loadTeam(ctx.loaders, event.teamId) : null;
  }
}

@Resolver(() => PrivateConversationModel)
export class PrivateConversationResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly threads: ThreadsService,
    private readonly care: CareService,
  ) {}

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

@Resolver(() => SatisfactionRatingModel)
export class SatisfactionRatingResolver {
  constructor(private readonly threads: ThreadsService) {}

  @ResolveField(() => ThreadModel)
  async thread(@Parent() r: SatisfactionRatingEntity, @Ctx() ctx: RequestContext): Promise<ThreadEntity> {
    return (await this.threads.load(ctx.loaders, r.threadId))!;
  }
}

@Resolver(() => CustomerHistoryModel)
export class CustomerHistoryResolver {
  @ResolveField(() => AccountModel)
  account(@Parent() h: CustomerHistory): AccountEntity {
    return h.account;
  }
}
