// GraphQL for the care queue and routing; thin: the rules live in CareQueueService and the guardian (guardian/care.ts).
import { Args, Float, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountModel } from '../accounts/account.model';
import { AccountsService } from '../accounts/accounts.service';
import type { CategoryEntity } from '../categories/category.entity';
import { CategoryModel } from '../categories/category.model';
import { Connection } from '../common/connection';
import { RequestContext } from '../common/context';
import { Ctx, CurrentGuardian, NoArgs } from '../common/decorators';
import { Guardian } from '../guardian/guardian';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadModel } from '../threads/thread.model';
import { AssignmentEventEntity } from './assignment-event.entity';
import { PubSub } from '../common/pubsub';
import { CARE_QUEUE_TOPIC } from './care.listener';
import {
  AssignThreadInput,
  CareQueueArgs,
  CreateTeamInput,
  SetCategoryTeamInput,
  TeamMemberInput,
} from './care.inputs';
import {
  AssignmentEventModel,
  CareQueueChange,
  CareQueueConnection,
  CareQueueItem,
  ExpectedWaitModel,
  TeamModel,
} from './care.model';
import { CategoryWaitEntity } from './category-wait.entity';
import { ExpectedWaitService } from './expected-wait.service';
import { CareQueueService } from './queue.service';
import { TeamEntity } from './team.entity';

@Resolver()
export class CareQueueResolver {
  constructor(
    private readonly care: CareQueueService,
    private readonly pubsub: PubSub,
  ) {}

  @Query(() => CareQueueConnection, {
    description: 'Employees only: questions waiting for an official or accepted answer, oldest first.',
  })
  careQueue(
    @Args() args: CareQueueArgs,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<Connection<CareQueueItem>> {
    return this.care.queue(guardian, args);
  }

  @Subscription(() => CareQueueChange, {
    description: 'Employees only: a question arrived, was answered, assigned, … (over graphql-ws).',
    resolve: (payload: CareQueueChange) => payload,
  })
  careQueueChanged(@CurrentGuardian() guardian: Guardian): AsyncIterableIterator<CareQueueChange> {
    guardian.ensure(guardian.care.canUseConsole('follow the care queue'));
    return this.pubsub.subscribe<CareQueueChange>(CARE_QUEUE_TOPIC);
  }

  @Mutation(() => ThreadModel, {
    description: 'Employees only: route a thread to an employee (null unassigns) and optionally a team.',
  })
  assignThread(
    @Args('input') input: AssignThreadInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<ThreadEntity> {
    return this.care.assign(guardian, input);
  }

  @Query(() => [AccountModel], {
    description: 'Employees only: the employees and admins a thread can be assigned to, by name.',
  })
  assignableStaff(@CurrentGuardian() guardian: Guardian): Promise<AccountEntity[]> {
    return this.care.assignableStaff(guardian);
  }

  @Query(() => [TeamModel], { description: 'Employees only.' })
  teams(@CurrentGuardian() guardian: Guardian): Promise<TeamEntity[]> {
    return this.care.listTeams(guardian);
  }

  @Mutation(() => TeamModel, { description: 'Admins only.' })
  createTeam(
    @Args('input') input: CreateTeamInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<TeamEntity> {
    return this.care.createTeam(guardian, input);
  }

  @Mutation(() => TeamModel, { description: 'Admins only; the account must be an employee.' })
  addTeamMember(
    @Args('input') input: TeamMemberInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<TeamEntity> {
    return this.care.addTeamMember(guardian, input);
  }

  @Mutation(() => TeamModel, { description: 'Admins only: takes the account off the team.' })
  removeTeamMember(
    @Args('input') input: TeamMemberInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<TeamEntity> {
    return this.care.removeTeamMember(guardian, input);
  }

  @Mutation(() => CategoryModel, { description: "Admins only: the team a category's new questions go to." })
  setCategoryDefaultTeam(
    @Args('input') input: SetCategoryTeamInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<CategoryEntity> {
    return this.care.setCategoryTeam(guardian, input);
  }
}

/** Routing fields on Thread: for employees only (null for others). */
@Resolver(() => ThreadModel)
export class ThreadRoutingResolver {
  constructor(
    private readonly care: CareQueueService,
    private readonly accounts: AccountsService,
  ) {}

  @ResolveField(() => AccountModel, { nullable: true, description: 'Employees only (null for others).' })
  assignee(thread: ThreadEntity, _args: NoArgs, ctx: RequestContext): Promise<AccountEntity | null> | null {
    if (!ctx.guardian.care.seesCareDetails || !thread.assigneeId) return null;
    return this.accounts.load(ctx.loaders, thread.assigneeId);
  }

  @ResolveField(() => TeamModel, { nullable: true, description: 'Employees only (null for others).' })
  assignedTeam(thread: ThreadEntity, _args: NoArgs, ctx: RequestContext): Promise<TeamEntity | null> | null {
    if (!ctx.guardian.care.seesCareDetails || !thread.assignedTeamId) return null;
    return this.care.loadTeam(ctx.loaders, thread.assignedTeamId);
  }

  @ResolveField(() => [AssignmentEventModel], {
    nullable: true,
    description: 'Employees only (null for others): routing changes, oldest first.',
  })
  assignmentHistory(
    thread: ThreadEntity,
    _args: NoArgs,
    ctx: RequestContext,
  ): Promise<AssignmentEventEntity[]> | null {
    if (!ctx.guardian.care.seesCareDetails) return null;
    return this.care.assignmentHistory(ctx.loaders, thread.id);
  }

  @ResolveField(() => Float, {
    nullable: true,
    description: 'Employees only: −1 … 1, null when not English.',
  })
  sentiment(thread: ThreadEntity, _args: NoArgs, { guardian }: RequestContext): number | null {
    return guardian.care.seesCareDetails ? thread.sentiment : null;
  }
}

@Resolver(() => CategoryModel)
export class CategoryCareResolver {
  constructor(
    private readonly waits: ExpectedWaitService,
    private readonly care: CareQueueService,
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
    if (!ctx.guardian.care.seesCareDetails || !category.defaultTeamId) return null;
    return this.care.loadTeam(ctx.loaders, category.defaultTeamId);
  }
}

@Resolver(() => TeamModel)
export class TeamResolver {
  constructor(private readonly care: CareQueueService) {}

  @ResolveField(() => [AccountModel])
  members(@Parent() team: TeamEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity[]> {
    return this.care.teamMembers(ctx.loaders, team.id);
  }
}

@Resolver(() => AssignmentEventModel)
export class AssignmentEventResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly care: CareQueueService,
  ) {}

  @ResolveField(() => AccountModel)
  async actor(event: AssignmentEventEntity, _args: NoArgs, ctx: RequestContext): Promise<AccountEntity> {
    return (await this.accounts.load(ctx.loaders, event.actorId))!;
  }

  @ResolveField(() => AccountModel, { nullable: true })
  assignee(
    event: AssignmentEventEntity,
    _args: NoArgs,
    ctx: RequestContext,
  ): Promise<AccountEntity | null> | null {
    return event.assigneeId ? this.accounts.load(ctx.loaders, event.assigneeId) : null;
  }

  @ResolveField(() => TeamModel, { nullable: true })
  team(event: AssignmentEventEntity, _args: NoArgs, ctx: RequestContext): Promise<TeamEntity | null> | null {
    return event.teamId ? this.care.loadTeam(ctx.loaders, event.teamId) : null;
  }
}
