// "Know someone who could answer?": pick a member by handle or name (the same suggestions as @mentions) and
// invite them; they get an INVITED_TO_ANSWER notification. The server limits invitations (one per person and
// thread, five per inviter and thread, twenty a day) and says which limit was hit.
import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { toFormErrors } from '../../app/errors';
import { useT } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import {
  HandleSuggestionList,
  useHandleSuggestions,
  type HandleSuggestion,
} from '../../ui/HandleSuggestions';

export const InviteToAnswerDocument = graphql(`
  mutation InviteToAnswer($input: InviteToAnswerInput!) {
    inviteToAnswer(input: $input)
  }
`);

export function InviteToAnswer({ threadId }: { threadId: string }) {
  const id = useId();
  const t = useT();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<HandleSuggestion | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [invited, setInvited] = useState<HandleSuggestion[]>([]);
  const [invite, { loading }] = useMutation(InviteToAnswerDocument);
  const prefix = chosen ? null : text.trim().replace(/^@/, '') || null;
  const pick = (person: HandleSuggestion) => {
    setChosen(person);
    setText(`@${person.handle}`);
    setError(null);
  };
  const suggestions = useHandleSuggestions(prefix, { threadId, onPick: pick });
  const listId = `${id}-list`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) {
      setError(t('invite.choose'));
      return;
    }
    try {
      await invite({ variables: { input: { threadId, accountId: chosen.id } } });
      setInvited((list) => [...list, chosen]);
      setChosen(null);
      setText('');
      setError(null);
    } catch (e) {
      setError(toFormErrors(e).message);
    }
  }

  return (
    <details className="invite panel">
      <summary className="invite__summary">{t('invite.summary')}</summary>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="invite__form">
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        <label className="field__label" htmlFor={`${id}-input`}>
          {t('invite.label')}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          {t('invite.hint')}
        </p>
        <div className="invite__row">
          <div className="handle-picker__input">
            <input
              id={`${id}-input`}
              className="field__input"
              value={text}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => {
                setText(e.target.value);
                setChosen(null);
              }}
              onKeyDown={(e) => {
                suggestions.onKeyDown(e);
              }}
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={suggestions.open}
              aria-controls={listId}
              aria-activedescendant={suggestions.open ? `${listId}-${suggestions.active}` : undefined}
              aria-describedby={`${id}-hint`}
            />
            {suggestions.open ? (
              <HandleSuggestionList
                id={listId}
                people={suggestions.people}
                active={suggestions.active}
                label={t('invite.listLabel')}
                onPick={pick}
              />
            ) : null}
          </div>
          <Button type="submit" busy={loading} variant="secondary">
            {chosen ? t('invite.buttonFor', { handle: chosen.handle }) : t('invite.button')}
          </Button>
        </div>
        {invited.length ? (
          <p role="status" className="invite__done">
            {t('invite.done', { handles: invited.map((p) => `@${p.handle}`).join(', ') })}
          </p>
        ) : null}
      </form>
    </details>
  );
}
