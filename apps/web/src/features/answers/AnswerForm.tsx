// "Your answer": the Markdown editor under a thread, or the reason one cannot answer.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Message, useT } from '../../i18n/I18n';
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
  const t = useT();
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
        {t(idea ? 'answerForm.yourReply' : 'answerForm.yourAnswer')}
      </h2>
      {thread.duplicateOf ? (
        <p className="muted">
          <Message
            id="answerForm.duplicate"
            values={{
              link: <Link to={threadPath(thread.duplicateOf.id)}>{thread.duplicateOf.title}</Link>,
            }}
          />
        </p>
      ) : !signedIn ? (
        <p className="muted">
          <Message
            id={idea ? 'answerForm.signInToReply' : 'answerForm.signInToAnswer'}
            values={{
              signIn: (chunks) => <Link to={links.signIn}>{chunks}</Link>,
              signUp: (chunks) => <Link to={links.signUp}>{chunks}</Link>,
            }}
          />
        </p>
      ) : !thread.can.answer.allowed ? (
        <p className="muted">{thread.can.answer.reason ?? t('answerForm.cannotAnswer')}</p>
      ) : (
        <form ref={formRef} onSubmit={onSubmit} noValidate className="form">
          {errors ? <ErrorAlert>{errors.message}</ErrorAlert> : null}
          <MarkdownEditor
            label={t(idea ? 'answerForm.reply' : 'answerForm.answer')}
            name="body"
            value={body}
            onChange={setBody}
            rows={8}
            threadId={thread.id}
            error={errors?.fields.body}
          />
          {placeholders.length ? (
            <p className="placeholder-warning" role="status">
              {t('answerForm.placeholders', {
                placeholders: placeholders.join(', '),
                count: placeholders.length,
              })}
            </p>
          ) : null}
          <div>
            <Button type="submit" busy={busy}>
              {t(busy ? 'answerForm.posting' : idea ? 'answerForm.postReply' : 'answerForm.postAnswer')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
