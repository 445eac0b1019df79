import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useCommunity } from '../../app/community';
import { PageTitle } from '../../app/PageTitle';
import { useT } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextField } from '../../ui/TextField';
import { MeDocument, SignInDocument } from './accounts.documents';
import { useAuthLinks, useReturnPath } from './returnTo';
import { EmailField } from './EmailField';
import { useFormSubmit } from './useFormSubmit';
import { useMe } from './useMe';

export function SignInPage() {
  const navigate = useNavigate();
  const t = useT();
  const client = useApolloClient();
  const returnTo = useReturnPath();
  const links = useAuthLinks();
  const { me } = useMe();
  const { community } = useCommunity();
  const sso = community?.singleSignOn ?? null;
  // /auth/oidc/callback comes back here with the reason when a single sign-on is refused.
  const [params] = useSearchParams();
  const ssoError = params.get('sso_error');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [signIn] = useMutation(SignInDocument, {
    // The header reads `me`; refetching it is what flips the page to signed in.
    refetchQueries: [{ query: MeDocument }],
    awaitRefetchQueries: true,
  });
  const { errors, busy, formRef, onSubmit } = useFormSubmit(async () => {
    await signIn({ variables: { input: { email, password } } });
    // What was loaded as a guest (what they may do on a thread, for one) is stale now; load it again.
    await client.resetStore();
    await navigate(returnTo, { replace: true });
  });

  if (me && !busy) return <Navigate to={returnTo} replace />;

  return (
    <section className="auth-card" aria-labelledby="signin-title">
      <PageTitle>{t('auth.signIn')}</PageTitle>
      <h1 id="signin-title">{t('auth.signIn')}</h1>
      <p className="auth-card__lead">{t('auth.signInLead')}</p>
      {errors ? <ErrorAlert>{errors.message}</ErrorAlert> : null}
      {ssoError && !errors ? <ErrorAlert>{ssoError}</ErrorAlert> : null}
      {sso ? (
        <>
          <a
            className="button button--primary button--block"
            href={`${sso.startUrl}?next=${encodeURIComponent(returnTo)}`}
          >
            {sso.buttonLabel}
          </a>
          <p className="auth-card__divider">{t(sso.only ? 'auth.ssoOnlyPassword' : 'auth.orPassword')}</p>
        </>
      ) : null}
      {/* noValidate: the server's messages are the single source of the rules, shown beside each field. */}
      <form ref={formRef} onSubmit={onSubmit} noValidate className="form">
        <EmailField value={email} onChange={setEmail} error={errors?.fields.email} />
        <TextField
          label={t('auth.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors?.fields.password}
        />
        <Button type="submit" busy={busy} className="button--block">
          {t(busy ? 'auth.signingIn' : 'auth.signIn')}
        </Button>
      </form>
      <p className="auth-card__switch">
        <Link to="/forgot-password">{t('auth.forgotLink')}</Link>
      </p>
      <p className="auth-card__switch">
        {t('auth.newHere')} <Link to={links.signUp}>{t('auth.createAnAccount')}</Link>
      </p>
    </section>
  );
}
