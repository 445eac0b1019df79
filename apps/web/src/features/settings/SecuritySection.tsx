// Settings → Sign-in security: change the password (every other session ends) or sign out everywhere.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useT } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextField } from '../../ui/TextField';
import { useFormSubmit } from '../accounts/useFormSubmit';
import { ChangePasswordDocument, SignOutEverywhereDocument } from './settings.documents';

export function SecuritySection() {
  const client = useApolloClient();
  const t = useT();
  const [changePassword] = useMutation(ChangePasswordDocument);
  const [signOutEverywhere] = useMutation(SignOutEverywhereDocument);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [done, setDone] = useState<string | null>(null);

  const change = useFormSubmit(async () => {
    setDone(null);
    const result = await changePassword({ variables: { input: { currentPassword, newPassword } } });
    const ended = result.data?.changePassword ?? 0;
    setCurrentPassword('');
    setNewPassword('');
    setDone(t('settings.security.changed', { count: ended }));
  });
  const everywhere = useFormSubmit(async () => {
    await signOutEverywhere();
    // The page shows its signed-out state once the store forgets who was signed in.
    await client.resetStore();
  });

  return (
    <section className="panel" aria-labelledby="security-title">
      <h2 id="security-title" className="panel__title">
        {t('settings.security.title')}
      </h2>
      {done ? (
        <p role="status" className="alert alert--success">
          {done}
        </p>
      ) : null}
      {change.errors ? <ErrorAlert>{change.errors.message}</ErrorAlert> : null}
      <form ref={change.formRef} onSubmit={change.onSubmit} noValidate className="form">
        <TextField
          label={t('settings.security.currentPassword')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.target.value)}
          error={change.errors?.fields.currentPassword}
        />
        <TextField
          label={t('auth.newPassword')}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          error={change.errors?.fields.newPassword}
        />
        <Button type="submit" busy={change.busy}>
          {t(change.busy ? 'settings.security.changing' : 'settings.security.change')}
        </Button>
      </form>
      <form ref={everywhere.formRef} onSubmit={everywhere.onSubmit} className="form">
        <p className="muted">{t('settings.security.everywhereHint')}</p>
        {everywhere.errors ? <ErrorAlert>{everywhere.errors.message}</ErrorAlert> : null}
        <Button type="submit" busy={everywhere.busy}>
          {t(everywhere.busy ? 'settings.security.signingOut' : 'settings.security.signOutEverywhere')}
        </Button>
      </form>
    </section>
  );
}
