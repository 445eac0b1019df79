import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { AnswerEntity } from '../answers/answer.entity';
import { AnswerModel } from '../answers/answer.model';
import { RequestContext } from '../common/context';
import { CurrentGuardian, NoArgs } from '../common/decorators';
import { Guardian } from '../guardian/guardian';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadModel, VoteValue } from '../threads/thread.model';
import { VoteInput, VoteResult } from './votes.inputs';
import { VotesService } from './votes.service';

@Resolver(() => VoteResult)
export class VotesResolver {
  constructor(private readonly votesService: VotesService) {}

  @Mutation(() => VoteResult, {
    description: 'Up, down, or NONE to take a vote back; not on your own posts.',
  })
  vote(@Args('input') input: VoteInput, @CurrentGuardian() guardian: Guardian): Promise<VoteResult> {
    return this.votesService.vote(guardian, input);
  }
}

/** The viewer's own vote on a thread. */
@Resolver(() => ThreadModel)
export class ThreadVotesResolver {
  constructor(private readonly votesService: VotesService) {}

  @ResolveField(() => VoteValue)
  viewerVote(thread: ThreadEntity, _args: NoArgs, ctx: RequestContext): Promise<VoteValue> {
    return this.votesService.viewerVote(ctx.loaders, ctx.viewer, thread.id);
  }
}

/** The viewer's own vote on an answer. */
@Resolver(() => AnswerModel)
export class AnswerVotesResolver {
  constructor(private readonly votesService: VotesService) {}

  // Per answer of a page: graphql-js's own arguments, no parameter decorators (see NoArgs).
  @ResolveField(() => VoteValue)
  viewerVote(answer: AnswerEntity, _args: NoArgs, ctx: RequestContext): Promise<VoteValue> {
    return this.votesService.viewerVote(ctx.loaders, ctx.viewer, answer.id);
  }
}
