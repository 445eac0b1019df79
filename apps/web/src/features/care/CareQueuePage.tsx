// /care: the questions waiting for the brand, oldest first, with the time left to each category's target.
// Live: a graphql-ws subscription refetches the queue when a question arrives, is answered or assigned.
import { useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import type { CareQueueSort, SentimentFilter } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { Status } from '../../ui/Status';
import { useMe } from '../accounts/useMe';
import { CategoriesDocument } from '../categories/categories.documents';
import { toFormErrors } from '../../app/errors';
import { AssignControl } from './AssignControl';
import { CareQueueChangedDocument, CareQueueDocument } from './care.documents';
import { formatMinutes } from './format';
import './care.css';

type Tab = 'all' | 'mine' | 'unassigned';

export function CareQueuePage() {
  const { me } = useMe();
  const [tab, setTab] = useState<Tab>('all');
  const [categoryId, setCategoryId] = useState('');
  const [tag, setTag] = useState('');
  const [sentiment, setSentiment] = useState<SentimentFilter | ''>('');
  const [sort, setSort] = useState<CareQueueSort>('OLDEST');
  const filter = {
    categoryId: categoryId || null,
    tag: tag.trim() || null,
    sentiment: sentiment || null,
    mine: tab === 'mine' || null,
    unassigned: tab === 'unassigned' || null,
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(CareQueueDocument, {
    variables: { filter, sort },
    // The subscription is the fast path; a slow poll covers a dropped websocket.
    pollInterval: 60_000,
    fetchPolicy: 'cache-and-network',
  });
  useSubscription(CareQueueChangedDocument, { onData: () => void refetch() });
  const { data: categories } = useQuery(CategoriesDocument);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
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

  if (error) return <ErrorAlert title="The queue could not be loaded">{error.message}</ErrorAlert>;
  const items = data?.careQueue.edges.map((e) => e.node) ?? [];

  return (
    <>
      <PageTitle>Care queue</PageTitle>
      <div className="care-header">
        <h1>Care queue</h1>
        <nav aria-label="Care console" className="care-tabs">
          <Link to="/care/replies">Saved replies</Link>
          <Link to="/care/conversations">Private follow-ups</Link>
          <Link to="/staff/analytics">Analytics</Link>
        </nav>
      </div>
      <div role="tablist" aria-label="Queue" className="care-tabs">
        {(['all', 'mine', 'unassigned'] as Tab[]).map((t) => (
          <button
            key={t}
            role="tab"
            type="button"
            aria-selected={tab === t}
            className={`care-tab${tab === t ? ' care-tab--active' : ''}`}
            onClick={() => setTab(t)}
          >
            {t === 'all' ? 'All waiting' : t === 'mine' ? 'My queue' : 'Unassigned'}
          </button>
        ))}
      </div>
      <form className="care-filters" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
        <label>
          Category{' '}
          <select value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
            <option value="">All</option>
            {categories?.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tag <input value={tag} onChange={(e) => setTag(e.target.value)} size={12} />
        </label>
        <label>
          Sentiment{' '}
          <select value={sentiment} onChange={(e) => setSentiment(e.target.value as SentimentFilter | '')}>
            <option value="">Any</option>
            <option value="NEGATIVE">Negative</option>
            <option value="NEUTRAL">Neutral</option>
            <option value="POSITIVE">Positive</option>
          </select>
        </label>
        <label>
          Sort{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as CareQueueSort)}>
            <option value="OLDEST">Oldest first</option>
            <option value="MOST_NEGATIVE">Most negative first</option>
          </select>
        </label>
      </form>
      <p className="muted" aria-live="polite">
        {loading && !data ? 'Loading…' : `${data?.careQueue.totalCount ?? 0} waiting`}
      </p>
      {items.length === 0 && data ? <Status>Nothing waiting. Well done.</Status> : null}
      <ol className="care-queue">
        {items.map((item) => (
          <li
            key={item.thread.id}
            className={`care-item${item.overdue ? ' care-item--overdue' : ''}`}
            data-testid="care-item"
          >
            <div className="care-item__main">
              <Link to={`/t/${item.thread.id}`} className="care-item__title">
                {item.thread.title}
              </Link>
              <p className="care-item__meta muted">
                {item.thread.category.name} · {item.thread.author.displayName} ·{' '}
                <RelativeTime value={item.thread.createdAt} prefix="asked" />
                {item.thread.tags.length ? ` · ${item.thread.tags.join(', ')}` : ''}
                {item.sentiment != null && item.sentiment <= -0.1 ? (
                  <span className="badge badge--negative"> negative</span>
                ) : null}
              </p>
            </div>
            <div className="care-item__clock" data-testid="time-left">
              {item.overdue ? (
                <strong className="care-overdue">Overdue by {formatMinutes(-item.minutesLeft)}</strong>
              ) : (
                <span>{formatMinutes(item.minutesLeft)} left</span>
              )}
              <span className="muted"> of {formatMinutes(item.targetMinutes)}</span>
            </div>
            <div className="care-item__assign">
              <AssignControl
                routing={{
                  threadId: item.thread.id,
                  assigneeId: item.thread.assignee?.id ?? null,
                  teamId: item.thread.assignedTeam?.id ?? null,
                }}
                meId={me?.id ?? null}
                onAssigned={() => refetch()}
              />
            </div>
          </li>
        ))}
      </ol>
      {moreError ? <ErrorAlert>{moreError}</ErrorAlert> : null}
      {data?.careQueue.pageInfo.hasNextPage && data.careQueue.pageInfo.endCursor ? (
        <p className="load-more">
          <Button
            variant="secondary"
            busy={loadingMore}
            onClick={() => void loadMore(data.careQueue.pageInfo.endCursor ?? '')}
          >
            {loadingMore ? 'Loading…' : 'Load more'}
          </Button>
        </p>
      ) : null}
    </>
  );
}
