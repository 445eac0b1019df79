// GraphQL for satisfaction ratings; thin: the rules live in RatingsService and the guardian (guardian/care.ts).
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../common/context';
import { notFound } from '../common/errors';
import { Ctx, CurrentGuardian, NoArgs } from '../common/decorators';
import { AbilityModel, ThreadAbilities } from '../guardian/ability.model';
import { Guardian } from '../guardian/guardian';
import type { ThreadAbilitySet } from '../guardian/publish';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadModel } from '../threads/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { RateHelpInput } from './care.inputs';
import { SatisfactionRatingModel } from './care.model';
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
    @CurrentGuardian() guardian: Guardian,
  ): Promise<SatisfactionRatingEntity> {
    return this.care.rateHelp(guardian, input);
  }

  @ResolveField(() => ThreadModel)
  async thread(@Parent() r: SatisfactionRatingEntity, @Ctx() ctx: RequestContext): Promise<ThreadEntity> {
    const thread = await this.threads.findVisible(ctx.guardian, r.threadId, ctx.loaders);
    if (!thread) throw notFound('thread');
    return thread;
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
    thread: ThreadEntity,
    _args: NoArgs,
    ctx: RequestContext,
  ): Promise<SatisfactionRatingEntity | null> {
    return this.care.ratingFor(ctx.loaders, ctx.guardian, thread);
  }

  @ResolveField(() => Boolean, {
    description: 'The viewer asked this solved question and has not rated it yet.',
    deprecationReason: 'Use `can { rate }`, which also says why not.',
  })
  async viewerCanRate(@Parent() thread: ThreadEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await this.care.rateAbility(ctx, thread)).allowed;
  }
}

/** Care's ability on a thread: rating the help (the asker, once, when solved). */
@Resolver(() => ThreadAbilities)
export class ThreadRateAbilityResolver {
  constructor(private readonly care: RatingsService) {}

  @ResolveField(() => AbilityModel, {
    complexity: 0,
    description: 'Rate the help on this solved question (its asker, once).',
  })
  rate(can: ThreadAbilitySet, _args: NoArgs, ctx: RequestContext): Promise<AbilityModel> {
    return this.care.rateAbility(ctx, can.thread);
  }
}
