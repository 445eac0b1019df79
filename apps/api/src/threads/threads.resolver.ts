import { renderMarkdown } from '@community/domain';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountModel } from '../accounts/account.model';
import { AccountsService } from '../accounts/accounts.service';
import type { CategoryEntity } from '../categories/category.entity';
import { CategoryModel } from '../categories/category.model';
import { CategoriesService } from '../categories/categories.service';
import { Connection, PageArgs } from '../common/connection';
import { RequestContext } from '../common/context';
import { Ctx, CurrentGuardian, NoArgs } from '../common/decorators';
import { ThreadAbilities } from '../guardian/ability.model';
import { Guardian } from '../guardian/guardian';
import { threadAbilities, ThreadAbilitySet } from '../guardian/publish';
import { badInput } from '../common/errors';
import { markdownCost } from '../common/query-limits';
import { RevisionEntity } from './revision.entity';
import { ThreadEntity } from './thread.entity';
import {
  RevisionModel,
  TagCount,
  ThreadConnection,
  ThreadModel,
  ThreadPermissions,
  ThreadSort,
} from './thread.model';
import {
  CreateThreadInput,
  DeleteThreadInput,
  EditThreadInput,
  RecordViewInput,
  ThreadsArgs,
} from './threads.inputs';
import { BODY_MAX, POST_MESSAGES } from '../common/validation';
import { ThreadsService } from './threads.service';

@Resolver(() => ThreadModel)
export class ThreadsResolver {
  constructor(
    private readonly threadsService: ThreadsService,
    private readonly accountsService: AccountsService,
    private readonly categoriesService: CategoriesService,
  ) {}

  @Query(() => ThreadModel, { nullable: true })
  async thread(
    @Args('id', { type: () => ID }) id: string,
    @Args('countView', {
      type: () => Boolean,
      defaultValue: false,
      description:
        'Count a view of the thread page (once per viewer an hour) in the background: the page that shows the thread asks for it, so the view costs the reader no second request.',
    })
    countView: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<ThreadEntity | null> {
    const thread = await this.threadsService.findVisible(ctx.guardian, id, ctx.loaders);
    if (thread && countView) {
      // A guest's kept answer counts the view again whenever it is served (guest-read-cache.ts).
      ctx.guestReplay?.push({ view: thread.id });
      this.threadsService.countViewInBackground(ctx.guardian, thread.id, {
        ip: ctx.ip,
        userAgent: ctx.req?.headers?.['user-agent'],
      });
    }
    return thread;
  }

  @Query(() => ThreadConnection, {
    description: 'Threads across the community or one category, newest first by default.',
  })
  threads(
    @Args() args: ThreadsArgs,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<Connection<ThreadEntity>> {
    return this.threadsService.list(guardian, args);
  }

  @Query(() => Int, { description: 'Questions nobody has answered yet (that the viewer may see).' })
  unansweredCount(@CurrentGuardian() guardian: Guardian): Promise<number> {
    return this.threadsService.unansweredCount(guardian);
  }

  @Query(() => String, {
    description: 'Renders Markdown exactly as a post would be (sanitized HTML), for editor previews.',
    complexity: ({ args }) => markdownCost(args.body),
  })
  previewMarkdown(@Args('body') body: string): string {
    if (body.length > BODY_MAX) throw badInput('body', POST_MESSAGES.body.tooLong);
    return renderMarkdown(body);
  }

  @Mutation(() => ThreadModel)
  createThread(
    @Args('input') input: CreateThreadInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<ThreadEntity> {
    return this.threadsService.create(guardian, input);
  }

  @Mutation(() => ThreadModel, {
    description: 'The author, or someone with the edit privilege; the previous text is kept as a revision.',
  })
  editThread(
    @Args('input') input: EditThreadInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<ThreadEntity> {
    return this.threadsService.edit(guardian, input);
  }

  @Mutation(() => ThreadModel, { description: 'The author or a moderator; a soft delete.' })
  deleteThread(
    @Args('input') input: DeleteThreadInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<ThreadEntity> {
    return this.threadsService.delete(guardian, input);
  }

  @Mutation(() => ThreadModel, { description: 'Counts a view, at most once per viewer per hour.' })
  recordView(@Args('input') input: RecordViewInput, @Ctx() ctx: RequestContext): Promise<ThreadEntity> {
    return this.threadsService.recordView(ctx.guardian, input.threadId, {
      ip: ctx.ip,
      userAgent: ctx.req.headers['user-agent'],
    });
  }

  // Per thread of a list: graphql-js's own arguments, no parameter decorators (see NoArgs).
  @ResolveField(() => CategoryModel)
  async category(thread: ThreadEntity, _args: NoArgs, ctx: RequestContext): Promise<CategoryEntity> {
    return (await this.categoriesService.load(ctx.loaders, thread.categoryId))!;
  }

  @ResolveField(() => AccountModel)
  async author(thread: ThreadEntity, _args: NoArgs, ctx: RequestContext): Promise<AccountEntity> {
    return (await this.accountsService.load(ctx.loaders, thread.authorId))!;
  }

  @ResolveField(() => ThreadAbilities, {
    complexity: 0,
    description: 'What the viewer may do with this thread now, and why not (from the guardian).',
  })
  can(thread: ThreadEntity, _args: NoArgs, { guardian }: RequestContext): ThreadAbilitySet {
    return threadAbilities(guardian, thread);
  }

  @ResolveField(() => ThreadPermissions, { deprecationReason: 'Use `can`, which also says why not.' })
  viewerCan(@Parent() thread: ThreadEntity, @CurrentGuardian() guardian: Guardian): ThreadPermissions {
    const can = threadAbilities(guardian, thread);
    return {
      edit: can.edit.allowed,
      delete: can.delete.allowed,
      answer: can.answer.allowed,
      vote: can.vote.allowed,
      comment: can.comment.allowed,
    };
  }

  @ResolveField(() => [RevisionModel], { description: 'Earlier versions, newest first.' })
  revisions(@Parent() thread: ThreadEntity, @Ctx() ctx: RequestContext): Promise<RevisionEntity[]> {
    return this.threadsService.revisionsOf(ctx.loaders, thread.id);
  }

  @ResolveField(() => String, { description: 'The first words of the body, as plain text.' })
  excerpt(@Parent() thread: ThreadEntity): string {
    return this.threadsService.excerpt(thread);
  }

  @ResolveField(() => Boolean)
  locked(thread: ThreadEntity): boolean {
    return !!thread.lockedAt;
  }

  @ResolveField(() => Boolean)
  deleted(thread: ThreadEntity): boolean {
    return !!thread.deletedAt;
  }
}

@Resolver(() => RevisionModel)
export class RevisionsResolver {
  constructor(private readonly accountsService: AccountsService) {}

  @ResolveField(() => AccountModel)
  async editor(@Parent() revision: RevisionEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity> {
    return (await this.accountsService.load(ctx.loaders, revision.editorId))!;
  }
}

/** The threads an account started, on its profile. */
@Resolver(() => AccountModel)
export class AccountThreadsResolver {
  constructor(private readonly threadsService: ThreadsService) {}

  @ResolveField(() => ThreadConnection, { description: 'Threads this account started, newest first.' })
  threads(
    @Parent() account: AccountEntity,
    @Args() page: PageArgs,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<Connection<ThreadEntity>> {
    return this.threadsService.list(guardian, { ...page, sort: ThreadSort.NEWEST }, { authorId: account.id });
  }
}

/** What a category page counts: its threads, unanswered questions and most used tags. */
@Resolver(() => CategoryModel)
export class CategoryThreadsResolver {
  constructor(private readonly threadsService: ThreadsService) {}

  @ResolveField(() => Int, { description: 'Threads in the category (not deleted).' })
  async threadCount(@Parent() category: CategoryEntity, @Ctx() ctx: RequestContext): Promise<number> {
    return (await this.threadsService.categoryCounts(ctx.loaders, category.id)).threads;
  }

  @ResolveField(() => Int, { description: 'Questions in the category nobody has answered yet.' })
  async unansweredCount(@Parent() category: CategoryEntity, @Ctx() ctx: RequestContext): Promise<number> {
    return (await this.threadsService.categoryCounts(ctx.loaders, category.id)).unanswered;
  }

  @ResolveField(() => Boolean, {
    description:
      'Most of the category\'s threads are ideas: its page offers "Share an idea" and no expected wait for an answer.',
  })
  async forIdeas(@Parent() category: CategoryEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    const counts = await this.threadsService.categoryCounts(ctx.loaders, category.id);
    return counts.ideas > 0 && counts.ideas * 2 >= counts.threads;
  }

  @ResolveField(() => [TagCount], { description: 'The most used tags in the category.' })
  tags(@Parent() category: CategoryEntity): Promise<TagCount[]> {
    return this.threadsService.categoryTags(category.id);
  }
}
