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
import { Message, useT } from '../../i18n/I18n';
import { AssignControl } from './AssignControl';
import { CareQueueChangedDocument, CareQueueDocument } from './care.documents';
import { useFormatMinutes } from './format';
import './care.css';

type Tab = 'all' | 'mine' | 'unassigned';

const TAB_LABELS = {
  all: 'care.queue.tab.all',
  mine: 'care.queue.tab.mine',
  unassigned: 'care.queue.tab.unassigned',
} as const;

export function CareQueuePage() {
  const t = useT();
  const formatMinutes = useFormatMinutes();
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

  if (error) return <ErrorAlert title={t('care.queue.loadFailed')}>{error.message}</ErrorAlert>;
  const items = data?.careQueue.edges.map((e) => e.node) ?? [];

  return (
    <>
      <PageTitle>{t('care.queue.title')}</PageTitle>
      <div className="care-header">
        <h1>{t('care.queue.title')}</h1>
        <nav aria-label={t('care.console')} className="care-tabs">
          <Link to="/care/replies">{t('care.replies.title')}</Link>
          <Link to="/care/conversations">{t('care.followUps.title')}</Link>
          <Link to="/staff/analytics">{t('care.nav.analytics')}</Link>
        </nav>
      </div>
      <div role="tablist" aria-label={t('care.queue.tabs')} className="care-tabs">
        {(['all', 'mine', 'unassigned'] as Tab[]).map((name) => (
          <button
            key={name}
            role="tab"
            type="button"
            aria-selected={tab === name}
            className={`care-tab${tab === name ? ' care-tab--active' : ''}`}
            onClick={() => setTab(name)}
          >
            {t(TAB_LABELS[name])}
          </button>
        ))}
      </div>
      <form
        className="care-filters"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('care.queue.filters')}
      >
        <label>
          {t('care.queue.category')}
          <select value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
            <option value="">{t('care.queue.allCategories')}</option>
            {categories?.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('care.queue.tag')} <input value={tag} onChange={(e) => setTag(e.target.value)} size={12} />
        </label>
        <label>
          {t('care.queue.sentiment')}
          <select value={sentiment} onChange={(e) => setSentiment(e.target.value as SentimentFilter | '')}>
            <option value="">{t('care.queue.sentimentAny')}</option>
            <option value="NEGATIVE">{t('care.sentiment.negative')}</option>
            <option value="NEUTRAL">{t('care.sentiment.neutral')}</option>
            <option value="POSITIVE">{t('care.sentiment.positive')}</option>
          </select>
        </label>
        <label>
          {t('care.queue.sort')}
          <select value={sort} onChange={(e) => setSort(e.target.value as CareQueueSort)}>
            <option value="OLDEST">{t('care.queue.sortOldest')}</option>
            <option value="MOST_NEGATIVE">{t('care.queue.sortMostNegative')}</option>
          </select>
        </label>
      </form>
      <p className="muted" aria-live="polite">
        {loading && !data
          ? t('care.loading')
          : t('care.queue.waiting', { count: data?.careQueue.totalCount ?? 0 })}
      </p>
      {items.length === 0 && data ? <Status>{t('care.queue.empty')}</Status> : null}
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
                <Message
                  id={item.thread.tags.length ? 'care.queue.metaWithTags' : 'care.queue.meta'}
                  values={{
                    category: item.thread.category.name,
                    author: item.thread.author.displayName,
                    asked: <RelativeTime value={item.thread.createdAt} />,
                    tags: item.thread.tags.join(', '),
                  }}
                />
                {item.sentiment != null && item.sentiment <= -0.1 ? (
                  <span className="badge badge--negative">{t('care.queue.negative')}</span>
                ) : null}
              </p>
            </div>
            <div className="care-item__clock" data-testid="time-left">
              <Message
                id={item.overdue ? 'care.queue.overdue' : 'care.queue.timeLeft'}
                values={{
                  time: formatMinutes(item.overdue ? -item.minutesLeft : item.minutesLeft),
                  target: formatMinutes(item.targetMinutes),
                  strong: (chunks) => <strong className="care-overdue">{chunks}</strong>,
                  muted: (chunks) => <span className="muted">{chunks}</span>,
                }}
              />
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
            {loadingMore ? t('care.loading') : t('care.queue.loadMore')}
          </Button>
        </p>
      ) : null}
    </>
  );
}
