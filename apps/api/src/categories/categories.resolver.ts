import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext, Viewer } from '../common/context';
import { Ctx, CurrentViewer } from '../common/decorators';
import { TagCount } from '../threads/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { CategoryEntity } from './category.entity';
import { CategoryModel } from './category.model';
import { CreateCategoryInput, UpdateCategoryInput } from './categories.inputs';
import { CategoriesService } from './categories.service';

@Resolver(() => CategoryModel)
export class CategoriesResolver {
  constructor(
    private readonly categoriesService: CategoriesService,
    private readonly threadsService: ThreadsService,
  ) {}

  @Query(() => [CategoryModel], { name: 'categories', description: 'Every category, in display order.' })
  listCategories(): Promise<CategoryEntity[]> {
    return this.categoriesService.list();
  }

  @Query(() => CategoryModel, { nullable: true })
  category(@Args('slug') slug: string): Promise<CategoryEntity | null> {
    return this.categoriesService.findBySlug(slug);
  }

  @Mutation(() => CategoryModel, { description: 'Admins only.' })
  createCategory(
    @Args('input') input: CreateCategoryInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<CategoryEntity> {
    return this.categoriesService.create(viewer, input);
  }

  @Mutation(() => CategoryModel, { description: 'Admins only; omitted fields keep their value.' })
  updateCategory(
    @Args('input') input: UpdateCategoryInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<CategoryEntity> {
    return this.categoriesService.update(viewer, input);
  }

  @ResolveField(() => Int, { description: 'Threads in the category (not deleted).' })
  async threadCount(@Parent() category: CategoryEntity, @Ctx() ctx: RequestContext): Promise<number> {
    return (await this.threadsService.categoryCounts(ctx.loaders, category.id)).threads;
  }

  @ResolveField(() => Int, { description: 'Questions in the category nobody has answered yet.' })
  async unansweredCount(@Parent() category: CategoryEntity, @Ctx() ctx: RequestContext): Promise<number> {
    return (await this.threadsService.categoryCounts(ctx.loaders, category.id)).unanswered;
  }

  @ResolveField(() => [TagCount], { description: 'The most used tags in the category.' })
  tags(@Parent() category: CategoryEntity): Promise<TagCount[]> {
    return this.threadsService.categoryTags(category.id);
  }
}
