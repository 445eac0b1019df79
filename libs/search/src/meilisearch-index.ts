// The engine for real deployments: Meilisearch through its official client (targets Meilisearch v1.x, tested
// API of v1.10+; client meilisearch@0.62). Chosen when MEILI_HOST is set. Its index settings live here, in
// code, and are applied at every start (prepare), so an index is never configured by hand.
import { Meilisearch, type Index, type Settings } from 'meilisearch';
import {
  ANSWERS_TEXT_CAP,
  EMPTY_FACETS,
  SearchDocument,
  SearchFacets,
  SearchIndex,
  SearchRequest,
  SearchResult,
  SearchSettings,
  SimilarRequest,
} from './port';
import { MARK_END, MARK_START, markedToHtml, STOP_WORDS } from './text';

interface MeiliDocument {
  id: string;
  title: string;
  body: string;
  answers: string;
  tags: string[];
  categoryId: string;
  kind: string;
  status: string;
  hidden: boolean;
  score: number;
  /** Unix seconds: sortable. */
  created: number;
  activity: number;
}

export const MEILI_SETTINGS: Settings = {
  // Order is weight: a word in the title counts more than in the body, the body more than the answers.
  searchableAttributes: ['title', 'tags', 'body', 'answers'],
  filterableAttributes: ['categoryId', 'tags', 'kind', 'status', 'hidden'],
  sortableAttributes: ['created', 'score', 'activity'],
  displayedAttributes: ['id', 'title', 'body', 'answers'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'score:desc', 'activity:desc'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  // Question phrasing ("how do I", "как", "kako", "如何") matches nothing useful; the same list as Postgres.
  stopWords: [...STOP_WORDS],
  faceting: { maxValuesPerFacet: 20 },
  pagination: { maxTotalHits: 10_000 },
};

const FACETS: (keyof SearchFacets)[] = ['categoryId', 'tags', 'kind', 'status'];

export class MeilisearchIndex implements SearchIndex {
  readonly engine = 'meilisearch';
  private readonly client: Meilisearch;
  private readonly index: Index<MeiliDocument>;

  constructor(options: { host: string; apiKey?: string; indexName?: string }) {
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey });
    this.index = this.client.index<MeiliDocument>(options.indexName ?? 'threads');
  }

  async prepare(): Promise<void> {
    await this.client.createIndex(this.index.uid, { primaryKey: 'id' }).waitTask();
    await this.index.updateSettings(MEILI_SETTINGS).waitTask();
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    const live = documents.filter((d) => !d.hidden);
    const hidden = documents.filter((d) => d.hidden).map((d) => d.id);
    // Waiting makes the indexer's "done" mean searchable, so an outbox row is deleted only after it is.
    if (hidden.length) await this.delete(hidden);
    if (live.length) await this.index.addDocuments(live.map(toMeili), { primaryKey: 'id' }).waitTask();
  }

  async delete(ids: string[]): Promise<void> {
    if (ids.length) await this.index.deleteDocuments(ids).waitTask();
  }

  async clear(): Promise<void> {
    await this.index.deleteAllDocuments().waitTask();
  }

  async configure(settings: SearchSettings): Promise<void> {
    await this.index.updateSynonyms(settings.synonyms).waitTask();
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const filter = ['hidden = false'];
    const f = request.filter ?? {};
    if (f.categoryId) filter.push(`categoryId = ${JSON.stringify(f.categoryId)}`);
    if (f.kind) filter.push(`kind = ${JSON.stringify(f.kind)}`);
    if (f.status) filter.push(`status = ${JSON.stringify(f.status)}`);
    for (const tag of f.tags ?? []) filter.push(`tags = ${JSON.stringify(tag)}`);
    filter.push(...excludeCategories(f.excludeCategoryIds));
    const res = await this.index.search(request.query, {
      filter,
      facets: FACETS,
      offset: request.offset,
      limit: request.limit + 1,
      // All words first ("words" leads the ranking rules); when fewer match, the most frequent query words
      // are dropped first, so a long question still finds the thread holding its rare, telling words.
      matchingStrategy: 'frequency',
      attributesToHighlight: ['title'],
      attributesToCrop: ['body', 'answers'],
      cropLength: 30,
      highlightPreTag: MARK_START,
      highlightPostTag: MARK_END,
      attributesToRetrieve: ['id'],
    });
    const facets = EMPTY_FACETS();
    for (const name of FACETS) {
      const counts = res.facetDistribution?.[name] ?? {};
      facets[name] = Object.entries(counts)
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    }
    return {
      hits: res.hits.slice(0, request.limit).map((h) => {
        const formatted = (h._formatted ?? {}) as Partial<MeiliDocument>;
        const body = formatted.body ?? '';
        const answers = formatted.answers ?? '';
        return {
          id: String(h.id),
          highlights: {
            title: markedToHtml(formatted.title ?? ''),
            snippet: markedToHtml(
              body.includes(MARK_START) || !answers.includes(MARK_START) ? body : answers,
            ),
          },
        };
      }),
      facets,
      estimatedTotal: res.estimatedTotalHits ?? res.hits.length,
      hasMore: res.hits.length > request.limit,
      // Meilisearch corrects typos while matching and does not say to what.
      suggestion: null,
    };
  }

  async similar(request: SimilarRequest): Promise<string[]> {
    // "frequency" drops the most common words first until something matches: a draft rarely shares every
    // word, and its rare words tell most. Answers are not searched: a draft is compared with questions.
    const res = await this.index.search(`${request.title} ${(request.body ?? '').slice(0, 300)}`.trim(), {
      filter: ['hidden = false', ...excludeCategories(request.excludeCategoryIds)],
      limit: request.limit,
      matchingStrategy: 'frequency',
      attributesToSearchOn: ['title', 'tags', 'body'],
      attributesToRetrieve: ['id'],
    });
    return res.hits.map((h) => String(h.id));
  }
}

function toMeili(d: SearchDocument): MeiliDocument {
  return {
    id: d.id,
    title: d.title,
    body: d.body,
    answers: d.answers.slice(0, ANSWERS_TEXT_CAP),
    tags: d.tags,
    categoryId: d.categoryId,
    kind: d.kind,
    status: d.status,
    hidden: d.hidden,
    score: d.score,
    created: Math.floor(d.createdAt.getTime() / 1000),
    activity: Math.floor(d.lastActivityAt.getTime() / 1000),
  };
}

/** Private categories the searcher may not read, as a filter (categoryId is a filterable attribute). */
function excludeCategories(ids: readonly string[] | null | undefined): string[] {
  return ids?.length ? [`categoryId NOT IN [${ids.map((id) => JSON.stringify(id)).join(', ')}]`] : [];
}
