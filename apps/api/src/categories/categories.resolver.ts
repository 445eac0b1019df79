import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '../common/context';
import { CurrentViewer } from '../common/decorators';
import { CategoryEntity } from './category.entity';
import { CategoryModel } from './category.model';
import { CreateCategoryInput, UpdateCategoryInput } from './categories.inputs';
import { CategoriesService } from './categories.service';

@Resolver(() => CategoryModel)
export class CategoriesResolver {
  constructor(private readonly categoriesService: CategoriesService) {}

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
}
