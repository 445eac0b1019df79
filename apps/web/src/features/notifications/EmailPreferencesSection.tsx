// The email part of /settings (also /settings/email, where unsubscribe pages link): how often notification
// emails and digests come.
import { useMutation, useQuery } from '@apollo/client/react';
import type { DigestFrequency, NotificationEmailFrequency } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SelectField } from '../../ui/SelectField';
import { EmailPreferencesDocument, UpdateEmailPreferencesDocument } from './notifications.documents';

export function EmailPreferencesSection() {
  const { data } = useQuery(EmailPreferencesDocument);
  const [update, { error, loading }] = useMutation(UpdateEmailPreferencesDocument);
  const prefs = data?.emailPreferences;
  return (
    <section className="panel" aria-labelledby="email-title" id="email">
      <h2 id="email-title" className="panel__title">
        Email
      </h2>
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      {prefs ? (
        <div className="form" aria-busy={loading || undefined}>
          <SelectField
            label="Notification emails"
            name="notifications"
            hint="Immediately waits a few minutes and is skipped if you read it here first."
            value={prefs.notifications}
            onChange={(e) =>
              void update({
                variables: { input: { notifications: e.target.value as NotificationEmailFrequency } },
              })
            }
          >
            <option value="IMMEDIATE">Immediately</option>
            <option value="DAILY">In a daily summary</option>
            <option value="WEEKLY">In a weekly summary</option>
            <option value="NEVER">Never</option>
          </SelectField>
          <SelectField
            label="Digest"
            name="digest"
            hint="Popular threads and unanswered questions in what you watch, and answers you missed."
            value={prefs.digest}
            onChange={(e) =>
              void update({ variables: { input: { digest: e.target.value as DigestFrequency } } })
            }
          >
            <option value="DAILY">Daily</option>
            <option value="WEEKLY">Weekly</option>
            <option value="NEVER">Never</option>
          </SelectField>
        </div>
      ) : null}
    </section>
  );
}
