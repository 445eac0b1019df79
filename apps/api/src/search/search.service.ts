// Search for people: queries through the SearchIndex port, results re-checked against Postgres (hidden and
// deleted threads never show, even before the index catches up), query logging without who asked, clicks,
// deflections, staff analytics and the indexer's dead letters.
import type { SearchFacets as PortFacets, SearchIndex } from '@community/search';
import { fold } from '@community/search';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CategoriesService } from '../categories/categories.service';
import { RequestContext } from '../common/context';
import { Guardian } from '../guardian/guardian';
import { isPublicThread } from '../guardian/posts';
import { offsetCursor } from '../common/connection';
import { badInput, notFound } from '../common/errors';
import { RateLimits } from '../common/rate-limits';
import { SystemStateService } from '../system/system-state.service';

const SYNONYMS_KEY = 'search.synonyms';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadsService } from '../threads/threads.service';
import { SEARCH_INDEX } from './search-index.provider';
import {
  RecordDeflectionInput,
  RecordSearchClickInput,
  RetrySearchDeadLettersInput,
  SearchAnalyticsInput,
  SearchArgsValue,
  SetSearchSynonymsInput,
  SimilarThreadsInputValue,
} from './search.inputs';
import {
  SearchAnalytics,
  SearchDeadLetter,
  SearchFacetCount,
  SearchFacets,
  SearchQueryStat,
  SearchResults,
} from './search.model';
import { msg } from '../i18n/translate';

/** Public (neither hidden nor deleted) and in a category this viewer may read. */
const visible = (guardian: Guardian, thread: ThreadEntity | null): thread is ThreadEntity =>
  isPublicThread(thread) && guardian.posts.canReadCategory(thread.categoryId);
const ANALYTICS_MAX_DAYS = 366;

@Injectable()
export class SearchService {
  private readonly logger = new Logger(SearchService.name);

  constructor(
    @Inject(SEARCH_INDEX) private readonly index: SearchIndex,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly categories: CategoriesService,
    private readonly rateLimits: RateLimits,
    private readonly state: SystemStateService,
  ) {}

  async search(ctx: RequestContext, args: SearchArgsValue): Promise<SearchResults> {
    await this.rateLimits.consume('searchesPerIp', ctx.ip);
    const offset = offsetCursor.decode(args.after) + 1;
    const f = args.filter ?? {};
    const result = await this.index.search({
      query: args.query,
      filter: {
        categoryId: f.categoryId,
        tags: f.tags,
        kind: f.kind,
        status: f.status,
        excludeCategoryIds: ctx.guardian.posts.hiddenCategoryIds,
      },
      offset,
      limit: args.first,
    });
    const threads = await Promise.all(result.hits.map((h) => this.threads.load(ctx.loaders, h.id)));
    const hits = result.hits.flatMap((h, i) => {
      const thread = threads[i];
      return visible(ctx.guardian, thread)
        ? [{ thread, titleHtml: h.highlights.title, snippetHtml: h.highlights.snippet }]
        : [];
    });
    const queryId = offset === 0 ? await this.logQuery(args.query, result.estimatedTotal) : null;
    // A guest's kept answer logs the search again whenever it is served, so analytics count every search.
    if (queryId) ctx.guestReplay?.push({ search: { query: args.query, resultCount: result.estimatedTotal } });
    // Cursors count index hits (not the re-checked threads), so a page skipped by the re-check is not lost.
    const edges = hits.map((node, i) => ({ cursor: offsetCursor.encode(offset + i), node }));
    return {
      edges,
      pageInfo: {
        hasNextPage: result.hasMore,
        endCursor: result.hits.length ? offsetCursor.encode(offset + result.hits.length - 1) : null,
      },
      portFacets: result.facets,
      estimatedTotal: result.estimatedTotal,
      queryId,
      didYouMean: result.suggestion,
    };
  }

  /** Facet counts with labels: category names (batched through the request's loader), values otherwise. */
  async facets(ctx: RequestContext, facets: PortFacets): Promise<SearchFacets> {
    const categories = await Promise.all(
      facets.categoryId.map((c) => this.categories.load(ctx.loaders, c.value)),
    );
    const plain = (list: { value: string; count: number }[]): SearchFacetCount[] =>
      list.map((c) => ({ ...c, label: c.value }));
    return {
      category: facets.categoryId.map((c, i) => ({ ...c, label: categories[i]?.name ?? 'Unknown category' })),
      tag: plain(facets.tags),
      kind: plain(facets.kind),
      status: plain(facets.status),
    };
  }

  /** Logs a search served from the guests' read cache; a lost row is logged, never an error for the reader. */
  logQueryInBackground(query: string, resultCount: number): void {
    this.logQuery(query, resultCount).catch((e: unknown) =>
      this.logger.debug(`search not logged: ${e instanceof Error ? e.message : String(e)}`),
    );
  }

  private async logQuery(query: string, resultCount: number): Promise<string> {
    const normalized = fold(query).replace(/\s+/g, ' ').trim();
    const [row] = await this.dataSource.query(
      'INSERT INTO search_queries (query, normalized, result_count) VALUES ($1, $2, $3) RETURNING id',
      [query.slice(0, 200), normalized.slice(0, 200), resultCount],
    );
    return String(row.id);
  }

  async similar(ctx: RequestContext, input: SimilarThreadsInputValue): Promise<ThreadEntity[]> {
    if (input.title.length < 3) return [];
    await this.rateLimits.consume('searchesPerIp', ctx.ip);
    const ids = await this.index.similar({
      title: input.title,
      body: input.body ?? undefined,
      limit: input.first,
      excludeCategoryIds: ctx.guardian.posts.hiddenCategoryIds,
    });
    const threads = await Promise.all(ids.map((id) => this.threads.load(ctx.loaders, id)));
    return threads.filter((t) => visible(ctx.guardian, t));
  }

  async recordClick(input: RecordSearchClickInput): Promise<boolean> {
    if (!/^\d{1,18}$/.test(input.queryId)) throw badInput('queryId', msg('errors.search.unknownSearch'));
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO search_clicks (query_id, thread_id, position)
       SELECT q.id, t.id, $3 FROM search_queries q, threads t WHERE q.id = $1 AND t.id = $2 RETURNING id`,
      [input.queryId, input.threadId, input.position ?? null],
    );
    if (!rows.length) throw notFound('searchOrThread');
    return true;
  }

  async recordDeflection(guardian: Guardian, input: RecordDeflectionInput): Promise<boolean> {
    const thread = await this.threads.findVisible(guardian, input.threadId);
    if (!visible(guardian, thread)) throw notFound('thread');
    await this.dataSource.query(
      'INSERT INTO deflections (thread_id, category_id, draft_title) VALUES ($1, $2, $3)',
      [thread.id, input.categoryId ?? null, input.draftTitle],
    );
    return true;
  }

  async analytics(guardian: Guardian, input: SearchAnalyticsInput): Promise<SearchAnalytics> {
    guardian.ensure(guardian.search.canSeeAnalytics());
    if (input.to <= input.from) throw badInput('to', msg('errors.search.periodOrder'));
    if (input.to.getTime() - input.from.getTime() > ANALYTICS_MAX_DAYS * 86_400_000) {
      throw badInput('from', msg('errors.search.periodTooLong', { days: ANALYTICS_MAX_DAYS }));
    }
    const period = [input.from, input.to];
    const [totals] = await this.dataSource.query(
      `SELECT count(*)::int AS searches, (count(*) FILTER (WHERE result_count = 0))::int AS "zeroResultSearches",
         (SELECT count(*)::int FROM search_clicks c WHERE c.created_at >= $1 AND c.created_at < $2) AS clicks,
         (SELECT count(*)::int FROM deflections d WHERE d.created_at >= $1 AND d.created_at < $2) AS deflections
       FROM search_queries WHERE created_at >= $1 AND created_at < $2`,
      period,
    );
    const stats = (zeroOnly: boolean): Promise<SearchQueryStat[]> =>
      this.dataSource.query(
        `SELECT q.normalized AS query, count(*)::int AS searches,
           round(avg(q.result_count), 1)::float AS "averageResults",
           (SELECT count(*)::int FROM search_clicks c JOIN search_queries q2 ON q2.id = c.query_id
             WHERE q2.normalized = q.normalized AND q2.created_at >= $1 AND q2.created_at < $2) AS clicks
         FROM search_queries q WHERE q.created_at >= $1 AND q.created_at < $2 ${zeroOnly ? 'AND q.result_count = 0' : ''}
         GROUP BY q.normalized ORDER BY searches DESC, q.normalized LIMIT $3`,
        [...period, input.limit],
      );
    return {
      from: input.from,
      to: input.to,
      ...totals,
      topQueries: await stats(false),
      zeroResultQueries: await stats(true),
    };
  }

  /** Replaces the synonyms searches use (both ways: searching one word finds the others). */
  async setSynonyms(guardian: Guardian, input: SetSearchSynonymsInput): Promise<number> {
    guardian.ensure(guardian.search.canManageIndex());
    const synonyms: Record<string, string[]> = {};
    for (const g of input.groups) {
      const others = g.synonyms.map((w) => w.trim().toLowerCase()).filter(Boolean);
      if (others.length) synonyms[g.word.toLowerCase()] = [...new Set(others)];
    }
    await this.index.configure({ synonyms });
    await this.state.set(SYNONYMS_KEY, synonyms);
    return Object.keys(synonyms).length;
  }

  /** The synonyms as an admin last set them (what the admin console shows). */
  async synonyms(guardian: Guardian): Promise<{ word: string; synonyms: string[] }[]> {
    guardian.ensure(guardian.search.canManageIndex());
    const stored = (await this.state.get<Record<string, string[]>>(SYNONYMS_KEY)) ?? {};
    return Object.entries(stored).map(([word, synonyms]) => ({ word, synonyms }));
  }

  async deadLetters(guardian: Guardian): Promise<SearchDeadLetter[]> {
    guardian.ensure(guardian.search.canManageIndex());
    return this.dataSource.query(
      `SELECT id::text, aggregate_id AS "threadId", attempts, last_error AS "lastError", created_at AS "createdAt"
       FROM outbox WHERE status = 'DEAD' ORDER BY id LIMIT 500`,
    );
  }

  /** Puts dead letters back in the queue, with a fresh set of attempts. */
  async retryDeadLetters(guardian: Guardian, input: RetrySearchDeadLettersInput): Promise<number> {
    guardian.ensure(guardian.search.canManageIndex());
    const ids = input.ids ?? null;
    if (ids?.some((id) => !/^\d{1,18}$/.test(id))) throw badInput('ids', msg('errors.search.deadLetterIds'));
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected]: [unknown[], number] = await this.dataSource.query(
      `UPDATE outbox SET status = 'PENDING', attempts = 0, available_at = now(), last_error = NULL
       WHERE status = 'DEAD' AND ($1::bigint[] IS NULL OR id = ANY($1::bigint[]))`,
      [ids],
    );
    return affected;
  }
}
