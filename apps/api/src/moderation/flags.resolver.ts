// GraphQL for flags: reporting a post, the moderators' queue, and closing flags.
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, PageArgs } from '../common/connection';
import { RequestContext } from '../common/context';
import { Ctx, CurrentGuardian } from '../common/decorators';
import { Guardian } from '../guardian/guardian';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadModel } from '../threads/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { FlagEntity } from './flag.entity';
import { FlagsService } from './flags.service';
import { ModerationActionEntity } from './moderation-action.entity';
import { FlagInput, ResolveFlagsInput } from './moderation.inputs';
import { FlagGroupConnection, FlagGroupModel, FlagModel, ModerationActionModel } from './moderation.model';

@Resolver()
export class FlagsResolver {
  constructor(private readonly flags: FlagsService) {}

  @Mutation(() => FlagModel, { description: 'Needs the flag privilege; one open flag per account and post.' })
  flag(@Args('input') input: FlagInput, @CurrentGuardian() guardian: Guardian): Promise<FlagEntity> {
    return this.flags.flag(guardian, input);
  }

  @Query(() => FlagGroupConnection, { description: 'Moderators: open flags grouped by post, oldest first.' })
  flagQueue(
    @Args() page: PageArgs,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<Connection<FlagGroupModel>> {
    return this.flags.flagQueue(guardian, page);
  }

  @Mutation(() => ModerationActionModel, {
    description: 'Moderators: closes (RESOLVED) or dismisses the open flags on a post.',
  })
  resolveFlags(
    @Args('input') input: ResolveFlagsInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<ModerationActionEntity> {
    return this.flags.resolveFlags(guardian, input);
  }
}

@Resolver(() => FlagGroupModel)
export class FlagGroupResolver {
  constructor(private readonly threadsService: ThreadsService) {}

  @ResolveField(() => ThreadModel, { nullable: true })
  thread(@Parent() group: FlagGroupModel, @Ctx() ctx: RequestContext): Promise<ThreadEntity | null> | null {
    return group.threadId ? this.threadsService.findVisible(ctx.guardian, group.threadId, ctx.loaders) : null;
  }
}
