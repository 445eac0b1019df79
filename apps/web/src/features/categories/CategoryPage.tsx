import { useQuery } from '@apollo/client/react';
import { WatchControl } from '../notifications/WatchControl';
import '../notifications/notifications.css';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { toFormErrors } from '../../app/errors';
import { NotFoundPage } from '../../app/NotFoundPage';
import { JsonLd } from '../../app/JsonLd';
import { PageMeta, summarize } from '../../app/PageMeta';
import { useRenderEnvironment } from '../../app/render-environment';
import { breadcrumbStructuredData } from '../threads/structured-data';
import { AnnouncementBanner } from '../announcements/AnnouncementBanner';
import { ExpectedWait } from '../care/ExpectedWait';
import type { ThreadFilter, ThreadKind, ThreadSort, ThreadStatus } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SelectField } from '../../ui/SelectField';
import { Status } from '../../ui/Status';
import { KIND_LABELS, STATUS_LABELS } from '../threads/ThreadBadges';
import { ThreadList } from '../threads/ThreadList';
import { ThreadListDocument } from '../threads/threads.documents';
import { CategoryDocument } from './categories.documents';
import { formatResponseTarget } from './responseTarget';
import { useT } from '../../i18n/I18n';

const PAGE_SIZE = 20;

const SORTS: Record<ThreadSort, string> = {
  NEWEST: 'Newest',
  ACTIVE: 'Recently active',
  TOP: 'Top voted',
  POPULAR: 'Popular',
};

function pick<T extends string>(value: string | null, allowed: Record<T, string>): T | undefined {
  return value && value in allowed ? (value as T) : undefined;
}

function CategoryThreads({
  categoryId,
  categorySlug,
  tags,
}: {
  categoryId: string;
  categorySlug: string;
  tags: readonly { tag: string; count: number }[];
}) {
  // Sort and filters live in the URL, so a filtered list can be shared, bookmarked and reached with Back.
  const [params, setParams] = useSearchParams();
  const label = useT();
  const sort = pick<ThreadSort>(params.get('sort'), SORTS) ?? 'NEWEST';
  const kind = pick<ThreadKind>(params.get('kind'), KIND_LABELS);
  const status = pick<ThreadStatus>(params.get('status'), STATUS_LABELS);
  const tag = params.get('tag') ?? undefined;
  const unanswered = params.get('unanswered') === 'true';
  const filter: ThreadFilter = { categoryId, kind, status, tag, unanswered: unanswered || undefined };
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);

  const { data, loading, error, fetchMore } = useQuery(ThreadListDocument, {
    variables: { filter, sort, first: PAGE_SIZE },
  });

  function update(name: string, value: string | undefined) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  }

  async function loadMore(after: string) {
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({ variables: { after } });
    } catch (e) {
      setMoreError(toFormErrors(e).message);
    } finally {
      setLoadingMore(false);
    }
  }

  const threads = data?.threads.edges.map((e) => e.node) ?? [];
  const filtered = Boolean(kind || status || tag || unanswered);

  return (
    <section aria-labelledby="threads-title" className="panel">
      <div className="panel__head">
        <h2 id="threads-title" className="panel__title">
          Threads
          {data ? (
            <span className="panel__count"> ({data.threads.totalCount.toLocaleString('en')})</span>
          ) : null}
        </h2>
      </div>
      <form className="filters" aria-label="Sort and filter threads" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Sort by"
          name="sort"
          value={sort}
          onChange={(e) => update('sort', e.target.value === 'NEWEST' ? undefined : e.target.value)}
        >
          {Object.entries(SORTS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Kind"
          name="kind"
          value={kind ?? ''}
          onChange={(e) => update('kind', e.target.value)}
        >
          <option value="">All kinds</option>
          {Object.entries(KIND_LABELS).map(([value, id]) => (
            <option key={value} value={value}>
              {label(id)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Status"
          name="status"
          value={status ?? ''}
          onChange={(e) => update('status', e.target.value)}
        >
          <option value="">Any status</option>
          {Object.entries(STATUS_LABELS).map(([value, id]) => (
            <option key={value} value={value}>
              {label(id)}
            </option>
          ))}
        </SelectField>
        <SelectField label="Tag" name="tag" value={tag ?? ''} onChange={(e) => update('tag', e.target.value)}>
          <option value="">All tags</option>
          {/* A tag from a link may not be among the category's counted tags yet; keep it selectable. */}
          {tag && !tags.some((t) => t.tag === tag) ? <option value={tag}>{tag}</option> : null}
          {tags.map((t) => (
            <option key={t.tag} value={t.tag}>
              {t.tag} ({t.count})
            </option>
          ))}
        </SelectField>
        <label className="filters__check">
          <input
            type="checkbox"
            name="unanswered"
            checked={unanswered}
            onChange={(e) => update('unanswered', e.target.checked ? 'true' : undefined)}
          />
          Unanswered only
        </label>
      </form>

      {error ? (
        <ErrorAlert title="Threads could not be loaded">{toFormErrors(error).message}</ErrorAlert>
      ) : null}
      {loading && !data ? <Status>Loading threads…</Status> : null}
      {data && threads.length === 0 ? (
        <div className="empty-state empty-state--panel">
          <h3>{filtered ? 'No threads match these filters' : 'No threads yet'}</h3>
          <p>
            {filtered ? 'Try another filter, or ' : 'Start the conversation: '}
            <Link to={`/ask?category=${encodeURIComponent(categorySlug)}`}>ask a question</Link>.
          </p>
        </div>
      ) : null}
      {threads.length > 0 ? <ThreadList threads={threads} label="Threads" /> : null}
      {moreError ? <ErrorAlert>{moreError}</ErrorAlert> : null}
      {data?.threads.pageInfo.hasNextPage && data.threads.pageInfo.endCursor ? (
        <p className="load-more">
          <Button
            variant="secondary"
            busy={loadingMore}
            onClick={() => void loadMore(data.threads.pageInfo.endCursor ?? '')}
          >
            {loadingMore ? 'Loading…' : 'Load more'}
          </Button>
        </p>
      ) : null}
    </section>
  );
}

export function CategoryPage() {
  const t = useT();
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(CategoryDocument, { variables: { slug } });
  const { origin } = useRenderEnvironment();

  if (error)
    return <ErrorAlert title="This category could not be loaded">{toFormErrors(error).message}</ErrorAlert>;
  if (loading && !data) return <Status>Loading category…</Status>;
  const category = data?.category;
  if (!category) return <NotFoundPage what="category" />;

  return (
    <>
      <PageMeta
        title={category.name}
        description={summarize(category.description) || `Questions and answers about ${category.name}.`}
        canonicalPath={`/c/${category.slug}`}
      />
      <JsonLd
        data={breadcrumbStructuredData(origin, [
          { name: 'Home', path: '/' },
          { name: category.name, path: `/c/${category.slug}` },
        ])}
      />
      <AnnouncementBanner categoryId={category.id} />
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link to="/">Home</Link>
          </li>
          <li aria-current="page">{category.name}</li>
        </ol>
      </nav>
      <header className="page-header page-header--with-action">
        <div>
          <h1>{category.name}</h1>
          <p className="page-header__lead">{category.description}</p>
          {category.private ? (
            <p className="category-private" data-testid="category-private">
              <svg
                className="category-private__icon"
                viewBox="0 0 16 16"
                width="14"
                height="14"
                aria-hidden="true"
              >
                <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
                <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
              </svg>{' '}
              {t('category.private')}
            </p>
          ) : null}
          {/* Ideas are voted on and moved on the roadmap, not answered: no wait for an answer to promise. */}
          {category.forIdeas ? null : <ExpectedWait category={category.id} />}
          <WatchControl targetType="CATEGORY" targetId={category.id} />
          <p className="page-header__pills">
            {category.forIdeas ? (
              <Link to="/ideas" className="pill">
                See the roadmap
              </Link>
            ) : (
              <span className="pill">
                Team replies within {formatResponseTarget(category.responseTargetMinutes)}
              </span>
            )}
            <span className="pill pill--plain">
              {category.threadCount.toLocaleString('en')} {category.threadCount === 1 ? 'thread' : 'threads'}
            </span>
            {category.unansweredCount > 0 ? (
              <span className="pill pill--warn">
                {category.unansweredCount.toLocaleString('en')} unanswered
              </span>
            ) : null}
          </p>
        </div>
        {category.forIdeas ? (
          <Link
            to={`/ask?kind=IDEA&category=${encodeURIComponent(category.slug)}`}
            className="button button--primary"
          >
            Share an idea
          </Link>
        ) : (
          <Link to={`/ask?category=${encodeURIComponent(category.slug)}`} className="button button--primary">
            Ask a question
          </Link>
        )}
      </header>
      <CategoryThreads categoryId={category.id} categorySlug={category.slug} tags={category.tags} />
    </>
  );
}
