// Community-wide lists: /popular, /latest and /tags/<tag> (a tag's threads across every category), paged
// with "Load more" like a category page.
import { WatchControl } from '../notifications/WatchControl';
import '../notifications/notifications.css';
import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { toFormErrors } from '../../app/errors';
import { PageMeta } from '../../app/PageMeta';
import type { ThreadFilter, ThreadSort } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Status } from '../../ui/Status';
import { SPACE } from '../../ui/typography';
import { Message, useIntl, useT } from '../../i18n/I18n';
import { ThreadList } from './ThreadList';
import { ThreadListDocument } from './threads.documents';

const PAGE_SIZE = 20;

function ThreadsPage({
  title,
  path,
  description,
  lead,
  sort,
  filter,
  empty,
}: {
  title: string;
  /** The canonical path of the list. */
  path: string;
  description: string;
  lead: ReactNode;
  sort: ThreadSort;
  filter?: ThreadFilter;
  empty: ReactNode;
}) {
  const t = useT();
  const intl = useIntl();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const { data, loading, error, fetchMore } = useQuery(ThreadListDocument, {
    variables: { filter, sort, first: PAGE_SIZE },
  });
  const threads = data?.threads.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.threads.pageInfo;

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

  return (
    <>
      {/* An empty list (an unknown tag) is not worth a search engine's index. */}
      <PageMeta
        title={title}
        description={description}
        canonicalPath={path}
        noindex={Boolean(data) && threads.length === 0}
      />
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/">{t('nav.home')}</Link>
          </li>
          <li aria-current="page" className="breadcrumbs__current">
            {title}
          </li>
        </ol>
      </nav>
      <section aria-labelledby="threads-title" className="panel">
        <div className="panel__head">
          <h1 id="threads-title" className="panel__title">
            {title}
            {data ? (
              <span className="panel__count">
                {SPACE}
                {t('categories.countInParens', { count: intl.formatNumber(data.threads.totalCount) })}
              </span>
            ) : null}
          </h1>
        </div>
        <p className="muted threads-page__lead">{lead}</p>
        {error ? <ErrorAlert title={t('lists.loadFailed')}>{toFormErrors(error).message}</ErrorAlert> : null}
        {loading && !data ? <Status>{t('lists.loadingThreads')}</Status> : null}
        {data && threads.length === 0 ? <p className="panel__empty">{empty}</p> : null}
        {threads.length > 0 ? <ThreadList threads={threads} showCategory label={title} /> : null}
        {moreError ? <ErrorAlert>{moreError}</ErrorAlert> : null}
        {pageInfo?.hasNextPage && pageInfo.endCursor ? (
          <p className="load-more">
            <Button
              variant="secondary"
              busy={loadingMore}
              onClick={() => void loadMore(pageInfo.endCursor ?? '')}
            >
              {t(loadingMore ? 'lists.loading' : 'lists.loadMore')}
            </Button>
          </p>
        ) : null}
      </section>
    </>
  );
}

const ask = (chunks: ReactNode[]) => <Link to="/ask">{chunks}</Link>;

export function PopularPage() {
  const t = useT();
  return (
    <ThreadsPage
      title={t('lists.popular.title')}
      path="/popular"
      description={t('lists.popular.lead')}
      lead={t('lists.popular.lead')}
      sort="POPULAR"
      empty={<Message id="lists.popular.empty" values={{ ask }} />}
    />
  );
}

export function LatestPage() {
  const t = useT();
  return (
    <ThreadsPage
      title={t('lists.latest.title')}
      path="/latest"
      description={t('lists.latest.lead')}
      lead={t('lists.latest.lead')}
      sort="NEWEST"
      empty={<Message id="lists.latest.empty" values={{ ask }} />}
    />
  );
}

export function TagPage() {
  const t = useT();
  const { tag = '' } = useParams();
  return (
    <ThreadsPage
      // A new tag means a new list; without the key a previous tag's pages would linger while loading.
      key={tag}
      title={t('lists.tag.title', { tag })}
      path={`/tags/${encodeURIComponent(tag)}`}
      description={t('lists.tag.description', { tag })}
      lead={
        <>
          {t('lists.tag.lead', { tag })}
          {SPACE}
          <WatchControl targetType="TAG" targetId={tag} />
        </>
      }
      sort="NEWEST"
      filter={{ tag }}
      empty={t('lists.tag.empty')}
    />
  );
}
