// An idea's place on the roadmap: its status badge, the latest note from the team, the history of moves, and
// for employees (the API's `can.setIdeaStatus`) a form to move it with a note.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { IdeaStatus, IdeaStatusFieldsFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { useFormSubmit } from '../accounts/useFormSubmit';
import { SetIdeaStatusDocument } from './ideas.documents';
import { IDEA_STATUSES, IDEA_STATUS_LABELS, IdeaStatusBadge } from './IdeaStatusBadge';

export function IdeaStatusPanel({ idea }: { idea: IdeaStatusFieldsFragment }) {
  if (idea.kind !== 'IDEA' || !idea.ideaStatus) return null;
  const history = idea.ideaStatusHistory;
  const latest = history[history.length - 1];
  return (
    <section className="idea-panel panel" aria-labelledby="idea-status-title">
      <h2 id="idea-status-title" className="idea-panel__title">
        Status: <IdeaStatusBadge status={idea.ideaStatus} />
        <Link to="/ideas" className="idea-panel__roadmap">
          See the roadmap
        </Link>
      </h2>
      {latest ? (
        latest.note ? (
          <blockquote className="idea-panel__note">
            <p>{latest.note}</p>
            <footer>
              — {latest.author?.displayName ?? 'The team'}
              {latest.author?.jobTitle ? `, ${latest.author.jobTitle}` : ''},{' '}
              <RelativeTime value={latest.createdAt} />
            </footer>
          </blockquote>
        ) : null
      ) : (
        <p className="muted">The team reviews new ideas; vote for it and watch it to hear when it moves.</p>
      )}
      {history.length > 0 ? (
        <details className="idea-panel__history" open={history.length <= 3}>
          <summary>Status history ({history.length})</summary>
          <ol>
            {history.map((change) => (
              <li key={change.id}>
                <RelativeTime value={change.createdAt} />: {IDEA_STATUS_LABELS[change.previousStatus]} →{' '}
                <strong>{IDEA_STATUS_LABELS[change.status]}</strong>
                {change.author ? ` by ${change.author.displayName}` : ''}
                {change.note ? <p className="idea-panel__history-note">{change.note}</p> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {idea.can.setIdeaStatus.allowed ? <SetIdeaStatusForm idea={idea} /> : null}
    </section>
  );
}

function SetIdeaStatusForm({ idea }: { idea: IdeaStatusFieldsFragment }) {
  const [status, setStatus] = useState<IdeaStatus>(idea.ideaStatus ?? 'UNDER_REVIEW');
  const [note, setNote] = useState('');
  const [setIdeaStatus] = useMutation(SetIdeaStatusDocument);
  const { errors, busy, formRef, onSubmit } = useFormSubmit(async () => {
    await setIdeaStatus({ variables: { input: { threadId: idea.id, status, note } } });
    setNote('');
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="form idea-panel__form">
      <h3 className="idea-panel__form-title">Move this idea</h3>
      {errors ? <ErrorAlert>{errors.message}</ErrorAlert> : null}
      <SelectField
        label="New status"
        name="status"
        value={status}
        onChange={(e) => setStatus(e.target.value as IdeaStatus)}
        error={errors?.fields.status}
      >
        {IDEA_STATUSES.map((s) => (
          <option key={s} value={s}>
            {IDEA_STATUS_LABELS[s]}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label="Note to the community"
        name="note"
        hint="Shown on the idea and sent to everyone who voted for it or watches it."
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors?.fields.note}
        rows={3}
      />
      <div className="form__actions">
        <Button type="submit" busy={busy}>
          {busy ? 'Saving…' : 'Set status'}
        </Button>
      </div>
    </form>
  );
}
