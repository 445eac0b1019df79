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
import { Message, useIntl, useT, type MessageId } from '../../i18n/I18n';
import { SPACE } from '../../ui/typography';

const PAGE_SIZE = 20;

const SORTS: Record<ThreadSort, MessageId> = {
  NEWEST: 'categories.sort.newest',
  ACTIVE: 'categories.sort.active',
  TOP: 'categories.sort.top',
  POPULAR: 'categories.sort.popular',
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
  const intl = useIntl();
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
          {label('categories.threads')}
          {data ? (
            <span className="panel__count">
              {SPACE}
              {label('categories.countInParens', { count: intl.formatNumber(data.threads.totalCount) })}
            </span>
          ) : null}
        </h2>
      </div>
      <form className="filters" aria-label={label('categories.filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={label('categories.sortBy')}
          name="sort"
          value={sort}
          onChange={(e) => update('sort', e.target.value === 'NEWEST' ? undefined : e.target.value)}
        >
          {Object.entries(SORTS).map(([value, id]) => (
            <option key={value} value={value}>
              {label(id)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={label('categories.kind')}
          name="kind"
          value={kind ?? ''}
          onChange={(e) => update('kind', e.target.value)}
        >
          <option value="">{label('categories.allKinds')}</option>
          {Object.entries(KIND_LABELS).map(([value, id]) => (
            <option key={value} value={value}>
              {label(id)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={label('categories.status')}
          name="status"
          value={status ?? ''}
          onChange={(e) => update('status', e.target.value)}
        >
          <option value="">{label('categories.anyStatus')}</option>
          {Object.entries(STATUS_LABELS).map(([value, id]) => (
            <option key={value} value={value}>
              {label(id)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={label('categories.tag')}
          name="tag"
          value={tag ?? ''}
          onChange={(e) => update('tag', e.target.value)}
        >
          <option value="">{label('categories.allTags')}</option>
          {/* A tag from a link may not be among the category's counted tags yet; keep it selectable. */}
          {tag && !tags.some((t) => t.tag === tag) ? <option value={tag}>{tag}</option> : null}
          {tags.map((t) => (
            <option key={t.tag} value={t.tag}>
              {label('categories.tagOption', { tag: t.tag, count: intl.formatNumber(t.count) })}
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
          {label('categories.unansweredOnly')}
        </label>
      </form>

      {error ? (
        <ErrorAlert title={label('lists.loadFailed')}>{toFormErrors(error).message}</ErrorAlert>
      ) : null}
      {loading && !data ? <Status>{label('lists.loadingThreads')}</Status> : null}
      {data && threads.length === 0 ? (
        <div className="empty-state empty-state--panel">
          <h3>{label(filtered ? 'categories.noMatches' : 'categories.noThreads')}</h3>
          <p>
            <Message
              id={filtered ? 'categories.noMatchesHint' : 'categories.noThreadsHint'}
              values={{
                ask: (chunks) => (
                  <Link to={`/ask?category=${encodeURIComponent(categorySlug)}`}>{chunks}</Link>
                ),
              }}
            />
          </p>
        </div>
      ) : null}
      {threads.length > 0 ? <ThreadList threads={threads} label={label('categories.threads')} /> : null}
      {moreError ? <ErrorAlert>{moreError}</ErrorAlert> : null}
      {data?.threads.pageInfo.hasNextPage && data.threads.pageInfo.endCursor ? (
        <p className="load-more">
          <Button
            variant="secondary"
            busy={loadingMore}
            onClick={() => void loadMore(data.threads.pageInfo.endCursor ?? '')}
          >
            {label(loadingMore ? 'lists.loading' : 'lists.loadMore')}
          </Button>
        </p>
      ) : null}
    </section>
  );
}

export function CategoryPage() {
  const t = useT();
  const intl = useIntl();
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(CategoryDocument, { variables: { slug } });
  const { origin } = useRenderEnvironment();

  if (error)
    return <ErrorAlert title={t('categories.categoryLoadFailed')}>{toFormErrors(error).message}</ErrorAlert>;
  if (loading && !data) return <Status>{t('categories.loadingCategory')}</Status>;
  const category = data?.category;
  if (!category) return <NotFoundPage what="category" />;

  return (
    <>
      <PageMeta
        title={category.name}
        description={
          summarize(category.description) || t('categories.metaDescription', { name: category.name })
        }
        canonicalPath={`/c/${category.slug}`}
      />
      <JsonLd
        data={breadcrumbStructuredData(origin, [
          { name: t('nav.home'), path: '/' },
          { name: category.name, path: `/c/${category.slug}` },
        ])}
      />
      <AnnouncementBanner categoryId={category.id} />
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/">{t('nav.home')}</Link>
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
              </svg>
              {SPACE}
              {t('category.private')}
            </p>
          ) : null}
          {/* Ideas are voted on and moved on the roadmap, not answered: no wait for an answer to promise. */}
          {category.forIdeas ? null : <ExpectedWait category={category.id} />}
          <WatchControl targetType="CATEGORY" targetId={category.id} />
          <p className="page-header__pills">
            {category.forIdeas ? (
              <Link to="/ideas" className="pill">
                {t('ideas.panel.roadmapLink')}
              </Link>
            ) : (
              <span className="pill">
                {t('categories.responseTarget', {
                  time: formatResponseTarget(intl, category.responseTargetMinutes),
                })}
              </span>
            )}
            <span className="pill pill--plain">
              {t('categories.threadCount', { count: category.threadCount })}
            </span>
            {category.unansweredCount > 0 ? (
              <span className="pill pill--warn">
                {t('categories.unansweredCount', { count: category.unansweredCount })}
              </span>
            ) : null}
          </p>
        </div>
        {category.forIdeas ? (
          <Link
            to={`/ask?kind=IDEA&category=${encodeURIComponent(category.slug)}`}
            className="button button--primary"
          >
            {t('ideas.share')}
          </Link>
        ) : (
          <Link to={`/ask?category=${encodeURIComponent(category.slug)}`} className="button button--primary">
            {t('categories.ask')}
          </Link>
        )}
      </header>
      <CategoryThreads categoryId={category.id} categorySlug={category.slug} tags={category.tags} />
    </>
  );
}
