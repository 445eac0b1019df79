// GraphQL for satisfaction ratings; thin: the rules live in RatingsService and care.policy.ts.
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext, Viewer } from '../common/context';
import { Ctx, CurrentViewer } from '../common/decorators';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadModel } from '../threads/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { RateHelpInput } from './care.inputs';
import { SatisfactionRatingModel } from './care.model';
import { carePolicy } from './care.policy';
import { RatingsService } from './ratings.service';
import { SatisfactionRatingEntity } from './satisfaction-rating.entity';

@Resolver(() => SatisfactionRatingModel)
export class RatingsResolver {
  constructor(
    private readonly care: RatingsService,
    private readonly threads: ThreadsService,
  ) {}

  @Mutation(() => SatisfactionRatingModel, {
    description: 'The asker of a solved question, once: 1–5 and an optional comment.',
  })
  rateHelp(
    @Args('input') input: RateHelpInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<SatisfactionRatingEntity> {
    return this.care.rateHelp(viewer, input);
  }

  @ResolveField(() => ThreadModel)
  async thread(@Parent() r: SatisfactionRatingEntity, @Ctx() ctx: RequestContext): Promise<ThreadEntity> {
    return (await this.threads.load(ctx.loaders, r.threadId))!;
  }
}

/** The asker's rating on Thread, and whether the viewer may still rate. */
@Resolver(() => ThreadModel)
export class ThreadRatingResolver {
  constructor(private readonly care: RatingsService) {}

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
