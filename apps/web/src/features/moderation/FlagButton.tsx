// Flag a post for moderators: a reason and an optional note.
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { toFormErrors } from '../../app/errors';
import type { FlagReason } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { AbilityControl, type AbilityView } from '../abilities/Ability';
import { FlagDocument } from './moderation.documents';
import './moderation.css';

const REASONS: [FlagReason, string][] = [
  ['SPAM', 'Spam'],
  ['ABUSE', 'Rude or abusive'],
  ['OFF_TOPIC', 'Off topic'],
  ['DUPLICATE', 'Duplicate'],
  ['OTHER', 'Something else'],
];

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

  if (done) return <span className="muted flag-done">Flagged for moderators</span>;
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
            Flag
          </button>
        )}
      </AbilityControl>
    );
  return (
    <form
      className="mod-form flag-form"
      onSubmit={(e) => void onSubmit(e)}
      aria-label={`Flag this ${subject}`}
    >
      <label>
        Why?{' '}
        <select name="reason" defaultValue="SPAM">
          {REASONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Note <input name="note" maxLength={500} placeholder="Optional" />
      </label>
      <Button type="submit" variant="secondary" className="button--small" busy={loading}>
        Send flag
      </Button>
      <button type="button" className="link-button" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {error ? (
        <p className="mod-form__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
