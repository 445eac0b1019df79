// Editing an answer's body, with its revision history below.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { toFormErrors } from '../../app/errors';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageTitle } from '../../app/PageTitle';
import { Message, useT } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { MarkdownEditor } from '../../ui/MarkdownEditor';
import { Status } from '../../ui/Status';
import { useFormSubmit } from '../accounts/useFormSubmit';
import { RevisionHistory } from '../threads/RevisionHistory';
import { threadPath } from '../threads/ThreadList';
import { AnswerForEditDocument, EditAnswerDocument } from './answers.documents';

function EditAnswerForm({
  answerId,
  threadId,
  initialBody,
}: {
  answerId: string;
  threadId: string;
  initialBody: string;
}) {
  const navigate = useNavigate();
  const t = useT();
  const [body, setBody] = useState(initialBody);
  const [editAnswer] = useMutation(EditAnswerDocument, {
    refetchQueries: ['Thread'],
  });
  const { errors, busy, formRef, onSubmit } = useFormSubmit(async () => {
    await editAnswer({ variables: { input: { answerId, body } } });
    await navigate(threadPath(threadId));
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="form panel form-page__form">
      {errors ? <ErrorAlert>{errors.message}</ErrorAlert> : null}
      <MarkdownEditor
        label={t('answerForm.answer')}
        name="body"
        value={body}
        onChange={setBody}
        rows={12}
        error={errors?.fields.body}
        threadId={threadId}
        required
      />
      <div className="form__actions">
        <Button type="submit" busy={busy}>
          {t(busy ? 'editAnswer.saving' : 'editAnswer.save')}
        </Button>
        <Link to={threadPath(threadId)} className="button button--quiet">
          {t('editAnswer.cancel')}
        </Link>
      </div>
    </form>
  );
}

export function EditAnswerPage() {
  const { id = '' } = useParams();
  const t = useT();
  const [params] = useSearchParams();
  const threadId = params.get('thread') ?? '';
  const { data, loading, error } = useQuery(AnswerForEditDocument, {
    variables: { threadId },
    skip: !threadId,
    fetchPolicy: 'cache-and-network',
  });

  if (!threadId) return <NotFoundPage what="answer" />;
  if (error) return <ErrorAlert title={t('editAnswer.loadFailed')}>{toFormErrors(error).message}</ErrorAlert>;
  if (loading && !data) return <Status>{t('editAnswer.loading')}</Status>;
  const thread = data?.thread;
  const answer = thread?.answers.edges.map((e) => e.node).find((a) => a.id === id);
  if (!thread || !answer) return <NotFoundPage what="answer" />;

  return (
    <section className="form-page" aria-labelledby="edit-answer-title">
      <PageTitle>{t('editAnswer.documentTitle', { title: thread.title })}</PageTitle>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/">{t('nav.home')}</Link>
          </li>
          <li>
            <Link to={threadPath(thread.id)}>{thread.title}</Link>
          </li>
          <li aria-current="page">{t('editAnswer.title')}</li>
        </ol>
      </nav>
      <h1 id="edit-answer-title">{t('editAnswer.title')}</h1>
      <p className="form-page__lead">
        <Message
          id="editAnswer.on"
          values={{ thread: <Link to={threadPath(thread.id)}>{thread.title}</Link> }}
        />
      </p>
      {answer.can.edit.allowed ? (
        <EditAnswerForm answerId={answer.id} threadId={thread.id} initialBody={answer.body} />
      ) : (
        <ErrorAlert>{answer.can.edit.reason ?? t('editAnswer.cannotEdit')}</ErrorAlert>
      )}
      <RevisionHistory revisions={answer.revisions} />
    </section>
  );
}
