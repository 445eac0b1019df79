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
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link to="/">Home</Link>
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
              <span className="panel__count"> ({data.threads.totalCount.toLocaleString()})</span>
            ) : null}
          </h1>
        </div>
        <p className="muted threads-page__lead">{lead}</p>
        {error ? (
          <ErrorAlert title="Threads could not be loaded">{toFormErrors(error).message}</ErrorAlert>
        ) : null}
        {loading && !data ? <Status>Loading threads…</Status> : null}
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
              {loadingMore ? 'Loading…' : 'Load more'}
            </Button>
          </p>
        ) : null}
      </section>
    </>
  );
}

const askLink = <Link to="/ask">ask a question</Link>;

export function PopularPage() {
  return (
    <ThreadsPage
      title="Popular"
      path="/popular"
      description="What the community is reading, voting on and answering now, across every category."
      lead="What the community is reading, voting on and answering now, across every category."
      sort="POPULAR"
      empty={<>Nothing here yet. Be the first to {askLink}.</>}
    />
  );
}

export function LatestPage() {
  return (
    <ThreadsPage
      title="Latest"
      path="/latest"
      description="The newest threads across every category."
      lead="The newest threads across every category."
      sort="NEWEST"
      empty={<>No threads yet. Be the first to {askLink}.</>}
    />
  );
}

export function TagPage() {
  const { tag = '' } = useParams();
  return (
    <ThreadsPage
      // A new tag means a new list; without the key a previous tag's pages would linger while loading.
      key={tag}
      title={`Tagged “${tag}”`}
      path={`/tags/${encodeURIComponent(tag)}`}
      description={`Questions and discussions tagged ${tag}, newest first.`}
      lead={
        <>
          Threads tagged {tag} in every category, newest first.{' '}
          <WatchControl targetType="TAG" targetId={tag} />
        </>
      }
      sort="NEWEST"
      filter={{ tag }}
      empty={<>No threads carry this tag yet.</>}
    />
  );
}
