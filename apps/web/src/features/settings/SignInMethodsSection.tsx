// Settings → Sign-in methods: the OpenID identities that sign in as this account, and unlinking one. The only
// way in cannot be unlinked (the server refuses too): set a password first.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { toFormErrors } from '../../app/errors';
import { Message, useT } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { SignInMethodsDocument, UnlinkIdentityDocument } from './settings.documents';

export function SignInMethodsSection() {
  const t = useT();
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
    if (!window.confirm(t('settings.methods.confirmUnlink', { provider }))) return;
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
        {t('settings.methods.title')}
      </h2>
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      {problem ? <ErrorAlert>{problem}</ErrorAlert> : null}
      {methods ? (
        <>
          <p>
            {methods.hasPassword ? (
              t('settings.methods.passwordSet')
            ) : (
              <Message
                id="settings.methods.passwordNone"
                values={{ link: (chunks) => <Link to="/forgot-password">{chunks}</Link> }}
              />
            )}
          </p>
          <table className="settings-table">
            <thead>
              <tr>
                <th scope="col">{t('settings.methods.account')}</th>
                <th scope="col">{t('settings.methods.linked')}</th>
                <th scope="col">{t('settings.methods.lastSignIn')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('settings.actions')}</span>
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
                  <td>
                    {identity.lastSignInAt ? (
                      <RelativeTime value={identity.lastSignInAt} />
                    ) : (
                      t('settings.never')
                    )}
                  </td>
                  <td>
                    <Button
                      variant="quiet"
                      busy={busy === identity.id}
                      disabled={onlyWayIn}
                      aria-describedby={onlyWayIn ? 'only-way-in' : undefined}
                      onClick={() => void onUnlink(identity.id, identity.provider)}
                    >
                      {t('settings.methods.unlink')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {onlyWayIn ? (
            <p id="only-way-in" className="muted">
              {t('settings.methods.onlyWayIn')}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
