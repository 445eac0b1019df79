// On a member's profile, for moderators: the current suspension, and suspending (until a date, with a reason) or lifting it.
import { useMutation, useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Button } from '../../ui/Button';
import { useT } from '../../i18n/I18n';
import { useMe } from '../accounts/useMe';
import {
  AccountSuspensionDocument,
  SuspendAccountDocument,
  UnsuspendAccountDocument,
} from './moderation.documents';
import { useFormatDate } from './useFormatDate';
import { useModeration } from './useModeration';
import './moderation.css';

export function SuspendAccountTools({ handle }: { handle: string }) {
  const t = useT();
  const formatDate = useFormatDate();
  const { me } = useMe();
  const moderator = !!me?.can?.moderate.allowed;
  const { data } = useQuery(AccountSuspensionDocument, { variables: { handle }, skip: !moderator });
  const moderation = useModeration();
  const [suspend] = useMutation(SuspendAccountDocument);
  const [unsuspend] = useMutation(UnsuspendAccountDocument);
  const account = data?.account;
  // Moderators suspend members, admins anyone but themselves: the API's guardian says which (canSuspend).
  if (!moderator || !account || !account.canSuspend.allowed) return null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const reason = String(form.get('reason') ?? '');
    const accountId = account!.id;
    await moderation.run(() =>
      account!.suspendedUntil
        ? unsuspend({ variables: { input: { accountId, reason } } })
        : suspend({
            variables: {
              input: { accountId, reason, until: new Date(String(form.get('until'))).toISOString() },
            },
          }),
    );
  }

  return (
    <details className="mod-menu">
      <summary>
        {account.suspendedUntil
          ? t(account.suspensionReason ? 'moderation.suspend.untilWithReason' : 'moderation.suspend.until', {
              date: formatDate(account.suspendedUntil),
              reason: account.suspensionReason,
            })
          : t('moderation.suspend.summary')}
      </summary>
      <form className="mod-form" onSubmit={(e) => void onSubmit(e)} aria-label={t('moderation.suspend.form')}>
        {account.suspendedUntil ? null : (
          <label>
            {t('moderation.suspend.untilLabel')} <input name="until" type="date" required />
          </label>
        )}
        <label className="mod-form__reason">
          {t('moderation.reason')}
          <input name="reason" required maxLength={1000} placeholder={t('moderation.reasonPlaceholder')} />
        </label>
        <Button type="submit" variant="secondary" className="button--small" busy={moderation.busy}>
          {t(account.suspendedUntil ? 'moderation.suspend.lift' : 'moderation.suspend.submit')}
        </Button>
        {moderation.error ? (
          <p className="mod-form__error" role="alert">
            {moderation.error}
          </p>
        ) : null}
      </form>
    </details>
  );
}
