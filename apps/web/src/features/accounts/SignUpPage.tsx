import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type ChangeEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { Message, useT } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextField } from '../../ui/TextField';
import { MeDocument, SignUpDocument } from './accounts.documents';
import { useAuthLinks, useReturnPath } from './returnTo';
import { useFormSubmit } from './useFormSubmit';
import { useMe } from './useMe';

const EMPTY = { email: '', handle: '', displayName: '', password: '' };

export function SignUpPage() {
  const client = useApolloClient();
  const t = useT();
  const returnTo = useReturnPath();
  const links = useAuthLinks();
  const { me } = useMe();
  const [values, setValues] = useState(EMPTY);
  // The address the confirmation went to, once signed up: the page then says to check it. Kept in the
  // history entry's state, so it outlives the re-render that signing in causes.
  const location = useLocation();
  const navigate = useNavigate();
  const sentTo = (location.state as { checkEmail?: string } | null)?.checkEmail ?? null;
  const [signUp] = useMutation(SignUpDocument, {
    refetchQueries: [{ query: MeDocument }],
    awaitRefetchQueries: true,
  });
  const { errors, busy, formRef, onSubmit } = useFormSubmit(async () => {
    await signUp({ variables: { input: values } });
    // First (the page may be re-mounted while everything reloads), then what was loaded as a guest (what they
    // may do on a thread, for one) is stale: load it again.
    await navigate(location, { replace: true, state: { checkEmail: values.email.trim() } });
    await client.resetStore();
  });

  if (sentTo) {
    // The same page whether or not the address already had an account: the server answers alike, and the
    // email says which (a confirmation link, or "you already have an account" to its owner).
    return (
      <section className="auth-card" aria-labelledby="signup-title">
        <PageTitle>{t('auth.checkEmail.title')}</PageTitle>
        <h1 id="signup-title">{t('auth.checkEmail.title')}</h1>
        <p className="auth-card__lead" role="status">
          <Message id="auth.checkEmail.sent" values={{ email: <strong>{sentTo}</strong> }} />
        </p>
        <p>{t('auth.checkEmail.meanwhile')}</p>
        <Link to={returnTo} replace className="button button--primary button--block">
          {t('auth.checkEmail.continue')}
        </Link>
      </section>
    );
  }
  if (me && !busy) return <Navigate to={returnTo} replace />;

  const field = (name: keyof typeof EMPTY) => ({
    name,
    value: values[name],
    onChange: (e: ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [name]: e.target.value })),
    error: errors?.fields[name],
    required: true,
  });

  return (
    <section className="auth-card" aria-labelledby="signup-title">
      <PageTitle>{t('auth.signUp')}</PageTitle>
      <h1 id="signup-title">{t('auth.signUpTitle')}</h1>
      <p className="auth-card__lead">{t('auth.signUpLead')}</p>
      {errors ? <ErrorAlert>{errors.message}</ErrorAlert> : null}
      {/* noValidate: the server's messages are the single source of the rules, shown beside each field. */}
      <form ref={formRef} onSubmit={onSubmit} noValidate className="form">
        <TextField label={t('auth.email')} type="email" autoComplete="email" {...field('email')} />
        <TextField
          label={t('auth.handle')}
          hint={t('auth.handleHint')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          {...field('handle')}
        />
        <TextField
          label={t('auth.displayName')}
          hint={t('auth.displayNameHint')}
          autoComplete="name"
          {...field('displayName')}
        />
        <TextField
          label={t('auth.password')}
          type="password"
          hint={t('auth.passwordHint')}
          autoComplete="new-password"
          {...field('password')}
        />
        <Button type="submit" busy={busy} className="button--block">
          {t(busy ? 'auth.creatingAccount' : 'auth.createAccount')}
        </Button>
      </form>
      <p className="auth-card__switch">
        {t('auth.alreadyMember')} <Link to={links.signIn}>{t('auth.signIn')}</Link>
      </p>
    </section>
  );
}
