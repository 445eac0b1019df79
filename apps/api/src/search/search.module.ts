import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { CategoriesModule } from '../categories/categories.module';
import { QaModule } from '../qa/qa.module';
import { searchIndexProvider, SEARCH_INDEX } from './search-index.provider';
import { SearchIndexer } from './search-indexer';
import { SearchOutbox } from './search-outbox';
import { SearchResolver, SearchResultsResolver } from './search.resolver';
import { SearchService } from './search.service';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const SEARCH_RESOLVERS = [SearchResolver, SearchResultsResolver];

@Module({
  imports: [TypeOrmModule.forFeature([]), AccountsModule, CategoriesModule, QaModule],
  providers: [searchIndexProvider, SearchIndexer, SearchOutbox, SearchService, ...SEARCH_RESOLVERS],
  exports: [SEARCH_INDEX, SearchIndexer, SearchService],
})
export class SearchModule {}
