import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountModel } from '../accounts/account.model';
import { AccountsService } from '../accounts/accounts.service';
import type { AnswerEntity } from '../answers/answer.entity';
import { AnswerModel } from '../answers/answer.model';
import { RequestContext } from '../common/context';
import { whenLoaded } from '../common/loaders';
import { CurrentGuardian, NoArgs } from '../common/decorators';
import { CommentAbilities } from '../guardian/ability.model';
import { Guardian } from '../guardian/guardian';
import { commentAbilities } from '../guardian/publish';
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
    private readonly threadsService: ThreadsService,
  ) {}

  @Mutation(() => CommentModel, {
    description: "On a thread or an answer. Commenting on others' posts needs reputation.",
  })
  postComment(
    @Args('input') input: PostCommentInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<CommentEntity> {
    return this.commentsService.post(guardian, input);
  }

  // Per comment of a page: graphql-js's own arguments, no parameter decorators (see NoArgs).
  @ResolveField(() => AccountModel)
  async author(comment: CommentEntity, _args: NoArgs, ctx: RequestContext): Promise<AccountEntity> {
    return (await this.accountsService.load(ctx.loaders, comment.authorId))!;
  }

  @ResolveField(() => CommentAbilities, {
    complexity: 0,
    description: 'What the viewer may do with this comment now, and why not (from the guardian).',
  })
  can(
    comment: CommentEntity,
    _args: NoArgs,
    ctx: RequestContext,
  ): CommentAbilities | Promise<CommentAbilities> {
    return whenLoaded(this.threadsService.loaded(ctx.loaders, comment.threadId), (thread) =>
      commentAbilities(ctx.guardian, comment, thread!),
    );
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
  comments(thread: ThreadEntity, _args: NoArgs, ctx: RequestContext): Promise<CommentEntity[]> {
    return this.commentsService.onThread(ctx, thread);
  }
}

/** Comments on an answer. */
@Resolver(() => AnswerModel)
export class AnswerCommentsResolver {
  constructor(
    private readonly commentsService: CommentsService,
    private readonly threadsService: ThreadsService,
  ) {}

  // Per answer of a page: graphql-js's own arguments, no parameter decorators (see NoArgs).
  @ResolveField(() => [CommentModel])
  comments(
    answer: AnswerEntity,
    _args: NoArgs,
    ctx: RequestContext,
  ): CommentEntity[] | Promise<CommentEntity[]> {
    return this.commentsService.onAnswer(ctx, answer);
  }
}
