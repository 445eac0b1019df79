// GraphQL for saved replies; thin: the rules live in SavedRepliesService and the guardian (guardian/care.ts).
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Guardian } from '../guardian/guardian';
import { CurrentGuardian } from '../common/decorators';
import { CreateSavedReplyInput, RenderSavedReplyInput, UpdateSavedReplyInput } from './care.inputs';
import { SavedReplyModel } from './care.model';
import { SavedReplyEntity } from './saved-reply.entity';
import { SavedRepliesService } from './saved-replies.service';

@Resolver(() => SavedReplyModel)
export class SavedRepliesResolver {
  constructor(private readonly care: SavedRepliesService) {}

  @Query(() => [SavedReplyModel], { description: 'Employees only: shared reply templates, by title.' })
  savedReplies(@CurrentGuardian() guardian: Guardian): Promise<SavedReplyEntity[]> {
    return this.care.listSavedReplies(guardian);
  }

  @Mutation(() => SavedReplyModel, { description: 'Employees only.' })
  createSavedReply(
    @Args('input') input: CreateSavedReplyInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<SavedReplyEntity> {
    return this.care.createSavedReply(guardian, input);
  }

  @Mutation(() => SavedReplyModel, { description: 'Employees only; omitted fields keep their value.' })
  updateSavedReply(
    @Args('input') input: UpdateSavedReplyInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<SavedReplyEntity> {
    return this.care.updateSavedReply(guardian, input);
  }

  @Mutation(() => Boolean, { description: 'Employees only.' })
  deleteSavedReply(
    @Args('id', { type: () => ID }) id: string,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<boolean> {
    return this.care.deleteSavedReply(guardian, id);
  }

  @Query(() => String, {
    description:
      "Employees only: the saved reply's Markdown with the thread's customer name and title filled in.",
  })
  renderSavedReply(
    @Args('input') input: RenderSavedReplyInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<string> {
    return this.care.renderSavedReply(guardian, input);
  }
}
