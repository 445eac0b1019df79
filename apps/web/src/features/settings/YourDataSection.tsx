// Settings → Your data: download everything the community holds about you, or erase your account.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { TextField } from '../../ui/TextField';
import { useFormSubmit } from '../accounts/useFormSubmit';
import { EraseMyAccountDocument, RequestDataExportDocument } from './settings.documents';

export function YourDataSection() {
  const navigate = useNavigate();
  const apollo = useApolloClient();
  const [requestExport] = useMutation(RequestDataExportDocument);
  const [erase] = useMutation(EraseMyAccountDocument);
  const [exported, setExported] = useState<{ url: string; expiresAt: string; sizeBytes: number } | null>(
    null,
  );
  const [password, setPassword] = useState('');
  const [deletePosts, setDeletePosts] = useState(false);
  const exportForm = useFormSubmit(async () => {
    const result = await requestExport({ variables: { input: {} } });
    const made = result.data?.requestDataExport;
    if (made) setExported({ url: made.downloadUrl, expiresAt: made.expiresAt, sizeBytes: made.sizeBytes });
  });
  const eraseForm = useFormSubmit(async () => {
    const what = deletePosts
      ? 'your account and all your posts'
      : 'your account (your public posts stay, as “Deleted user”)';
    if (!window.confirm(`Erase ${what}? This cannot be undone.`)) return;
    await erase({ variables: { input: { password: password || null, deletePosts } } });
    await apollo.clearStore();
    await navigate('/');
    await apollo.resetStore();
  });

  return (
    <section className="panel" aria-labelledby="your-data-title">
      <h2 id="your-data-title" className="panel__title">
        Your data
      </h2>
      <h3>Export</h3>
      <p className="muted">
        A JSON file with your profile, threads and answers (with their revisions), comments, votes, ratings,
        private conversations with the care team and notifications.
      </p>
      <form ref={exportForm.formRef} onSubmit={exportForm.onSubmit} className="form">
        {exportForm.errors ? <ErrorAlert>{exportForm.errors.message}</ErrorAlert> : null}
        {exported ? (
          <p role="status">
            <a href={exported.url} download>
              Download your data
            </a>{' '}
            ({Math.max(1, Math.round(exported.sizeBytes / 1024))} KB) — the link works for you until{' '}
            <RelativeTime value={exported.expiresAt} />. We emailed you the link too.
          </p>
        ) : null}
        <div>
          <Button type="submit" variant="secondary" busy={exportForm.busy}>
            Export my data
          </Button>
        </div>
      </form>
      <h3>Erase my account</h3>
      <p className="muted">
        Removes your email, name, sign-ins, tokens, private conversations and notifications. Your public
        questions and answers stay under “Deleted user” unless you choose to delete them too.
      </p>
      <form ref={eraseForm.formRef} onSubmit={eraseForm.onSubmit} noValidate className="form">
        {eraseForm.errors ? <ErrorAlert>{eraseForm.errors.message}</ErrorAlert> : null}
        <TextField
          label="Your password"
          name="password"
          type="password"
          autoComplete="current-password"
          hint="Signed in with single sign-on? Leave empty within 10 minutes of signing in."
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={eraseForm.errors?.fields.password}
        />
        <label className="checkbox">
          <input type="checkbox" checked={deletePosts} onChange={(e) => setDeletePosts(e.target.checked)} />{' '}
          Also delete my public threads, answers and comments
        </label>
        <div>
          <Button type="submit" busy={eraseForm.busy} className="button--danger">
            Erase my account
          </Button>
        </div>
      </form>
    </section>
  );
}
