import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountEntity } from '../accounts/account.entity';
import { AccountModel } from '../accounts/account.model';
import { AccountsService } from '../accounts/accounts.service';
import { RequestContext, Viewer } from '../common/context';
import { Ctx, CurrentViewer } from '../common/decorators';
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
