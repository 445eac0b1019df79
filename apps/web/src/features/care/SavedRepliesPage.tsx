// /care/replies: the shared reply templates every employee answers with.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PageTitle } from '../../app/PageTitle';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { Message, useT } from '../../i18n/I18n';
import { useFormSubmit } from '../accounts/useFormSubmit';
import {
  CreateSavedReplyDocument,
  DeleteSavedReplyDocument,
  SavedRepliesDocument,
  UpdateSavedReplyDocument,
} from './care.documents';
import './care.css';

// The placeholders a saved reply may hold, as the server fills them in (not words to translate).
const PLACEHOLDERS = { customerName: '{{customer_name}}', threadTitle: '{{thread_title}}' };

export function SavedRepliesPage() {
  const t = useT();
  const { data, error } = useQuery(SavedRepliesDocument);
  const refetch = { refetchQueries: [{ query: SavedRepliesDocument }], awaitRefetchQueries: true };
  const [create] = useMutation(CreateSavedReplyDocument, refetch);
  const [update] = useMutation(UpdateSavedReplyDocument, refetch);
  const [remove] = useMutation(DeleteSavedReplyDocument, refetch);
  const [editing, setEditing] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const form = useFormSubmit(async () => {
    if (editing) await update({ variables: { input: { id: editing, title, body } } });
    else await create({ variables: { input: { title, body } } });
    setEditing(null);
    setTitle('');
    setBody('');
  });

  return (
    <>
      <PageTitle>{t('care.replies.title')}</PageTitle>
      <h1>{t('care.replies.title')}</h1>
      <p className="muted">
        <Message
          id="care.replies.intro"
          values={{ ...PLACEHOLDERS, code: (chunks) => <code>{chunks}</code> }}
        />
      </p>
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      <ul className="saved-replies">
        {data?.savedReplies.map((r) => (
          <li key={r.id} className="panel">
            <h2 className="panel__title">{r.title}</h2>
            <pre className="saved-reply__body">{r.body}</pre>
            <div className="saved-reply__actions">
              <Button
                variant="secondary"
                onClick={() => {
                  setEditing(r.id);
                  setTitle(r.title);
                  setBody(r.body);
                }}
              >
                {t('care.replies.edit')}
              </Button>
              <Button
                variant="quiet"
                onClick={() => {
                  if (window.confirm(t('care.replies.confirmDelete', { title: r.title })))
                    void remove({ variables: { id: r.id } });
                }}
              >
                {t('care.replies.delete')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <section className="panel" aria-labelledby="reply-form-title">
        <h2 id="reply-form-title" className="panel__title">
          {t(editing ? 'care.replies.editTitle' : 'care.replies.newTitle')}
        </h2>
        <form ref={form.formRef} onSubmit={form.onSubmit} noValidate className="form">
          {form.errors ? <ErrorAlert>{form.errors.message}</ErrorAlert> : null}
          <TextField
            label={t('care.replies.titleLabel')}
            name="title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            error={form.errors?.fields.title}
          />
          <TextAreaField
            label={t('care.replies.body')}
            name="body"
            rows={6}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            error={form.errors?.fields.body}
          />
          <div>
            <Button type="submit" busy={form.busy}>
              {t(editing ? 'care.replies.save' : 'care.replies.add')}
            </Button>
          </div>
        </form>
      </section>
    </>
  );
}
