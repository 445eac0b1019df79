// /search?q=…: hits with highlighted titles and passages, facets to narrow by category, tag, kind and status.
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { PageMeta } from '../../app/PageMeta';
import type { SearchFilter, ThreadKind, ThreadStatus } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { Status } from '../../ui/Status';
import { KindBadge, StatusBadge } from '../threads/ThreadBadges';
import { threadPath } from '../threads/ThreadList';
import { Highlighted } from './Highlighted';
import { RecordSearchClickDocument, SearchDocument, SimilarThreadsDocument } from './search.documents';
import './search.css';

const PAGE = 20;
const LABELS: Record<string, string> = {
  QUESTION: 'Questions',
  DISCUSSION: 'Discussions',
  IDEA: 'Ideas',
  ANNOUNCEMENT: 'Announcements',
  OPEN: 'Unanswered',
  ANSWERED: 'Answered',
  SOLVED: 'Solved',
};

type FacetKey = 'category' | 'tag' | 'kind' | 'status';

export function SearchPage() {
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
      <PageMeta title={q ? `Search: ${q}` : 'Search'} noindex />
      <header className="page-header">
        <h1 id="search-title">{q ? <>Results for “{q}”</> : 'Search'}</h1>
        {result ? (
          <p className="page-header__lead" aria-live="polite">
            {result.estimatedTotal === 0
              ? 'No threads match.'
              : `About ${result.estimatedTotal.toLocaleString('en')} ${result.estimatedTotal === 1 ? 'thread' : 'threads'}`}
          </p>
        ) : null}
      </header>
      {!q ? <p className="muted">Type what you are looking for in the search box above.</p> : null}
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      {q && !result && loading ? <Status>Searching…</Status> : null}
      {result ? (
        <div className="search-layout">
          <aside className="search-facets" aria-label="Narrow the results">
            {(
              [
                ['category', 'Category'],
                ['kind', 'Kind'],
                ['status', 'Status'],
                ['tag', 'Tags'],
              ] as [FacetKey, string][]
            ).map(([key, title]) =>
              result.facets[key].length || selected[key] ? (
                <section key={key} className="search-facet">
                  <h2 className="search-facet__title">{title}</h2>
                  <ul className="search-facet__list">
                    {selected[key] ? (
                      <li>
                        <button
                          type="button"
                          className="search-facet__clear"
                          onClick={() => setFacet(key, null)}
                        >
                          × Any {title.toLowerCase()}
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
                          <span>{key === 'tag' ? `#${f.label}` : (LABELS[f.label] ?? f.label)}</span>
                          <span className="search-facet__count">{f.count.toLocaleString('en')}</span>
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
                Did you mean <SuggestionLink query={result.didYouMean} />?
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
                      <span>
                        {node.thread.answerCount} {node.thread.answerCount === 1 ? 'answer' : 'answers'}
                      </span>
                      <span>in {node.thread.category.name}</span>
                      <RelativeTime value={node.thread.createdAt} prefix="asked" />
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
                More results
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
  const { data } = useQuery(SimilarThreadsDocument, { variables: { input: { title: query, first: 5 } } });
  const closest = data?.similarThreads ?? [];
  return (
    <div className="panel search-empty">
      <p>
        Nothing matches “{query}”.{' '}
        {didYouMean ? (
          <>
            Did you mean <SuggestionLink query={didYouMean} />?{' '}
          </>
        ) : null}
        Try fewer or different words{filtered ? ' or remove a filter' : ''}.
      </p>
      {closest.length ? (
        <section aria-labelledby="closest-title">
          <h2 id="closest-title" className="search-empty__title">
            Closest threads
          </h2>
          <ul className="search-empty__list">
            {closest.map((t) => (
              <li key={t.id}>
                <Link to={threadPath(t.id)}>{t.title}</Link>{' '}
                <span className="muted">
                  {t.answerCount} {t.answerCount === 1 ? 'answer' : 'answers'}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="search-empty__ask">
        Still stuck?{' '}
        <Link to={`/ask?title=${encodeURIComponent(query.slice(0, 150))}`}>Ask the community</Link> — your
        question is filled in.
      </p>
    </div>
  );
}
