// /admin/mail: every email the community sent, is about to send, skipped (and why) or gave up on.
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PageTitle } from '../../app/PageTitle';
import type { MailPurpose, MailStatus } from '../../gql/graphql';
import { useT, type MessageId } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { MailLogDocument } from './notifications.documents';
import './notifications.css';

const STATUSES: Record<MailStatus, MessageId> = {
  PENDING: 'mailLog.status.pending',
  SENT: 'mailLog.status.sent',
  SKIPPED: 'mailLog.status.skipped',
  DEAD: 'mailLog.status.dead',
};

const PURPOSES: Record<MailPurpose, MessageId> = {
  ACCOUNT_EXISTS: 'mailLog.purpose.accountExists',
  DATA_EXPORT: 'mailLog.purpose.dataExport',
  DIGEST: 'mailLog.purpose.digest',
  NOTIFICATION: 'mailLog.purpose.notification',
  PASSWORD_RESET: 'mailLog.purpose.passwordReset',
  VERIFY_EMAIL: 'mailLog.purpose.verifyEmail',
};

export function MailLogPage() {
  const t = useT();
  const [status, setStatus] = useState<MailStatus | ''>('');
  const { data, error, loading, fetchMore } = useQuery(MailLogDocument, {
    variables: { status: status || null },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.mailLog.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PageTitle>{t('mailLog.title')}</PageTitle>
      <header className="page-header">
        <h1>{t('mailLog.title')}</h1>
        <p className="page-header__lead">{t('mailLog.lead', { setting: 'SMTP_URL' })}</p>
      </header>
      <div className="notifications-toolbar">
        <label>
          {t('mailLog.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value as MailStatus | '')}>
            <option value="">{t('mailLog.all')}</option>
            {(Object.keys(STATUSES) as MailStatus[]).map((s) => (
              <option key={s} value={s}>
                {t(STATUSES[s])}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error ? <ErrorAlert title={t('mailLog.loadFailed')}>{error.message}</ErrorAlert> : null}
      {!loading && !rows.length ? <p>{t('mailLog.empty')}</p> : null}
      <table className="mail-log">
        <thead>
          <tr>
            <th>{t('mailLog.when')}</th>
            <th>{t('mailLog.to')}</th>
            <th>{t('mailLog.email')}</th>
            <th>{t('mailLog.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id}>
              <td>
                <RelativeTime value={m.createdAt} />
              </td>
              <td>{m.toAddress}</td>
              <td>
                <details>
                  <summary>
                    {t('mailLog.summary', {
                      purpose: t(PURPOSES[m.purpose]),
                      subject: m.subject ?? t('mailLog.renderedWhenSent'),
                    })}
                  </summary>
                  <pre>{m.textBody}</pre>
                </details>
              </td>
              <td>
                <strong>{t(STATUSES[m.status])}</strong>
                {m.skipReason ? <div>{m.skipReason}</div> : null}
                {m.lastError ? (
                  <div>{t('mailLog.attempts', { count: m.attempts, error: m.lastError })}</div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data?.mailLog.pageInfo.hasNextPage ? (
        <Button
          variant="secondary"
          onClick={() =>
            void fetchMore({
              variables: { after: data.mailLog.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                mailLog: {
                  ...fetchMoreResult.mailLog,
                  edges: [...prev.mailLog.edges, ...fetchMoreResult.mailLog.edges],
                },
              }),
            })
          }
        >
          {t('mailLog.older')}
        </Button>
      ) : null}
    </>
  );
}
