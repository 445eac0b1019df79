import { Args, Query, Resolver } from '@nestjs/graphql';
import { CategoryEntity } from './category.entity';
import { CategoryModel } from './category.model';
import { CategoriesService } from './categories.service';

@Resolver(() => CategoryModel)
export class CategoriesResolver {
  constructor(private readonly categories: CategoriesService) {}

  @Query(() => [CategoryModel], { name: 'categories', description: 'Every category, in display order.' })
  listCategories(): Promise<CategoryEntity[]> {
    return this.categories.list();
  }

  @Query(() => CategoryModel, { nullable: true })
  category(@Args('slug') slug: string): Promise<CategoryEntity | null> {
    return this.categories.findBySlug(slug);
  }
}
