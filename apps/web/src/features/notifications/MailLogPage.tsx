// /admin/mail: every email the community sent, is about to send, skipped (and why) or gave up on.
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PageTitle } from '../../app/PageTitle';
import type { MailStatus } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { MailLogDocument } from './notifications.documents';
import './notifications.css';

const STATUSES: MailStatus[] = ['PENDING', 'SENT', 'SKIPPED', 'DEAD'];

export function MailLogPage() {
  const [status, setStatus] = useState<MailStatus | ''>('');
  const { data, error, loading, fetchMore } = useQuery(MailLogDocument, {
    variables: { status: status || null },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.mailLog.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PageTitle>Mail log</PageTitle>
      <header className="page-header">
        <h1>Mail log</h1>
        <p className="page-header__lead">
          Every email: sent, waiting, skipped (and why) or failed after retries. Without SMTP_URL nothing is
          sent, but every message is still rendered here. Links with tokens are redacted.
        </p>
      </header>
      <div className="notifications-toolbar">
        <label>
          Status{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value as MailStatus | '')}>
            <option value="">All</option>
            {STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      </div>
      {error ? <ErrorAlert title="The mail log could not be loaded">{error.message}</ErrorAlert> : null}
      {!loading && !rows.length ? <p>No emails yet.</p> : null}
      <table className="mail-log">
        <thead>
          <tr>
            <th>When</th>
            <th>To</th>
            <th>Email</th>
            <th>Status</th>
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
                    {m.purpose}: {m.subject ?? '(rendered when sent)'}
                  </summary>
                  <pre>{m.textBody}</pre>
                </details>
              </td>
              <td>
                <strong>{m.status}</strong>
                {m.skipReason ? <div>{m.skipReason}</div> : null}
                {m.lastError ? (
                  <div>
                    {m.attempts} attempt{m.attempts === 1 ? '' : 's'}: {m.lastError}
                  </div>
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
          Older emails
        </Button>
      ) : null}
    </>
  );
}
