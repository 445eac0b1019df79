// /reset-password?token=…: the page the reset email links to; sets a new password, then asks to sign in.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextField } from '../../ui/TextField';
import { ResetPasswordDocument } from '../notifications/notifications.documents';
import { useFormSubmit } from './useFormSubmit';

export function ResetPasswordPage() {
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
      <PageTitle>Choose a new password</PageTitle>
      <h1 id="reset-title">Choose a new password</h1>
      {done ? (
        <p role="status">
          Your password is changed and every other session is signed out. <Link to="/signin">Sign in</Link>{' '}
          with the new one.
        </p>
      ) : (
        <>
          {errors ? (
            <ErrorAlert>
              {errors.fields.token ?? errors.message} <Link to="/forgot-password">Ask for a new link</Link>.
            </ErrorAlert>
          ) : null}
          <form ref={formRef} onSubmit={onSubmit} noValidate className="form">
            <TextField
              label="New password"
              name="password"
              type="password"
              autoComplete="new-password"
              hint="At least 10 characters."
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={errors?.fields.password}
            />
            <Button type="submit" busy={busy} className="button--block">
              {busy ? 'Saving…' : 'Set the new password'}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
