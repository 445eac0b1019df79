import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Viewer } from '../common/context';
import { CurrentViewer } from '../common/decorators';
import { VoteInput, VoteResult } from './votes.inputs';
import { VotesService } from './votes.service';

@Resolver(() => VoteResult)
export class VotesResolver {
  constructor(private readonly votesService: VotesService) {}

  @Mutation(() => VoteResult, {
    description: 'Up, down, or NONE to take a vote back; not on your own posts.',
  })
  vote(@Args('input') input: VoteInput, @CurrentViewer() viewer: Viewer | null): Promise<VoteResult> {
    return this.votesService.vote(viewer, input);
  }
}
