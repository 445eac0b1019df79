// /forgot-password: asks for a reset link. The answer is the same whether or not the address has an account.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useT } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RequestPasswordResetDocument } from '../notifications/notifications.documents';
import { EmailField } from './EmailField';
import { useFormSubmit } from './useFormSubmit';

export function ForgotPasswordPage() {
  const t = useT();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [request] = useMutation(RequestPasswordResetDocument);
  const { errors, busy, formRef, onSubmit } = useFormSubmit(async () => {
    await request({ variables: { input: { email } } });
    setSent(true);
  });

  return (
    <section className="auth-card" aria-labelledby="forgot-title">
      <PageTitle>{t('auth.forgot.documentTitle')}</PageTitle>
      <h1 id="forgot-title">{t('auth.forgot.title')}</h1>
      {sent ? (
        <p role="status">{t('auth.forgot.sent', { email })}</p>
      ) : (
        <>
          <p className="auth-card__lead">{t('auth.forgot.lead')}</p>
          {errors ? <ErrorAlert>{errors.message}</ErrorAlert> : null}
          <form ref={formRef} onSubmit={onSubmit} noValidate className="form">
            <EmailField value={email} onChange={setEmail} error={errors?.fields.email} />
            <Button type="submit" busy={busy} className="button--block">
              {t(busy ? 'auth.forgot.sending' : 'auth.forgot.send')}
            </Button>
          </form>
        </>
      )}
      <p className="auth-card__switch">
        {t('auth.forgot.remembered')} <Link to="/signin">{t('auth.signIn')}</Link>
      </p>
    </section>
  );
}
