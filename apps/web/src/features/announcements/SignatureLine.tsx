// "Signed by NAME, TITLE" with the verification state: verified only when the signature checks now.
import type { AnnouncementFieldsFragment } from '../../gql/graphql';
import './announcements.css';

type Signature = NonNullable<AnnouncementFieldsFragment['signature']>;

export function SignatureLine({
  signature,
  announcementId,
}: {
  signature: Signature | null;
  announcementId: string;
}) {
  if (!signature) return <p className="signature signature--bad">Not signed.</p>;
  const state = signature.verified ? 'verified' : signature.keyRevoked ? 'revoked' : 'failed';
  const label = {
    verified: 'Verified signature',
    revoked: 'Signing key revoked',
    failed: 'Not verified: the text differs from what was signed',
  }[state];
  return (
    <div className={`signature signature--${state === 'verified' ? 'ok' : 'bad'}`}>
      <p className="signature__who">
        Signed by <strong>{signature.authorName}</strong>
        {signature.authorTitle ? `, ${signature.authorTitle}` : null}
      </p>
      <p className="signature__state">
        <span className={`badge signature__badge signature__badge--${state}`}>{label}</span>{' '}
        <span className="muted">
          {signature.algorithm} key <code>{signature.keyId}</code> ·{' '}
          <a href={`/announcements/${announcementId}.json`}>signed JSON</a> ·{' '}
          <a href="/.well-known/community-keys.json">public keys</a>
        </span>
      </p>
    </div>
  );
}
