import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { CategoriesModule } from '../categories/categories.module';
import { QaEventsModule } from '../qa/qa-events.module';
import { ThreadsModule } from '../threads/threads.module';
import { searchIndexProvider, SEARCH_INDEX } from './search-index.provider';
import { SearchIndexer } from './search-indexer';
import { SearchOutbox } from './search-outbox';
import { SearchResolver, SearchResultsResolver } from './search.resolver';
import { SearchService } from './search.service';
import { SearchReindexService } from './search-reindex.service';
import { SystemModule } from '../system/system.module';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const SEARCH_RESOLVERS = [SearchResolver, SearchResultsResolver];

@Module({
  imports: [
    TypeOrmModule.forFeature([]),
    AccountsModule,
    CategoriesModule,
    QaEventsModule,
    ThreadsModule,
    SystemModule,
  ],
  providers: [
    searchIndexProvider,
    SearchIndexer,
    SearchOutbox,
    SearchService,
    SearchReindexService,
    ...SEARCH_RESOLVERS,
  ],
  exports: [SEARCH_INDEX, SearchIndexer, SearchService],
})
export class SearchModule {}
