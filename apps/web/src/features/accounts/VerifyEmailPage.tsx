// /verify-email?token=…: the page the sign-up email links to; confirms the address on a button press (mail
// scanners that prefetch links must not confirm it).
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { VerifyEmailDocument } from '../notifications/notifications.documents';
import { useFormSubmit } from './useFormSubmit';

export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const [done, setDone] = useState(false);
  const [verify] = useMutation(VerifyEmailDocument);
  const { errors, busy, formRef, onSubmit } = useFormSubmit(async () => {
    await verify({ variables: { input: { token: params.get('token') ?? '' } } });
    setDone(true);
  });
  return (
    <section className="auth-card" aria-labelledby="verify-title">
      <PageTitle>Confirm your email</PageTitle>
      <h1 id="verify-title">Confirm your email</h1>
      {done ? (
        <p role="status">
          Thank you: your email is confirmed. <Link to="/">Go to the community</Link>
        </p>
      ) : (
        <form ref={formRef} onSubmit={onSubmit} className="form">
          {errors ? <ErrorAlert>{errors.fields.token ?? errors.message}</ErrorAlert> : null}
          <Button type="submit" busy={busy}>
            Confirm my email
          </Button>
        </form>
      )}
    </section>
  );
}
