// Tells a suspended account until when it cannot post, and why.
import { useQuery } from '@apollo/client/react';
import { Message } from '../../i18n/I18n';
import { SuspensionDocument } from './moderation.documents';
import { useFormatDate } from './useFormatDate';
import './moderation.css';

export function SuspendedNotice() {
  const formatDate = useFormatDate();
  const { data } = useQuery(SuspensionDocument);
  const me = data?.me;
  if (!me?.suspendedUntil) return null;
  return (
    <div className="suspended-notice" role="status">
      <Message
        id={me.suspensionReason ? 'moderation.suspended.noticeWithReason' : 'moderation.suspended.notice'}
        values={{
          date: formatDate(me.suspendedUntil),
          reason: me.suspensionReason,
          strong: (chunks) => <strong>{chunks}</strong>,
        }}
      />
    </div>
  );
}
