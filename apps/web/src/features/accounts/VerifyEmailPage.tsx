// /verify-email?token=…: the page the sign-up email links to; confirms the address on a button press (mail
// scanners that prefetch links must not confirm it).
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { Message, useT } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { VerifyEmailDocument } from '../notifications/notifications.documents';
import { useFormSubmit } from './useFormSubmit';

export function VerifyEmailPage() {
  const t = useT();
  const [params] = useSearchParams();
  const [done, setDone] = useState(false);
  const [verify] = useMutation(VerifyEmailDocument);
  const { errors, busy, formRef, onSubmit } = useFormSubmit(async () => {
    await verify({ variables: { input: { token: params.get('token') ?? '' } } });
    setDone(true);
  });
  return (
    <section className="auth-card" aria-labelledby="verify-title">
      <PageTitle>{t('auth.verify.title')}</PageTitle>
      <h1 id="verify-title">{t('auth.verify.title')}</h1>
      {done ? (
        <p role="status">
          <Message id="auth.verify.done" values={{ home: (chunks) => <Link to="/">{chunks}</Link> }} />
        </p>
      ) : (
        <form ref={formRef} onSubmit={onSubmit} className="form">
          {errors ? <ErrorAlert>{errors.fields.token ?? errors.message}</ErrorAlert> : null}
          <Button type="submit" busy={busy}>
            {t('auth.verify.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}
