// An idea's place on the roadmap: its status badge, the latest note from the team, the history of moves, and
// for employees (the API's `can.setIdeaStatus`) a form to move it with a note.
import { useMutation } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { IdeaStatus, IdeaStatusFieldsFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { Message, useT } from '../../i18n/I18n';
import { useFormSubmit } from '../accounts/useFormSubmit';
import { SetIdeaStatusDocument } from './ideas.documents';
import { IDEA_STATUSES, IDEA_STATUS_LABELS, IdeaStatusBadge } from './IdeaStatusBadge';

export function IdeaStatusPanel({ idea }: { idea: IdeaStatusFieldsFragment }) {
  const t = useT();
  if (idea.kind !== 'IDEA' || !idea.ideaStatus) return null;
  const history = idea.ideaStatusHistory;
  const latest = history[history.length - 1];
  return (
    <section className="idea-panel panel" aria-labelledby="idea-status-title">
      <h2 id="idea-status-title" className="idea-panel__title">
        {t('ideas.panel.status')} <IdeaStatusBadge status={idea.ideaStatus} />
        <Link to="/ideas" className="idea-panel__roadmap">
          {t('ideas.panel.roadmapLink')}
        </Link>
      </h2>
      {latest ? (
        latest.note ? (
          <blockquote className="idea-panel__note">
            <p>{latest.note}</p>
            <footer>
              <Message
                id={latest.author?.jobTitle ? 'ideas.panel.noteByWithTitle' : 'ideas.panel.noteBy'}
                values={{
                  name: latest.author?.displayName ?? t('ideas.panel.byTeam'),
                  title: latest.author?.jobTitle,
                  time: <RelativeTime value={latest.createdAt} />,
                }}
              />
            </footer>
          </blockquote>
        ) : null
      ) : (
        <p className="muted">{t('ideas.panel.reviewing')}</p>
      )}
      {history.length > 0 ? (
        <details className="idea-panel__history" open={history.length <= 3}>
          <summary>{t('ideas.panel.history', { count: history.length })}</summary>
          <ol>
            {history.map((change) => (
              <li key={change.id}>
                <Message
                  id="ideas.panel.historyLine"
                  values={{
                    time: <RelativeTime value={change.createdAt} />,
                    from: t(IDEA_STATUS_LABELS[change.previousStatus]),
                    to: t(IDEA_STATUS_LABELS[change.status]),
                    strong: (chunks: ReactNode[]) => <strong>{chunks}</strong>,
                    by: change.author ? t('ideas.panel.historyBy', { name: change.author.displayName }) : '',
                  }}
                />
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
  const t = useT();
  const [status, setStatus] = useState<IdeaStatus>(idea.ideaStatus ?? 'UNDER_REVIEW');
  const [note, setNote] = useState('');
  const [setIdeaStatus] = useMutation(SetIdeaStatusDocument);
  const { errors, busy, formRef, onSubmit } = useFormSubmit(async () => {
    await setIdeaStatus({ variables: { input: { threadId: idea.id, status, note } } });
    setNote('');
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="form idea-panel__form">
      <h3 className="idea-panel__form-title">{t('ideas.form.title')}</h3>
      {errors ? <ErrorAlert>{errors.message}</ErrorAlert> : null}
      <SelectField
        label={t('ideas.form.status')}
        name="status"
        value={status}
        onChange={(e) => setStatus(e.target.value as IdeaStatus)}
        error={errors?.fields.status}
      >
        {IDEA_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(IDEA_STATUS_LABELS[s])}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('ideas.form.note')}
        name="note"
        hint={t('ideas.form.noteHint')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors?.fields.note}
        rows={3}
      />
      <div className="form__actions">
        <Button type="submit" busy={busy}>
          {busy ? t('ideas.form.saving') : t('ideas.form.submit')}
        </Button>
      </div>
    </form>
  );
}
