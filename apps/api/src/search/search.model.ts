import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { SearchFacets as PortFacets } from '@community/search';
import { ConnectionType } from '../common/connection';
import { ThreadModel } from '../threads/thread.model';

@ObjectType('SearchHit', { description: 'A thread that matched a search, with the matching words marked.' })
export class SearchHitModel {
  @Field(() => ThreadModel)
  thread: ThreadModel;

  @Field({ description: 'The title as HTML: everything escaped, matching words in <mark>.' })
  titleHtml: string;

  @Field({ description: 'A passage around the first match, as HTML: everything escaped, matches in <mark>.' })
  snippetHtml: string;
}

@ObjectType('SearchFacetCount')
export class SearchFacetCount {
  @Field({ description: 'The value to filter by (a category id, a tag, a kind or a status).' })
  value: string;

  @Field({ description: 'What to show: the category name, or the value itself.' })
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('SearchFacets', { description: 'How many matches each filter value would keep.' })
export class SearchFacets {
  @Field(() => [SearchFacetCount]) category: SearchFacetCount[];
  @Field(() => [SearchFacetCount]) tag: SearchFacetCount[];
  @Field(() => [SearchFacetCount]) kind: SearchFacetCount[];
  @Field(() => [SearchFacetCount]) status: SearchFacetCount[];
}

@ObjectType('SearchResults')
export class SearchResults extends ConnectionType(SearchHitModel, 'SearchHit', false) {
  /** The index's facet counts; the `facets` field labels them (categories by name) only when asked for. */
  portFacets: PortFacets;

  @Field(() => Int, { description: 'About how many threads match (search engines estimate).' })
  estimatedTotal: number;

  @Field(() => ID, {
    nullable: true,
    description: 'Identifies this search for recordSearchClick (first page only).',
  })
  queryId: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The query with a likely typo corrected ("Did you mean …?"), when the engine found one; results already include its matches.',
  })
  didYouMean: string | null;
}

@ObjectType('SearchQueryStat')
export class SearchQueryStat {
  @Field({ description: 'The normalised query text (who searched is never recorded).' })
  query: string;

  @Field(() => Int)
  searches: number;

  @Field({ description: 'Average number of results.' })
  averageResults: number;

  @Field(() => Int)
  clicks: number;
}

@ObjectType('SearchAnalytics')
export class SearchAnalytics {
  @Field(() => GraphQLISODateTime) from: Date;
  @Field(() => GraphQLISODateTime) to: Date;
  @Field(() => Int) searches: number;
  @Field(() => Int) zeroResultSearches: number;
  @Field(() => Int) clicks: number;
  @Field(() => Int, { description: '"This answers my question" on the ask page.' }) deflections: number;
  @Field(() => [SearchQueryStat]) topQueries: SearchQueryStat[];
  @Field(() => [SearchQueryStat]) zeroResultQueries: SearchQueryStat[];
}

@ObjectType('SearchDeadLetter', {
  description: 'Search indexing work that failed repeatedly and was parked.',
})
export class SearchDeadLetter {
  @Field(() => ID) id: string;
  @Field(() => ID) threadId: string;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

export enum SearchReindexState {
  IDLE = 'IDLE',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(SearchReindexState, { name: 'SearchReindexState' });

@ObjectType('SearchReindex', {
  description: 'Admins: the latest rebuild of the search index, and how far it got.',
})
export class SearchReindex {
  @Field(() => SearchReindexState) state: SearchReindexState;
  @Field(() => Int, { description: 'Threads to index (visible ones when it started).' }) total: number;
  @Field(() => Int) done: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) startedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt: Date | null;
  @Field(() => String, { nullable: true }) error: string | null;
}

@ObjectType('SearchSynonymGroup', { description: 'A word and the words searches treat as the same.' })
export class SearchSynonymGroup {
  @Field() word: string;
  @Field(() => [String]) synonyms: string[];
}
