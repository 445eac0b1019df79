import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentGuardian } from '../common/decorators';
import { Guardian } from '../guardian/guardian';
import { CategoryEntity } from './category.entity';
import { CategoryModel } from './category.model';
import { CreateCategoryInput, ReorderCategoriesInput, UpdateCategoryInput } from './categories.inputs';
import { CategoriesService } from './categories.service';

@Resolver(() => CategoryModel)
export class CategoriesResolver {
  constructor(private readonly categoriesService: CategoriesService) {}

  @Query(() => [CategoryModel], {
    name: 'categories',
    description:
      'Every category the viewer may read, in display order (archived ones only for admins who ask).',
  })
  async listCategories(
    @CurrentGuardian() guardian: Guardian,
    @Args('includeArchived', { defaultValue: false, description: 'Admins: archived categories too.' })
    includeArchived: boolean,
  ): Promise<CategoryEntity[]> {
    const all = await this.categoriesService.list(guardian);
    if (includeArchived && guardian.categories.canManage().allowed) return all;
    return all.filter((c) => !c.archivedAt);
  }

  @Query(() => CategoryModel, {
    nullable: true,
    description: 'Null when there is none, or it is private to groups the viewer is not in.',
  })
  category(
    @Args('slug') slug: string,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<CategoryEntity | null> {
    return this.categoriesService.findBySlug(guardian, slug);
  }

  @Mutation(() => CategoryModel, { description: 'Admins only.' })
  createCategory(
    @Args('input') input: CreateCategoryInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<CategoryEntity> {
    return this.categoriesService.create(guardian, input);
  }

  @Mutation(() => [CategoryModel], { description: 'Admins only: the categories in a new order.' })
  reorderCategories(
    @Args('input') input: ReorderCategoriesInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<CategoryEntity[]> {
    return this.categoriesService.reorder(guardian, input);
  }

  @Mutation(() => CategoryModel, { description: 'Admins only; omitted fields keep their value.' })
  updateCategory(
    @Args('input') input: UpdateCategoryInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<CategoryEntity> {
    return this.categoriesService.update(guardian, input);
  }
}
