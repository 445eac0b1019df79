// GraphQL for flags: reporting a post, the moderators' queue, and closing flags.
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, PageArgs } from '../common/connection';
import { RequestContext, Viewer } from '../common/context';
import { Ctx, CurrentViewer } from '../common/decorators';
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
  flag(@Args('input') input: FlagInput, @CurrentViewer() viewer: Viewer | null): Promise<FlagEntity> {
    return this.flags.flag(viewer, input);
  }

  @Query(() => FlagGroupConnection, { description: 'Moderators: open flags grouped by post, oldest first.' })
  flagQueue(
    @Args() page: PageArgs,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<Connection<FlagGroupModel>> {
    return this.flags.flagQueue(viewer, page);
  }

  @Mutation(() => ModerationActionModel, {
    description: 'Moderators: closes (RESOLVED) or dismisses the open flags on a post.',
  })
  resolveFlags(
    @Args('input') input: ResolveFlagsInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<ModerationActionEntity> {
    return this.flags.resolveFlags(viewer, input);
  }
}

@Resolver(() => FlagGroupModel)
export class FlagGroupResolver {
  constructor(private readonly threadsService: ThreadsService) {}

  @ResolveField(() => ThreadModel, { nullable: true })
  thread(@Parent() group: FlagGroupModel, @Ctx() ctx: RequestContext): Promise<ThreadEntity | null> | null {
    return group.threadId ? this.threadsService.findVisible(ctx.viewer, group.threadId, ctx.loaders) : null;
  }
}
