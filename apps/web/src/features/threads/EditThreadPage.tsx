// Editing a thread's title, body and tags, with its revision history below.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { toFormErrors } from '../../app/errors';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageTitle } from '../../app/PageTitle';
import type { ThreadForEditQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { MarkdownEditor } from '../../ui/MarkdownEditor';
import { Status } from '../../ui/Status';
import { TextField } from '../../ui/TextField';
import { useFormSubmit } from '../accounts/useFormSubmit';
import { RevisionHistory } from './RevisionHistory';
import { formatTags, parseTags } from './tags';
import { threadPath } from './ThreadList';
import { EditThreadDocument, ThreadForEditDocument } from './threads.documents';

type EditableThread = NonNullable<ThreadForEditQuery['thread']>;

function EditThreadForm({ thread }: { thread: EditableThread }) {
  const navigate = useNavigate();
  const [title, setTitle] = useState(thread.title);
  const [body, setBody] = useState(thread.body);
  const [tags, setTags] = useState(formatTags(thread.tags));
  const [editThread] = useMutation(EditThreadDocument, {
    refetchQueries: ['Thread'],
  });
  const { errors, busy, formRef, onSubmit } = useFormSubmit(async () => {
    await editThread({ variables: { input: { threadId: thread.id, title, body, tags: parseTags(tags) } } });
    await navigate(threadPath(thread.id));
  });

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="form panel form-page__form">
      {errors ? <ErrorAlert>{errors.message}</ErrorAlert> : null}
      <TextField
        label="Title"
        name="title"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors?.fields.title}
        required
      />
      <MarkdownEditor
        label="Body"
        name="body"
        value={body}
        onChange={setBody}
        rows={12}
        error={errors?.fields.body}
        required
      />
      <TextField
        label="Tags"
        name="tags"
        hint="Comma-separated."
        value={tags}
        onChange={(e) => setTags(e.target.value)}
        error={errors?.fields.tags}
        autoCapitalize="none"
      />
      <div className="form__actions">
        <Button type="submit" busy={busy}>
          {busy ? 'Saving…' : 'Save changes'}
        </Button>
        <Link to={threadPath(thread.id)} className="button button--quiet">
          Cancel
        </Link>
      </div>
    </form>
  );
}

/** `/t/:id/edit` shows the form and the history; `/t/:id/history` only the history. */
export function EditThreadPage({ historyOnly = false }: { historyOnly?: boolean }) {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ThreadForEditDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });

  if (error)
    return <ErrorAlert title="This thread could not be loaded">{toFormErrors(error).message}</ErrorAlert>;
  if (loading && !data) return <Status>Loading thread…</Status>;
  const thread = data?.thread;
  if (!thread) return <NotFoundPage what="thread" />;
  const heading = historyOnly ? 'History' : 'Edit';

  return (
    <section className="form-page" aria-labelledby="edit-title">
      <PageTitle>{`${heading}: ${thread.title}`}</PageTitle>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link to="/">Home</Link>
          </li>
          <li>
            <Link to={`/c/${thread.category.slug}`}>{thread.category.name}</Link>
          </li>
          <li>
            <Link to={threadPath(thread.id)}>{thread.title}</Link>
          </li>
          <li aria-current="page">{heading}</li>
        </ol>
      </nav>
      <h1 id="edit-title">{historyOnly ? `History of “${thread.title}”` : 'Edit thread'}</h1>
      {historyOnly ? null : thread.can.edit.allowed ? (
        <EditThreadForm thread={thread} />
      ) : (
        <ErrorAlert>{thread.can.edit.reason ?? 'You cannot edit this thread.'}</ErrorAlert>
      )}
      <RevisionHistory revisions={thread.revisions} title={historyOnly ? 'Revisions' : 'History'} />
    </section>
  );
}
