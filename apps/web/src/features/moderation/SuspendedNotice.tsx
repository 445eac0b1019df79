// Tells a suspended account until when it cannot post, and why.
import { useQuery } from '@apollo/client/react';
import { SuspensionDocument } from './moderation.documents';
import './moderation.css';

export function SuspendedNotice() {
  const { data } = useQuery(SuspensionDocument);
  const me = data?.me;
  if (!me?.suspendedUntil) return null;
  return (
    <div className="suspended-notice" role="status">
      <strong>Your account is suspended</strong> until{' '}
      {new Date(me.suspendedUntil).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
      {me.suspensionReason ? `: ${me.suspensionReason}` : ''}. You can read, but not post, vote or flag until
      then.
    </div>
  );
}
