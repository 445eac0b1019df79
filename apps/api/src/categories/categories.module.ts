import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CategoryEntity } from './category.entity';
import { CategoriesResolver } from './categories.resolver';
import { CategoriesService } from './categories.service';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const CATEGORIES_RESOLVERS = [CategoriesResolver];

/** Categories; the thread counts on a category are resolved by the threads feature. */
@Module({
  imports: [TypeOrmModule.forFeature([CategoryEntity])],
  providers: [CategoriesService, ...CATEGORIES_RESOLVERS],
  exports: [CategoriesService],
})
export class CategoriesModule {}
