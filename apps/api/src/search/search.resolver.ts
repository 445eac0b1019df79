import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../common/context';
import { Ctx, CurrentGuardian } from '../common/decorators';
import { Guardian } from '../guardian/guardian';
import { ThreadModel } from '../threads/thread.model';
import {
  checkSearchArgs,
  checkSimilarThreadsInput,
  RecordDeflectionInput,
  RecordSearchClickInput,
  RetrySearchDeadLettersInput,
  SearchAnalyticsInput,
  SearchArgs,
  SearchArgsValue,
  SetSearchSynonymsInput,
  SimilarThreadsInput,
  SimilarThreadsInputValue,
} from './search.inputs';
import {
  SearchAnalytics,
  SearchDeadLetter,
  SearchFacets,
  SearchReindex,
  SearchResults,
  SearchSynonymGroup,
} from './search.model';
import { SearchReindexService } from './search-reindex.service';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(
    private readonly search: SearchService,
    private readonly reindex: SearchReindexService,
  ) {}

  @Query(() => [SearchSynonymGroup], { description: 'Admins: the synonyms searches use, as last set.' })
  searchSynonyms(@CurrentGuardian() guardian: Guardian): Promise<SearchSynonymGroup[]> {
    return this.search.synonyms(guardian);
  }

  @Query(() => SearchReindex, {
    description: 'Admins: the latest rebuild of the search index and its progress.',
  })
  searchReindex(@CurrentGuardian() guardian: Guardian): Promise<SearchReindex> {
    return this.reindex.progress(guardian);
  }

  @Mutation(() => SearchReindex, {
    description: 'Admins: rebuild the search index in the background; follow it with searchReindex.',
  })
  startSearchReindex(@CurrentGuardian() guardian: Guardian): Promise<SearchReindex> {
    return this.reindex.start(guardian);
  }

  @Query(() => SearchResults, {
    name: 'search',
    description: 'Threads matching words (typos tolerated), with highlights and facet counts.',
  })
  searchThreads(
    @Args({ type: () => SearchArgs }) args: SearchArgsValue,
    @Ctx() ctx: RequestContext,
  ): Promise<SearchResults> {
    return this.search.search(ctx, checkSearchArgs(args));
  }

  @Query(() => [ThreadModel], { description: 'The likely duplicates of a draft question, best first.' })
  similarThreads(
    @Args('input', { type: () => SimilarThreadsInput }) input: SimilarThreadsInputValue,
    @Ctx() ctx: RequestContext,
  ): Promise<ThreadModel[]> {
    return this.search.similar(ctx, checkSimilarThreadsInput(input));
  }

  @Mutation(() => Boolean, { description: 'Someone opened a result of a search (queryId from search).' })
  recordSearchClick(@Args('input') input: RecordSearchClickInput): Promise<boolean> {
    return this.search.recordClick(input);
  }

  @Mutation(() => Boolean, { description: '"This answers my question": the draft was not needed.' })
  recordDeflection(
    @Args('input') input: RecordDeflectionInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<boolean> {
    return this.search.recordDeflection(guardian, input);
  }

  @Query(() => SearchAnalytics, { description: 'Staff: what people searched for and did not find.' })
  searchAnalytics(
    @Args('input') input: SearchAnalyticsInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<SearchAnalytics> {
    return this.search.analytics(guardian, input);
  }

  @Mutation(() => Int, {
    description: 'Admins: replace the search synonyms (e.g. wifi = wi-fi = wlan); returns how many groups.',
  })
  setSearchSynonyms(
    @Args('input') input: SetSearchSynonymsInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<number> {
    return this.search.setSynonyms(guardian, input);
  }

  @Query(() => [SearchDeadLetter], { description: 'Admins: indexing work that failed repeatedly.' })
  searchDeadLetters(@CurrentGuardian() guardian: Guardian): Promise<SearchDeadLetter[]> {
    return this.search.deadLetters(guardian);
  }

  @Mutation(() => Int, { description: 'Admins: queue dead letters again; returns how many.' })
  retrySearchDeadLetters(
    @Args('input') input: RetrySearchDeadLettersInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<number> {
    return this.search.retryDeadLetters(guardian, input);
  }
}

@Resolver(() => SearchResults)
export class SearchResultsResolver {
  constructor(private readonly search: SearchService) {}

  @ResolveField(() => SearchFacets, { description: 'Counts per category, tag, kind and status.' })
  facets(@Parent() results: SearchResults, @Ctx() ctx: RequestContext): Promise<SearchFacets> {
    return this.search.facets(ctx, results.portFacets);
  }
}
