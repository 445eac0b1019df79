// "Your answer": the Markdown editor under a thread, or the reason one cannot answer.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Button } from '../../ui/Button';
import { MarkdownEditor } from '../../ui/MarkdownEditor';
import { useAuthLinks } from '../accounts/returnTo';
import { useFormSubmit } from '../accounts/useFormSubmit';
import { threadPath } from '../threads/ThreadList';
import { unfilledPlaceholders } from '../../../../../libs/domain/src/placeholders';
import type { ThreadView } from '../threads/ThreadPage';
import { PostAnswerDocument } from './answers.documents';

export function AnswerForm({ thread, signedIn }: { thread: ThreadView; signedIn: boolean }) {
  const links = useAuthLinks();
  const [body, setBody] = useState('');
  const [postAnswer] = useMutation(PostAnswerDocument, {
    // The care panel beside the thread (answer count, customer history) shows the new answer too, and the
    // watch control the answerer's automatic watch.
    refetchQueries: ['Thread', 'ThreadCare', 'MyWatches'],
    awaitRefetchQueries: true,
  });
  const placeholders = unfilledPlaceholders(body);
  const { errors, busy, formRef, onSubmit } = useFormSubmit(async () => {
    await postAnswer({ variables: { input: { threadId: thread.id, body } } });
    setBody('');
  });

  // An idea is discussed, not answered: its replies say so.
  const idea = thread.kind === 'IDEA';
  return (
    <section aria-labelledby="your-answer-title" className="answer-form panel">
      <h2 id="your-answer-title" className="panel__title">
        {idea ? 'Your reply' : 'Your answer'}
      </h2>
      {thread.duplicateOf ? (
        <p className="muted">
          This question was closed as a duplicate of{' '}
          <Link to={threadPath(thread.duplicateOf.id)}>{thread.duplicateOf.title}</Link>: answer there
          instead.
        </p>
      ) : !signedIn ? (
        <p className="muted">
          <Link to={links.signIn}>Sign in</Link> or <Link to={links.signUp}>create an account</Link>{' '}
          {idea ? 'to reply.' : 'to answer.'}
        </p>
      ) : !thread.can.answer.allowed ? (
        <p className="muted">{thread.can.answer.reason ?? 'You cannot answer this thread.'}</p>
      ) : (
        <form ref={formRef} onSubmit={onSubmit} noValidate className="form">
          {errors ? <ErrorAlert>{errors.message}</ErrorAlert> : null}
          <MarkdownEditor
            label={idea ? 'Reply' : 'Answer'}
            name="body"
            value={body}
            onChange={setBody}
            rows={8}
            threadId={thread.id}
            error={errors?.fields.body}
          />
          {placeholders.length ? (
            <p className="placeholder-warning" role="status">
              Fill in {placeholders.join(', ')} before posting: the customer would see{' '}
              {placeholders.length === 1 ? 'it' : 'them'} as written.
            </p>
          ) : null}
          <div>
            <Button type="submit" busy={busy}>
              {busy ? 'Posting…' : idea ? 'Post your reply' : 'Post your answer'}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
