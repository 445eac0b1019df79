// /admin/keys: the keys that sign announcements, what each signed, revoking one (with a reason), and rotation.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { toFormErrors } from '../../app/errors';
import { PageTitle } from '../../app/PageTitle';
import type { AdminSigningKeysQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { Status } from '../../ui/Status';
import { TextField } from '../../ui/TextField';
import { AdminSigningKeysDocument, RevokeSigningKeyDocument } from './admin.documents';

type Key = AdminSigningKeysQuery['signingKeys'][number];

export function SigningKeysPage() {
  const { data, loading, error } = useQuery(AdminSigningKeysDocument);
  if (loading) return <Status>Loading…</Status>;
  if (error || !data) return <ErrorAlert>{error?.message ?? 'The keys could not be loaded.'}</ErrorAlert>;
  return (
    <>
      <PageTitle>Signing keys</PageTitle>
      <h1>Signing keys</h1>
      <p className="muted">
        Every announcement version is signed (Ed25519), and the public keys are published at{' '}
        <a href="/.well-known/community-keys.json">/.well-known/community-keys.json</a>, so anyone can check
        that an announcement really came from the team. A revoked key’s signatures no longer show as verified.
      </p>
      <div className="settings">
        {data.signingKeys.map((key) => (
          <KeyPanel key={key.keyId} signingKey={key} />
        ))}
        <section className="panel" aria-labelledby="rotate-title">
          <h2 id="rotate-title" className="panel__title">
            How to rotate the key
          </h2>
          <ol>
            <li>
              Make a new Ed25519 key: <code>openssl genpkey -algorithm ed25519 -out signing-key.pem</code>.
            </li>
            <li>
              Give it to the server as <code>SIGNING_KEY</code> (the PEM, or its base64 DER), or replace{' '}
              <code>DATA_DIR/signing-key.pem</code>; without either, the server makes a new key file when the
              old one is removed.
            </li>
            <li>
              Restart the servers. The new key signs new versions from then on; announcements signed by the
              old key keep verifying, since its public key stays published.
            </li>
            <li>
              Revoke the old key here only if it may have leaked: its signatures then stop showing as
              verified, so publish a new version of any announcement that should stay verified.
            </li>
          </ol>
        </section>
      </div>
    </>
  );
}

function KeyPanel({ signingKey: key }: { signingKey: Key }) {
  const [revoke] = useMutation(RevokeSigningKeyDocument, {
    refetchQueries: [{ query: AdminSigningKeysDocument }],
    awaitRefetchQueries: true,
  });
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = `key-${key.keyId}`;
  const onRevoke = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (
      !window.confirm(
        `Revoke key ${key.keyId}? Its ${key.signed?.length ?? 0} signatures stop showing as verified.`,
      )
    )
      return;
    try {
      await revoke({ variables: { input: { keyId: key.keyId, reason } } });
    } catch (err) {
      setProblem(toFormErrors(err).message);
    }
  };
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="panel__title">
        Key <code>{key.keyId}</code>
        {key.active ? ' · signing now' : ''}
        {key.revokedAt ? ' · revoked' : ''}
      </h2>
      <p className="muted">
        {key.algorithm}, added <RelativeTime value={key.createdAt} />
        {key.revokedAt ? (
          <>
            ; revoked <RelativeTime value={key.revokedAt} />: {key.revocationReason ?? 'no reason recorded'}
          </>
        ) : null}
      </p>
      <h3>Signed ({key.signed?.length ?? 0})</h3>
      {key.signed?.length ? (
        <ul>
          {key.signed.map((v) => (
            <li key={`${v.threadId}-${v.version}`}>
              <Link to={`/announcements/${v.threadId}`}>{v.title}</Link> (version {v.version}),{' '}
              <RelativeTime value={v.signedAt} />
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing yet.</p>
      )}
      {key.revokedAt ? null : (
        <form onSubmit={(e) => void onRevoke(e)} className="form" noValidate>
          {problem ? <ErrorAlert>{problem}</ErrorAlert> : null}
          <TextField
            label="Reason for revoking"
            name="reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            hint="Kept with the key, e.g. “laptop with the key was stolen”."
          />
          <div>
            <Button type="submit" className="button--danger">
              Revoke key
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
