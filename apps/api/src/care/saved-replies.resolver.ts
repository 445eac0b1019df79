// GraphQL for saved replies; thin: the rules live in SavedRepliesService and care.policy.ts.
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '../common/context';
import { CurrentViewer } from '../common/decorators';
import { CreateSavedReplyInput, RenderSavedReplyInput, UpdateSavedReplyInput } from './care.inputs';
import { SavedReplyModel } from './care.model';
import { SavedReplyEntity } from './saved-reply.entity';
import { SavedRepliesService } from './saved-replies.service';

@Resolver(() => SavedReplyModel)
export class SavedRepliesResolver {
  constructor(private readonly care: SavedRepliesService) {}

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
}
