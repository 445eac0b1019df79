// /care/replies: the shared reply templates every employee answers with.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PageTitle } from '../../app/PageTitle';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useFormSubmit } from '../accounts/useFormSubmit';
import {
  CreateSavedReplyDocument,
  DeleteSavedReplyDocument,
  SavedRepliesDocument,
  UpdateSavedReplyDocument,
} from './care.documents';
import './care.css';

export function SavedRepliesPage() {
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
      <PageTitle>Saved replies</PageTitle>
      <h1>Saved replies</h1>
      <p className="muted">
        Shared by the whole care team. <code>{'{{customer_name}}'}</code> and{' '}
        <code>{'{{thread_title}}'}</code> are filled in when a reply is inserted into an answer.
      </p>
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      <ul className="saved-replies">
        {data?.savedReplies.map((r) => (
          <li key={r.id} className="panel">
            <h2 className="panel__title">{r.title}</h2>
            <pre className="saved-reply__body">{r.body}</pre>
            <Button
              variant="secondary"
              onClick={() => {
                setEditing(r.id);
                setTitle(r.title);
                setBody(r.body);
              }}
            >
              Edit
            </Button>{' '}
            <Button
              variant="quiet"
              onClick={() => {
                if (window.confirm(`Delete "${r.title}"?`)) void remove({ variables: { id: r.id } });
              }}
            >
              Delete
            </Button>
          </li>
        ))}
      </ul>
      <section className="panel" aria-labelledby="reply-form-title">
        <h2 id="reply-form-title" className="panel__title">
          {editing ? 'Edit saved reply' : 'New saved reply'}
        </h2>
        <form ref={form.formRef} onSubmit={form.onSubmit} noValidate className="form">
          {form.errors ? <ErrorAlert>{form.errors.message}</ErrorAlert> : null}
          <TextField
            label="Title"
            name="title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            error={form.errors?.fields.title}
          />
          <TextAreaField
            label="Reply"
            name="body"
            rows={6}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            error={form.errors?.fields.body}
          />
          <div>
            <Button type="submit" busy={form.busy}>
              {editing ? 'Save changes' : 'Add saved reply'}
            </Button>
          </div>
        </form>
      </section>
    </>
  );
}
