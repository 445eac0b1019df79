// "Notify me" on thread, category and tag pages: the signed-in person's watch level for this place.
import { useMutation, useQuery } from '@apollo/client/react';
import { useId } from 'react';
import type { WatchLevel, WatchTarget } from '../../gql/graphql';
import { useT, type MessageId } from '../../i18n/I18n';
import { useMe } from '../accounts/useMe';
import { MyWatchesDocument, WatchDocument } from './notifications.documents';

const LEVELS: { value: WatchLevel; labelId: MessageId }[] = [
  { value: 'WATCHING', labelId: 'watch.watching' },
  { value: 'TRACKING', labelId: 'watch.tracking' },
  { value: 'NORMAL', labelId: 'watch.normal' },
  { value: 'MUTED', labelId: 'watch.muted' },
];

export function WatchControl({ targetType, targetId }: { targetType: WatchTarget; targetId: string }) {
  const { me } = useMe();
  const id = useId();
  const t = useT();
  // All of the viewer's watches, loaded with the header (NotificationBell): a page never asks for them itself.
  const { data } = useQuery(MyWatchesDocument, { skip: !me });
  const [watch, { loading, error }] = useMutation(WatchDocument, {
    refetchQueries: [{ query: MyWatchesDocument }],
  });
  if (!me) return null;
  const key = targetType === 'TAG' ? targetId.toLowerCase() : targetId;
  const level =
    data?.myWatches.find((w) => w.targetType === targetType && w.targetId === key)?.level ?? 'NORMAL';
  return (
    <span className="watch-control" data-testid="watch-control">
      <label htmlFor={id}>{t('watch.label')}</label>
      <select
        id={id}
        value={level}
        disabled={loading}
        onChange={(e) =>
          void watch({ variables: { input: { targetType, targetId, level: e.target.value as WatchLevel } } })
        }
      >
        {LEVELS.map((l) => (
          <option key={l.value} value={l.value}>
            {t(l.labelId)}
          </option>
        ))}
      </select>
      {error ? <span role="alert"> {error.message}</span> : null}
    </span>
  );
}
