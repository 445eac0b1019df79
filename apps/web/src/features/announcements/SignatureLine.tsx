// "Signed by NAME, TITLE" with the verification state: verified only when the signature checks now.
import type { AnnouncementFieldsFragment } from '../../gql/graphql';
import type { ReactNode } from 'react';
import { Message, useT, type MessageId } from '../../i18n/I18n';
import { DOT, SPACE } from '../../ui/typography';
import './announcements.css';

/** After the signer's name in a banner when the signature checks: a mark, the same in every language. */
export const VERIFIED_MARK = ' ✓';

const STATE_LABELS: Record<'verified' | 'revoked' | 'failed', MessageId> = {
  verified: 'announcements.signature.verified',
  revoked: 'announcements.signature.revoked',
  failed: 'announcements.signature.failed',
};

const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;
/** The name without emphasis (the banner's line). */
export const plain = (chunks: ReactNode[]) => <>{chunks}</>;

type Signature = NonNullable<AnnouncementFieldsFragment['signature']>;

export function SignatureLine({
  signature,
  announcementId,
}: {
  signature: Signature | null;
  announcementId: string;
}) {
  const t = useT();
  if (!signature) return <p className="signature signature--bad">{t('announcements.signature.none')}</p>;
  const state = signature.verified ? 'verified' : signature.keyRevoked ? 'revoked' : 'failed';
  const label = t(STATE_LABELS[state]);
  return (
    <div className={`signature signature--${state === 'verified' ? 'ok' : 'bad'}`}>
      <p className="signature__who">
        <Message
          id={signature.authorTitle ? 'announcements.signedByWithTitle' : 'announcements.signedBy'}
          values={{ name: signature.authorName, title: signature.authorTitle, strong }}
        />
      </p>
      <p className="signature__state">
        <span className={`badge signature__badge signature__badge--${state}`}>{label}</span>
        {SPACE}
        <span className="muted">
          <Message
            id="announcements.signature.key"
            values={{ algorithm: signature.algorithm, key: <code>{signature.keyId}</code> }}
          />
          {DOT}
          <a href={`/announcements/${announcementId}.json`}>{t('announcements.signature.json')}</a>
          {DOT}
          <a href="/.well-known/community-keys.json">{t('announcements.signature.publicKeys')}</a>
        </span>
      </p>
    </div>
  );
}
