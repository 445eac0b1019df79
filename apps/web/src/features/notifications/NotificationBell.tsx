// The header's bell: the unread count, a dropdown of the latest items, live over the notificationAdded
// subscription (the count and list refetch when something arrives, without reloading the page).
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useHydrated } from '../../app/render-environment';
import { Link } from 'react-router';
import { useIntl, useT } from '../../i18n/I18n';
import { RelativeTime } from '../../ui/RelativeTime';
import {
  MarkNotificationsReadDocument,
  MyWatchesDocument,
  NotificationAddedDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from './notifications.documents';
import './notifications.css';

export function NotificationBell() {
  const t = useT();
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLLIElement>(null);
  // Cache first: a server-rendered page arrives with the count (asking again on load would be a second
  // request for the page), and the subscription below refetches it when something new arrives.
  const { data, refetch } = useQuery(UnreadNotificationCountDocument);
  // The watch controls on thread, category and tag pages read these from the cache: loaded here, with the
  // server-rendered header, they cost no request when a page opens (in-app navigation included).
  useQuery(MyWatchesDocument);
  const latest = useQuery(NotificationsDocument, {
    variables: { first: 6 },
    skip: !open,
    fetchPolicy: 'cache-and-network',
  });
  const [markRead] = useMutation(MarkNotificationsReadDocument);
  // The websocket opens only in the browser, after hydration.
  const hydrated = useHydrated();
  useSubscription(NotificationAddedDocument, {
    skip: !hydrated,
    onData: () => {
      void refetch();
      if (open) void latest.refetch();
    },
  });

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (
        event instanceof KeyboardEvent
          ? event.key === 'Escape'
          : !rootRef.current?.contains(event.target as Node)
      )
        setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const count = data?.unreadNotificationCount ?? 0;
  const items = latest.data?.notifications.edges.map((e) => e.node) ?? [];

  async function readAndClose(id: string, unread: boolean) {
    setOpen(false);
    if (unread) {
      await markRead({ variables: { input: { ids: [id] } } });
      await refetch();
    }
  }

  return (
    <li className="bell" ref={rootRef}>
      <button
        type="button"
        className="bell__button site-nav__link"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
        data-testid="notification-bell"
      >
        <svg
          aria-hidden="true"
          width="20"
          height="20"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        <span className="visually-hidden">{t('notifications.title')}</span>
        {count > 0 ? (
          <span className="bell__count" data-testid="notification-count">
            {count > 99 ? t('notifications.bell.many', { max: 99 }) : intl.formatNumber(count)}
            <span className="visually-hidden">{t('notifications.bell.unread', { count })}</span>
          </span>
        ) : null}
      </button>
      {open ? (
        <div className="bell__menu" id={menuId} role="region" aria-label={t('notifications.bell.latest')}>
          {latest.loading && !items.length ? (
            <p className="bell__empty">{t('notifications.loading')}</p>
          ) : null}
          {!latest.loading && !items.length ? (
            <p className="bell__empty">{t('notifications.bell.empty')}</p>
          ) : null}
          <ul className="bell__list">
            {items.map((n) => (
              <li key={n.id} className={n.readAt ? 'bell__item' : 'bell__item bell__item--unread'}>
                <Link
                  to={n.thread ? `/t/${n.thread.id}` : '/notifications'}
                  onClick={() => void readAndClose(n.id, !n.readAt)}
                >
                  <strong>{n.summary}</strong>
                  {n.thread ? <span className="bell__title">{n.thread.title}</span> : null}
                  <span className="bell__meta">
                    {n.actor ? t('notifications.actor', { name: n.actor.displayName }) : ''}
                    <RelativeTime value={n.createdAt} />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          <Link className="bell__all" to="/notifications" onClick={() => setOpen(false)}>
            {t('notifications.bell.seeAll')}
          </Link>
        </div>
      ) : null}
    </li>
  );
}
