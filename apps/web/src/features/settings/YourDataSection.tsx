// Settings → Your data: download everything the community holds about you, or erase your account.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Message, useIntl, useT } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { TextField } from '../../ui/TextField';
import { useFormSubmit } from '../accounts/useFormSubmit';
import { EraseMyAccountDocument, RequestDataExportDocument } from './settings.documents';

export function YourDataSection() {
  const navigate = useNavigate();
  const t = useT();
  const intl = useIntl();
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
    if (!window.confirm(t(deletePosts ? 'settings.data.confirmErasePosts' : 'settings.data.confirmErase')))
      return;
    await erase({ variables: { input: { password: password || null, deletePosts } } });
    await apollo.clearStore();
    await navigate('/');
    await apollo.resetStore();
  });

  return (
    <section className="panel" aria-labelledby="your-data-title">
      <h2 id="your-data-title" className="panel__title">
        {t('settings.data.title')}
      </h2>
      <h3>{t('settings.data.export')}</h3>
      <p className="muted">{t('settings.data.exportHint')}</p>
      <form ref={exportForm.formRef} onSubmit={exportForm.onSubmit} className="form">
        {exportForm.errors ? <ErrorAlert>{exportForm.errors.message}</ErrorAlert> : null}
        {exported ? (
          <p role="status">
            <Message
              id="settings.data.exported"
              values={{
                link: (chunks) => (
                  <a href={exported.url} download>
                    {chunks}
                  </a>
                ),
                size: intl.formatNumber(Math.max(1, Math.round(exported.sizeBytes / 1024)), {
                  style: 'unit',
                  unit: 'kilobyte',
                }),
                until: <RelativeTime value={exported.expiresAt} />,
              }}
            />
          </p>
        ) : null}
        <div>
          <Button type="submit" variant="secondary" busy={exportForm.busy}>
            {t('settings.data.exportButton')}
          </Button>
        </div>
      </form>
      <h3>{t('settings.data.erase')}</h3>
      <p className="muted">{t('settings.data.eraseHint')}</p>
      <form ref={eraseForm.formRef} onSubmit={eraseForm.onSubmit} noValidate className="form">
        {eraseForm.errors ? <ErrorAlert>{eraseForm.errors.message}</ErrorAlert> : null}
        <TextField
          label={t('settings.data.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          hint={t('settings.data.passwordHint')}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={eraseForm.errors?.fields.password}
        />
        <label className="checkbox">
          <input type="checkbox" checked={deletePosts} onChange={(e) => setDeletePosts(e.target.checked)} />
          <span className="checkbox__text">{t('settings.data.deletePosts')}</span>
        </label>
        <div>
          <Button type="submit" busy={eraseForm.busy} className="button--danger">
            {t('settings.data.erase')}
          </Button>
        </div>
      </form>
    </section>
  );
}
