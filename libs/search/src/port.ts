// The SearchIndex port: what the product asks of a search engine, with no framework in it. Adapters:
// PostgresSearchIndex (embedded default) and MeilisearchIndex (MEILI_HOST); contract.ts holds both to it.

/** One thread as the index sees it: plain text (no Markdown), answers concatenated and capped. */
export interface SearchDocument {
  id: string;
  title: string;
  body: string;
  answers: string;
  tags: string[];
  categoryId: string;
  kind: string;
  status: string;
  /** Hidden or deleted: kept out of every result (adapters may also drop the document). */
  hidden: boolean;
  score: number;
  createdAt: Date;
  lastActivityAt: Date;
}

export interface SearchFilter {
  categoryId?: string | null;
  tags?: string[] | null;
  kind?: string | null;
  status?: string | null;
  /**
   * Categories the searcher may not read (private categories): their documents are left out of the hits, the
   * facets and the totals, inside the engine's query, so no count or facet reveals them.
   */
  excludeCategoryIds?: readonly string[] | null;
}

export interface SearchRequest {
  query: string;
  filter?: SearchFilter;
  /** How many hits to skip (the API turns this into cursors). */
  offset: number;
  limit: number;
}

export interface SearchHighlights {
  /** The title as safe HTML: everything escaped, matches wrapped in <mark>. */
  title: string;
  /** A short passage of the body (or answers) around the first match, as safe HTML with <mark>. */
  snippet: string;
}

export interface SearchHit {
  id: string;
  highlights: SearchHighlights;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchFacets {
  categoryId: FacetCount[];
  tags: FacetCount[];
  kind: FacetCount[];
  status: FacetCount[];
}

export interface SearchResult {
  hits: SearchHit[];
  facets: SearchFacets;
  /** Matching documents across all pages; adapters may estimate. */
  estimatedTotal: number;
  hasMore: boolean;
  /** The query with a likely typo corrected ("Did you mean …"), or null. */
  suggestion: string | null;
}

export interface SimilarRequest {
  title: string;
  body?: string;
  limit: number;
  /** As in SearchFilter: categories the asker may not read are never offered. */
  excludeCategoryIds?: readonly string[] | null;
}

export interface SearchSettings {
  /** Words that mean the same, e.g. { wifi: ['wi-fi', 'wlan'] }: searching one finds the others. */
  synonyms: Record<string, string[]>;
}

export interface SearchIndex {
  /** "postgres" or "meilisearch", for logs and the contract suite. */
  readonly engine: string;
  /** Creates the index and applies its settings (idempotent; safe at every start). */
  prepare(): Promise<void>;
  /** Adds or replaces documents by id (idempotent: upserting twice changes nothing). */
  upsert(documents: SearchDocument[]): Promise<void>;
  delete(ids: string[]): Promise<void>;
  search(request: SearchRequest): Promise<SearchResult>;
  /** The documents most like a draft question (its title and body), best first; ids only. */
  similar(request: SimilarRequest): Promise<string[]>;
  configure(settings: SearchSettings): Promise<void>;
  /** Removes every document (reindex into a fresh index, tests). */
  clear(): Promise<void>;
}

export const EMPTY_FACETS = (): SearchFacets => ({ categoryId: [], tags: [], kind: [], status: [] });

/** Answers are concatenated and capped: enough to find a thread by its solution, bounded in size. */
export const ANSWERS_TEXT_CAP = 20_000;
