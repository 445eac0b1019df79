// /search?q=…: hits with highlighted titles and passages, facets to narrow by category, tag, kind and status.
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { PageMeta } from '../../app/PageMeta';
import type { SearchFilter, ThreadKind, ThreadStatus } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { Status } from '../../ui/Status';
import { DOT } from '../../ui/typography';
import { Message, useIntl, useT, type MessageId } from '../../i18n/I18n';
import { KindBadge, StatusBadge } from '../threads/ThreadBadges';
import { threadPath } from '../threads/ThreadList';
import { Highlighted } from './Highlighted';
import { RecordSearchClickDocument, SearchDocument, SimilarThreadsDocument } from './search.documents';
import './search.css';

const PAGE = 20;
const LABELS: Record<string, MessageId> = {
  QUESTION: 'search.facet.questions',
  DISCUSSION: 'search.facet.discussions',
  IDEA: 'search.facet.ideas',
  ANNOUNCEMENT: 'search.facet.announcements',
  OPEN: 'search.facet.unanswered',
  ANSWERED: 'search.facet.answered',
  SOLVED: 'search.facet.solved',
};

type FacetKey = 'category' | 'tag' | 'kind' | 'status';

const FACETS: [FacetKey, MessageId, MessageId][] = [
  ['category', 'search.facet.category', 'search.facet.anyCategory'],
  ['kind', 'search.facet.kind', 'search.facet.anyKind'],
  ['status', 'search.facet.status', 'search.facet.anyStatus'],
  ['tag', 'search.facet.tags', 'search.facet.anyTag'],
];

export function SearchPage() {
  const t = useT();
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const filter: SearchFilter = {
    categoryId: params.get('category') || null,
    tags: params.get('tag') ? [params.get('tag')!] : null,
    kind: (params.get('kind') as ThreadKind) || null,
    status: (params.get('status') as ThreadStatus) || null,
  };
  const { data, previousData, loading, error, fetchMore } = useQuery(SearchDocument, {
    variables: { query: q, filter, first: PAGE },
    skip: !q,
  });
  const [recordClick] = useMutation(RecordSearchClickDocument);
  const result = (data ?? previousData)?.search;

  const setFacet = (key: FacetKey, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const selected: Record<FacetKey, string | null> = {
    category: params.get('category') || null,
    tag: filter.tags?.[0] ?? null,
    kind: filter.kind ?? null,
    status: filter.status ?? null,
  };

  return (
    <section className="search-page" aria-labelledby="search-title">
      {/* Result pages of arbitrary queries are thin content: people may share them, crawlers skip them. */}
      <PageMeta title={q ? t('search.pageTitleFor', { q }) : t('search.title')} noindex />
      <header className="page-header">
        <h1 id="search-title">{q ? t('search.resultsFor', { q }) : t('search.title')}</h1>
        {result ? (
          <p className="page-header__lead" aria-live="polite">
            {t('search.total', { count: result.estimatedTotal })}
          </p>
        ) : null}
      </header>
      {!q ? <p className="muted">{t('search.prompt')}</p> : null}
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      {q && !result && loading ? <Status>{t('search.searching')}</Status> : null}
      {result ? (
        <div className="search-layout">
          <aside className="search-facets" aria-label={t('search.narrow')}>
            {FACETS.map(([key, title, anyLabel]) =>
              result.facets[key].length || selected[key] ? (
                <section key={key} className="search-facet">
                  <h2 className="search-facet__title">{t(title)}</h2>
                  <ul className="search-facet__list">
                    {selected[key] ? (
                      <li>
                        <button
                          type="button"
                          className="search-facet__clear"
                          onClick={() => setFacet(key, null)}
                        >
                          {t('search.facet.clear', { any: t(anyLabel) })}
                        </button>
                      </li>
                    ) : null}
                    {result.facets[key].map((f) => (
                      <li key={f.value}>
                        <button
                          type="button"
                          className="search-facet__option"
                          aria-pressed={selected[key] === f.value}
                          onClick={() => setFacet(key, selected[key] === f.value ? null : f.value)}
                        >
                          <span>
                            {key === 'tag'
                              ? t('search.facet.tag', { tag: f.label })
                              : LABELS[f.label]
                                ? t(LABELS[f.label])
                                : f.label}
                          </span>
                          <span className="search-facet__count">{intl.formatNumber(f.count)}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null,
            )}
          </aside>
          <div className="search-results">
            {result.didYouMean && result.edges.length > 0 ? (
              <p className="search-suggestion">
                <Message
                  id="search.didYouMean"
                  values={{ suggestion: <SuggestionLink query={result.didYouMean} /> }}
                />
              </p>
            ) : null}
            {result.edges.length === 0 ? (
              <NoResults
                query={q}
                didYouMean={result.didYouMean ?? null}
                filtered={Object.values(selected).some(Boolean)}
              />
            ) : (
              <ol className="search-hits">
                {result.edges.map(({ node, cursor }, i) => (
                  <li key={cursor} className="search-hit">
                    <h2 className="search-hit__title">
                      <Link
                        to={threadPath(node.thread.id)}
                        onClick={() => {
                          if (result.queryId)
                            void recordClick({
                              variables: {
                                input: { queryId: result.queryId, threadId: node.thread.id, position: i },
                              },
                            }).catch(() => undefined);
                        }}
                      >
                        <Highlighted html={node.titleHtml} />
                      </Link>
                    </h2>
                    <Highlighted as="p" className="search-hit__snippet" html={node.snippetHtml} />
                    <div className="search-hit__meta">
                      <KindBadge kind={node.thread.kind} />
                      <StatusBadge kind={node.thread.kind} status={node.thread.status} />
                      <span>{t('search.answers', { count: node.thread.answerCount })}</span>
                      <span>{t('search.inCategory', { category: node.thread.category.name })}</span>
                      <RelativeTime value={node.thread.createdAt} labelId="time.asked" />
                    </div>
                  </li>
                ))}
              </ol>
            )}
            {result.pageInfo.hasNextPage ? (
              <Button
                variant="secondary"
                busy={loading}
                onClick={() =>
                  void fetchMore({
                    variables: { after: result.pageInfo.endCursor },
                    updateQuery: (prev, { fetchMoreResult }) => ({
                      search: {
                        ...fetchMoreResult.search,
                        edges: [...prev.search.edges, ...fetchMoreResult.search.edges],
                      },
                    }),
                  })
                }
              >
                {t('search.more')}
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}

const searchPath = (query: string) => `/search?q=${encodeURIComponent(query)}`;

function SuggestionLink({ query }: { query: string }) {
  return (
    <Link to={searchPath(query)} className="search-suggestion__link">
      {query}
    </Link>
  );
}

/** Nothing matched: the likely correction, the threads closest by words, and asking with the query prefilled. */
function NoResults({
  query,
  didYouMean,
  filtered,
}: {
  query: string;
  didYouMean: string | null;
  filtered: boolean;
}) {
  const t = useT();
  const { data } = useQuery(SimilarThreadsDocument, { variables: { input: { title: query, first: 5 } } });
  const closest = data?.similarThreads ?? [];
  return (
    <div className="panel search-empty">
      <p>
        {/* One message, so each language sets the spacing between its sentences (Chinese has none). */}
        <Message
          id="search.noResults"
          values={{
            query,
            hasSuggestion: didYouMean ? 'yes' : 'no',
            suggestion: didYouMean ? <SuggestionLink query={didYouMean} /> : null,
            filtered: filtered ? 'yes' : 'no',
          }}
        />
      </p>
      {closest.length ? (
        <section aria-labelledby="closest-title">
          <h2 id="closest-title" className="search-empty__title">
            {t('search.closest')}
          </h2>
          <ul className="search-empty__list">
            {closest.map((thread) => (
              <li key={thread.id}>
                <Link to={threadPath(thread.id)}>{thread.title}</Link>
                <span className="muted">
                  {DOT}
                  {t('search.answers', { count: thread.answerCount })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="search-empty__ask">
        <Message
          id="search.stillStuck"
          values={{
            ask: (chunks) => (
              <Link to={`/ask?title=${encodeURIComponent(query.slice(0, 150))}`}>{chunks}</Link>
            ),
          }}
        />
      </p>
    </div>
  );
}
