// /reset-password?token=…: the page the reset email links to; sets a new password, then asks to sign in.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { Message, useT } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextField } from '../../ui/TextField';
import { ResetPasswordDocument } from '../notifications/notifications.documents';
import { useFormSubmit } from './useFormSubmit';

export function ResetPasswordPage() {
  const t = useT();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const [reset] = useMutation(ResetPasswordDocument);
  const { errors, busy, formRef, onSubmit } = useFormSubmit(async () => {
    await reset({ variables: { input: { token, password } } });
    setDone(true);
  });

  return (
    <section className="auth-card" aria-labelledby="reset-title">
      <PageTitle>{t('auth.reset.title')}</PageTitle>
      <h1 id="reset-title">{t('auth.reset.title')}</h1>
      {done ? (
        <p role="status">
          <Message id="auth.reset.done" values={{ signIn: (chunks) => <Link to="/signin">{chunks}</Link> }} />
        </p>
      ) : (
        <>
          {errors ? (
            <ErrorAlert>
              <Message
                id="auth.reset.askAgain"
                values={{
                  problem: errors.fields.token ?? errors.message,
                  link: (chunks) => <Link to="/forgot-password">{chunks}</Link>,
                }}
              />
            </ErrorAlert>
          ) : null}
          <form ref={formRef} onSubmit={onSubmit} noValidate className="form">
            <TextField
              label={t('auth.newPassword')}
              name="password"
              type="password"
              autoComplete="new-password"
              hint={t('auth.passwordHint')}
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={errors?.fields.password}
            />
            <Button type="submit" busy={busy} className="button--block">
              {t(busy ? 'auth.reset.saving' : 'auth.reset.submit')}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
