// Under an answer: flag it, and for moderators hide or restore it (asking for the reason the audit log keeps).
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { AbilityView } from '../abilities/Ability';
import { useT } from '../../i18n/I18n';
import { useMe } from '../accounts/useMe';
import { FlagButton } from './FlagButton';
import { HidePostDocument, RestorePostDocument } from './moderation.documents';
import { ReasonDialog } from './ReasonDialog';
import { useModeration } from './useModeration';
import './moderation.css';

export function PostTools({
  targetId,
  hidden,
  subject,
  can,
}: {
  targetId: string;
  hidden: boolean;
  subject: string;
  /** The post's abilities from the API: flagging and moderating it. */
  can: { flag: AbilityView; moderate: AbilityView };
}) {
  const t = useT();
  const { me } = useMe();
  const moderation = useModeration();
  const [hide] = useMutation(HidePostDocument);
  const [restore] = useMutation(RestorePostDocument);
  const [asking, setAsking] = useState(false);
  if (!me) return null;

  function onToggle(reason: string) {
    setAsking(false);
    const input = { targetId, reason };
    void moderation.run(() => (hidden ? restore({ variables: { input } }) : hide({ variables: { input } })));
  }

  return (
    <span className="post-tools">
      {hidden ? <span className="badge badge--hidden">{t('moderation.hidden')}</span> : null}
      <FlagButton targetId={targetId} subject={subject} ability={can.flag} />
      {can.moderate.allowed ? (
        <>
          <button
            type="button"
            className="link-button"
            onClick={() => setAsking(true)}
            disabled={moderation.busy}
          >
            {t(hidden ? 'moderation.restore' : 'moderation.hide')}
          </button>
          <ReasonDialog
            open={asking}
            title={t(hidden ? 'moderation.post.whyRestore' : 'moderation.post.whyHide', { subject })}
            confirmLabel={t(hidden ? 'moderation.post.restore' : 'moderation.post.hide', { subject })}
            onCancel={() => setAsking(false)}
            onConfirm={onToggle}
          />
        </>
      ) : null}
      {moderation.error ? (
        <span className="mod-form__error" role="alert">
          {moderation.error}
        </span>
      ) : null}
    </span>
  );
}
