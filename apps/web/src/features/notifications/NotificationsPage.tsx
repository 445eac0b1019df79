// /notifications: everything that happened for you, newest first, paged; mark one or all read. Live: new items
// arrive over the notificationAdded subscription.
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useT } from '../../i18n/I18n';
import { useHydrated } from '../../app/render-environment';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { useMe } from '../accounts/useMe';
import {
  MarkNotificationsReadDocument,
  NotificationAddedDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from './notifications.documents';
import './notifications.css';

const PAGE = 20;

export function NotificationsPage() {
  const t = useT();
  const { me, loading: meLoading } = useMe();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const hydrated = useHydrated();
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsDocument, {
    variables: { first: PAGE, unreadOnly },
    skip: !me,
    fetchPolicy: 'cache-and-network',
  });
  const [markRead, { loading: marking }] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [UnreadNotificationCountDocument],
  });
  useSubscription(NotificationAddedDocument, { skip: !hydrated || !me, onData: () => void refetch() });

  if (!meLoading && !me) return <Navigate to="/signin" replace />;
  const items = data?.notifications.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.notifications.pageInfo;

  async function mark(input: { ids?: string[]; all?: boolean }) {
    await markRead({ variables: { input } });
    await refetch();
  }

  return (
    <>
      <PageTitle>{t('notifications.title')}</PageTitle>
      <header className="page-header">
        <h1>{t('notifications.title')}</h1>
        <p className="page-header__lead">
          {t('notifications.lead')} <Link to="/settings/email">{t('notifications.emailSettings')}</Link>
        </p>
      </header>
      <div className="notifications-toolbar">
        <label>
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />
          {t('notifications.unreadOnly')}
        </label>
        <Button variant="secondary" busy={marking} onClick={() => void mark({ all: true })}>
          {t('notifications.markAllRead')}
        </Button>
      </div>
      {error ? <ErrorAlert title={t('notifications.loadFailed')}>{error.message}</ErrorAlert> : null}
      {!loading && !items.length ? <p>{t('notifications.empty')}</p> : null}
      <ul className="notification-list" aria-label={t('notifications.title')}>
        {items.map((n) => (
          <li key={n.id} className={n.readAt ? 'notification' : 'notification notification--unread'}>
            <div>
              <strong>{n.summary}</strong>
              {n.thread ? (
                <>
                  {': '}
                  <Link to={`/t/${n.thread.id}`}>{n.thread.title}</Link>
                </>
              ) : null}
              {n.excerpt ? <p className="notification__excerpt">{n.excerpt}</p> : null}
              {n.reason ? (
                <p className="notification__excerpt">{t('notifications.reason', { reason: n.reason })}</p>
              ) : null}
              <span className="notification__meta">
                {n.actor ? t('notifications.actor', { name: n.actor.displayName }) : ''}
                <RelativeTime value={n.createdAt} />
                {n.readAt ? t('notifications.read') : ''}
              </span>
            </div>
            {n.readAt ? null : (
              <Button variant="quiet" onClick={() => void mark({ ids: [n.id] })}>
                {t('notifications.markRead')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {pageInfo?.hasNextPage ? (
        <Button
          variant="secondary"
          onClick={() =>
            void fetchMore({
              variables: { after: pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                notifications: {
                  ...fetchMoreResult.notifications,
                  edges: [...prev.notifications.edges, ...fetchMoreResult.notifications.edges],
                },
              }),
            })
          }
        >
          {t('notifications.older')}
        </Button>
      ) : null}
    </>
  );
}
