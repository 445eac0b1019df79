// /forgot-password: asks for a reset link. The answer is the same whether or not the address has an account.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RequestPasswordResetDocument } from '../notifications/notifications.documents';
import { EmailField } from './EmailField';
import { useFormSubmit } from './useFormSubmit';

export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [request] = useMutation(RequestPasswordResetDocument);
  const { errors, busy, formRef, onSubmit } = useFormSubmit(async () => {
    await request({ variables: { input: { email } } });
    setSent(true);
  });

  return (
    <section className="auth-card" aria-labelledby="forgot-title">
      <PageTitle>Forgot password</PageTitle>
      <h1 id="forgot-title">Forgot your password?</h1>
      {sent ? (
        <p role="status">
          If an account uses {email}, a link to choose a new password is on its way. It works once, for one
          hour.
        </p>
      ) : (
        <>
          <p className="auth-card__lead">
            Enter your email and we will send you a link to choose a new password.
          </p>
          {errors ? <ErrorAlert>{errors.message}</ErrorAlert> : null}
          <form ref={formRef} onSubmit={onSubmit} noValidate className="form">
            <EmailField value={email} onChange={setEmail} error={errors?.fields.email} />
            <Button type="submit" busy={busy} className="button--block">
              {busy ? 'Sending…' : 'Send the link'}
            </Button>
          </form>
        </>
      )}
      <p className="auth-card__switch">
        Remembered it? <Link to="/signin">Sign in</Link>
      </p>
    </section>
  );
}
