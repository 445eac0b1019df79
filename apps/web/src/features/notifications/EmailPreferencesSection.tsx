// The email part of /settings (also /settings/email, where unsubscribe pages link): how often notification
// emails and digests come.
import { useMutation, useQuery } from '@apollo/client/react';
import type { DigestFrequency, NotificationEmailFrequency } from '../../gql/graphql';
import { useT } from '../../i18n/I18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SelectField } from '../../ui/SelectField';
import { EmailPreferencesDocument, UpdateEmailPreferencesDocument } from './notifications.documents';

export function EmailPreferencesSection() {
  const t = useT();
  const { data } = useQuery(EmailPreferencesDocument);
  const [update, { error, loading }] = useMutation(UpdateEmailPreferencesDocument);
  const prefs = data?.emailPreferences;
  return (
    <section className="panel" aria-labelledby="email-title" id="email">
      <h2 id="email-title" className="panel__title">
        {t('emailPrefs.title')}
      </h2>
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      {prefs ? (
        <div className="form" aria-busy={loading || undefined}>
          <SelectField
            label={t('emailPrefs.notifications')}
            name="notifications"
            hint={t('emailPrefs.notificationsHint')}
            value={prefs.notifications}
            onChange={(e) =>
              void update({
                variables: { input: { notifications: e.target.value as NotificationEmailFrequency } },
              })
            }
          >
            <option value="IMMEDIATE">{t('emailPrefs.immediately')}</option>
            <option value="DAILY">{t('emailPrefs.dailySummary')}</option>
            <option value="WEEKLY">{t('emailPrefs.weeklySummary')}</option>
            <option value="NEVER">{t('emailPrefs.never')}</option>
          </SelectField>
          <SelectField
            label={t('emailPrefs.digest')}
            name="digest"
            hint={t('emailPrefs.digestHint')}
            value={prefs.digest}
            onChange={(e) =>
              void update({ variables: { input: { digest: e.target.value as DigestFrequency } } })
            }
          >
            <option value="DAILY">{t('emailPrefs.daily')}</option>
            <option value="WEEKLY">{t('emailPrefs.weekly')}</option>
            <option value="NEVER">{t('emailPrefs.never')}</option>
          </SelectField>
        </div>
      ) : null}
    </section>
  );
}
