// Moderators' queue: open flags grouped by post, the oldest first, with the post's text and what to do.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { toFormErrors } from '../../app/errors';
import { PageTitle } from '../../app/PageTitle';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { Status } from '../../ui/Status';
import { FlagQueueDocument, HidePostDocument, ResolveFlagsDocument } from './moderation.documents';
import { ModerationNav } from './ModerationNav';
import { ReasonDialog } from './ReasonDialog';
import { useModeration } from './useModeration';
import './moderation.css';

export function FlagQueuePage() {
  const { data, loading, error } = useQuery(FlagQueueDocument);
  const moderation = useModeration();
  const [resolve] = useMutation(ResolveFlagsDocument);
  const [hide] = useMutation(HidePostDocument);

  const [asking, setAsking] = useState<{ targetId: string; what: 'hide' | 'dismiss' } | null>(null);

  function act(targetId: string, what: 'hide' | 'dismiss', reason: string) {
    setAsking(null);
    void moderation.run(() =>
      what === 'hide'
        ? hide({ variables: { input: { targetId, reason } } })
        : resolve({ variables: { input: { targetId, reason, dismiss: true } } }),
    );
  }

  const groups = data?.flagQueue.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PageTitle>Flags</PageTitle>
      <header className="page-header">
        <h1>Flags</h1>
        <p className="page-header__lead">Posts members flagged, the longest-waiting first.</p>
        <ModerationNav />
      </header>
      {error ? <ErrorAlert>{toFormErrors(error).message}</ErrorAlert> : null}
      {moderation.error ? <ErrorAlert>{moderation.error}</ErrorAlert> : null}
      {loading && !data ? <Status>Loading flags…</Status> : null}
      {data && !groups.length ? <p className="muted">No open flags. All clear.</p> : null}
      <ol className="mod-queue">
        {groups.map((g) => (
          <li key={g.targetId} className="mod-queue__item">
            <p>
              <strong>
                {g.count} {g.count === 1 ? 'flag' : 'flags'}
              </strong>{' '}
              on {g.targetType.toLowerCase()}{' '}
              {g.thread ? (
                <>
                  in <Link to={`/t/${g.thread.id}`}>{g.thread.title}</Link>
                </>
              ) : null}{' '}
              · oldest <RelativeTime value={g.oldestAt} />
              {g.hidden ? <span className="badge badge--hidden">Hidden</span> : null}
            </p>
            <blockquote className="muted">{g.excerpt}</blockquote>
            <ul>
              {g.flags.map((f) => (
                <li key={f.id}>
                  {f.reason.replace('_', ' ').toLowerCase()}
                  {f.note ? `: “${f.note}”` : ''} <RelativeTime value={f.createdAt} />
                </li>
              ))}
            </ul>
            <p className="post-tools">
              {g.hidden ? null : (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setAsking({ targetId: g.targetId, what: 'hide' })}
                >
                  Hide post
                </button>
              )}
              <button
                type="button"
                className="link-button"
                onClick={() => setAsking({ targetId: g.targetId, what: 'dismiss' })}
              >
                Dismiss flags
              </button>
            </p>
          </li>
        ))}
      </ol>
      <ReasonDialog
        open={asking !== null}
        title={asking?.what === 'dismiss' ? 'Why dismiss these flags?' : 'Why hide this post?'}
        confirmLabel={asking?.what === 'dismiss' ? 'Dismiss flags' : 'Hide post'}
        onCancel={() => setAsking(null)}
        onConfirm={(reason) => asking && act(asking.targetId, asking.what, reason)}
      />
    </>
  );
}
