import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountModel } from '../accounts/account.model';
import { AccountsService } from '../accounts/accounts.service';
import type { AnswerEntity } from '../answers/answer.entity';
import { AnswerModel } from '../answers/answer.model';
import { RequestContext, Viewer } from '../common/context';
import { Ctx, CurrentViewer } from '../common/decorators';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadModel } from '../threads/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { CommentEntity } from './comment.entity';
import { CommentModel, PostCommentInput } from './comment.model';
import { CommentsService } from './comments.service';

@Resolver(() => CommentModel)
export class CommentsResolver {
  constructor(
    private readonly commentsService: CommentsService,
    private readonly accountsService: AccountsService,
  ) {}

  @Mutation(() => CommentModel, {
    description: "On a thread or an answer. Commenting on others' posts needs reputation.",
  })
  postComment(
    @Args('input') input: PostCommentInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<CommentEntity> {
    return this.commentsService.post(viewer, input);
  }

  @ResolveField(() => AccountModel)
  async author(@Parent() comment: CommentEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity> {
    return (await this.accountsService.load(ctx.loaders, comment.authorId))!;
  }
}

/** Comments on the thread itself. */
@Resolver(() => ThreadModel)
export class ThreadCommentsResolver {
  constructor(
    private readonly commentsService: CommentsService,
    private readonly threadsService: ThreadsService,
  ) {}

  @ResolveField(() => [CommentModel], {
    description: 'Comments on the thread itself (not on its answers), oldest first.',
  })
  comments(@Parent() thread: ThreadEntity, @Ctx() ctx: RequestContext): Promise<CommentEntity[]> {
    const seeHidden = this.threadsService.policy.canSeeHidden(ctx.viewer?.account ?? null);
    return this.commentsService.onThread(ctx.loaders, thread.id, seeHidden);
  }
}

/** Comments on an answer. */
@Resolver(() => AnswerModel)
export class AnswerCommentsResolver {
  constructor(
    private readonly commentsService: CommentsService,
    private readonly threadsService: ThreadsService,
  ) {}

  @ResolveField(() => [CommentModel])
  comments(@Parent() answer: AnswerEntity, @Ctx() ctx: RequestContext): Promise<CommentEntity[]> {
    const seeHidden = this.threadsService.policy.canSeeHidden(ctx.viewer?.account ?? null);
    return this.commentsService.onAnswer(ctx.loaders, answer.threadId, answer.id, seeHidden);
  }
}
