// Moderators' queue: open flags grouped by post, the oldest first, with the post's text and what to do.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { toFormErrors } from '../../app/errors';
import { PageTitle } from '../../app/PageTitle';
import { Message, useT } from '../../i18n/I18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { Status } from '../../ui/Status';
import { FLAG_REASONS } from './FlagButton';
import { FlagQueueDocument, HidePostDocument, ResolveFlagsDocument } from './moderation.documents';
import { ModerationNav } from './ModerationNav';
import { ReasonDialog } from './ReasonDialog';
import { useModeration } from './useModeration';
import './moderation.css';

export function FlagQueuePage() {
  const t = useT();
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
      <PageTitle>{t('moderation.flags.title')}</PageTitle>
      <header className="page-header">
        <h1>{t('moderation.flags.title')}</h1>
        <p className="page-header__lead">{t('moderation.flags.lead')}</p>
        <ModerationNav />
      </header>
      {error ? <ErrorAlert>{toFormErrors(error).message}</ErrorAlert> : null}
      {moderation.error ? <ErrorAlert>{moderation.error}</ErrorAlert> : null}
      {loading && !data ? <Status>{t('moderation.flags.loading')}</Status> : null}
      {data && !groups.length ? <p className="muted">{t('moderation.flags.empty')}</p> : null}
      <ol className="mod-queue">
        {groups.map((g) => (
          <li key={g.targetId} className="mod-queue__item">
            <p>
              <Message
                id={g.thread ? 'moderation.flags.groupInThread' : 'moderation.flags.group'}
                values={{
                  count: g.count,
                  target: g.targetType,
                  title: g.thread?.title,
                  oldest: <RelativeTime value={g.oldestAt} />,
                  strong: (chunks) => <strong>{chunks}</strong>,
                  link: (chunks) => <Link to={`/t/${g.thread?.id}`}>{chunks}</Link>,
                }}
              />
              {g.hidden ? <span className="badge badge--hidden">{t('moderation.hidden')}</span> : null}
            </p>
            <blockquote className="muted">{g.excerpt}</blockquote>
            <ul>
              {g.flags.map((f) => (
                <li key={f.id}>
                  <Message
                    id={f.note ? 'moderation.flags.flagWithNote' : 'moderation.flags.flag'}
                    values={{
                      reason: t(FLAG_REASONS[f.reason]),
                      note: f.note,
                      time: <RelativeTime value={f.createdAt} />,
                    }}
                  />
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
                  {t('moderation.flags.hidePost')}
                </button>
              )}
              <button
                type="button"
                className="link-button"
                onClick={() => setAsking({ targetId: g.targetId, what: 'dismiss' })}
              >
                {t('moderation.flags.dismiss')}
              </button>
            </p>
          </li>
        ))}
      </ol>
      <ReasonDialog
        open={asking !== null}
        title={t(asking?.what === 'dismiss' ? 'moderation.flags.whyDismiss' : 'moderation.flags.whyHide')}
        confirmLabel={t(
          asking?.what === 'dismiss' ? 'moderation.flags.dismiss' : 'moderation.flags.hidePost',
        )}
        onCancel={() => setAsking(null)}
        onConfirm={(reason) => asking && act(asking.targetId, asking.what, reason)}
      />
    </>
  );
}
