import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type ChangeEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
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
        <PageTitle>Check your email</PageTitle>
        <h1 id="signup-title">Check your email</h1>
        <p className="auth-card__lead" role="status">
          We sent a message to <strong>{sentTo}</strong>. Follow the link in it to confirm your address.
        </p>
        <p>
          You are signed in meanwhile, so you can start now. No email after a few minutes? Look in your spam
          folder, or check that the address is right.
        </p>
        <Link to={returnTo} replace className="button button--primary button--block">
          Continue
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
      <PageTitle>Sign up</PageTitle>
      <h1 id="signup-title">Create your account</h1>
      <p className="auth-card__lead">
        Join the community to ask questions, share answers and earn reputation.
      </p>
      {errors ? <ErrorAlert>{errors.message}</ErrorAlert> : null}
      {/* noValidate: the server's messages are the single source of the rules, shown beside each field. */}
      <form ref={formRef} onSubmit={onSubmit} noValidate className="form">
        <TextField label="Email" type="email" autoComplete="email" {...field('email')} />
        <TextField
          label="Handle"
          hint="3–30 characters: lower-case letters, digits and underscores. Shown as @handle."
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          {...field('handle')}
        />
        <TextField
          label="Display name"
          hint="How other members see you."
          autoComplete="name"
          {...field('displayName')}
        />
        <TextField
          label="Password"
          type="password"
          hint="At least 10 characters."
          autoComplete="new-password"
          {...field('password')}
        />
        <Button type="submit" busy={busy} className="button--block">
          {busy ? 'Creating your account…' : 'Create account'}
        </Button>
      </form>
      <p className="auth-card__switch">
        Already a member? <Link to={links.signIn}>Sign in</Link>
      </p>
    </section>
  );
}
