// Flag a post for moderators: a reason and an optional note.
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { toFormErrors } from '../../app/errors';
import type { FlagReason } from '../../gql/graphql';
import { useT, type MessageId } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { AbilityControl, type AbilityView } from '../abilities/Ability';
import { FlagDocument } from './moderation.documents';
import './moderation.css';

/** Each flag reason's label in the catalogs, in the order the form offers them. */
export const FLAG_REASONS: Record<FlagReason, MessageId> = {
  SPAM: 'moderation.flagReason.spam',
  ABUSE: 'moderation.flagReason.abuse',
  OFF_TOPIC: 'moderation.flagReason.offTopic',
  DUPLICATE: 'moderation.flagReason.duplicate',
  OTHER: 'moderation.flagReason.other',
};

export function FlagButton({
  targetId,
  subject = 'post',
  ability,
}: {
  targetId: string;
  subject?: string;
  /** Whether the viewer may flag it (the API's `can.flag`); refused, the button is disabled with why. */
  ability: AbilityView;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [flag, { loading }] = useMutation(FlagDocument);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    try {
      await flag({
        variables: {
          input: {
            targetId,
            reason: form.get('reason') as FlagReason,
            note: String(form.get('note') ?? '') || null,
          },
        },
      });
      setDone(true);
      setOpen(false);
    } catch (e) {
      setError(toFormErrors(e).message);
    }
  }

  if (done) return <span className="muted flag-done">{t('moderation.flag.done')}</span>;
  if (!open)
    return (
      <AbilityControl ability={ability} compact>
        {({ disabled, title, describedBy }) => (
          <button
            type="button"
            className="link-button"
            onClick={() => setOpen(true)}
            disabled={disabled}
            title={title}
            aria-describedby={describedBy}
          >
            {t('moderation.flag.button')}
          </button>
        )}
      </AbilityControl>
    );
  return (
    <form
      className="mod-form flag-form"
      onSubmit={(e) => void onSubmit(e)}
      aria-label={t('moderation.flag.form', { subject })}
    >
      <label>
        {t('moderation.flag.why')}
        <select name="reason" defaultValue="SPAM">
          {Object.entries(FLAG_REASONS).map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('moderation.flag.note')}
        <input name="note" maxLength={500} placeholder={t('moderation.flag.optional')} />
      </label>
      <Button type="submit" variant="secondary" className="button--small" busy={loading}>
        {t('moderation.flag.send')}
      </Button>
      <button type="button" className="link-button" onClick={() => setOpen(false)}>
        {t('moderation.cancel')}
      </button>
      {error ? (
        <p className="mod-form__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
