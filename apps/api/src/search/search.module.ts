import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { CategoriesModule } from '../categories/categories.module';
import { QaModule } from '../qa/qa.module';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const SEARCH_RESOLVERS = [];

@Module({
  imports: [TypeOrmModule.forFeature([]), AccountsModule, CategoriesModule, QaModule],
  providers: [...SEARCH_RESOLVERS],
  exports: [],
})
export class SearchModule {}
