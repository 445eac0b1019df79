// Settings → Sign-in methods: the OpenID identities that sign in as this account, and unlinking one. The only
// way in cannot be unlinked (the server refuses too): set a password first.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { toFormErrors } from '../../app/errors';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { SignInMethodsDocument, UnlinkIdentityDocument } from './settings.documents';

export function SignInMethodsSection() {
  const { data, error } = useQuery(SignInMethodsDocument);
  const [unlink] = useMutation(UnlinkIdentityDocument, {
    refetchQueries: [{ query: SignInMethodsDocument }],
    awaitRefetchQueries: true,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const methods = data?.signInMethods;
  // Nothing to manage for people who only ever used a password.
  if (!error && !methods?.identities.length) return null;
  const onlyWayIn = methods ? !methods.hasPassword && methods.identities.length === 1 : false;

  async function onUnlink(id: string, provider: string) {
    if (!window.confirm(`Unlink ${provider}? You will no longer sign in with it.`)) return;
    setBusy(id);
    setProblem(null);
    try {
      await unlink({ variables: { input: { id } } });
    } catch (e) {
      setProblem(toFormErrors(e).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="panel" aria-labelledby="sign-in-methods-title">
      <h2 id="sign-in-methods-title" className="panel__title">
        Sign-in methods
      </h2>
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      {problem ? <ErrorAlert>{problem}</ErrorAlert> : null}
      {methods ? (
        <>
          <p>
            Password:{' '}
            {methods.hasPassword ? (
              'set'
            ) : (
              <>
                none yet. To set one, use <Link to="/forgot-password">Forgot password?</Link>: we email you a
                link.
              </>
            )}
          </p>
          <table className="settings-table">
            <thead>
              <tr>
                <th scope="col">Linked account</th>
                <th scope="col">Linked</th>
                <th scope="col">Last sign-in</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {methods.identities.map((identity) => (
                <tr key={identity.id}>
                  <td>{identity.provider}</td>
                  <td>
                    <RelativeTime value={identity.createdAt} />
                  </td>
                  <td>{identity.lastSignInAt ? <RelativeTime value={identity.lastSignInAt} /> : 'never'}</td>
                  <td>
                    <Button
                      variant="quiet"
                      busy={busy === identity.id}
                      disabled={onlyWayIn}
                      aria-describedby={onlyWayIn ? 'only-way-in' : undefined}
                      onClick={() => void onUnlink(identity.id, identity.provider)}
                    >
                      Unlink
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {onlyWayIn ? (
            <p id="only-way-in" className="muted">
              This is your only way to sign in, so it cannot be unlinked until you set a password.
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
