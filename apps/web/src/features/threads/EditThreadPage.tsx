// Editing a thread's title, body and tags (the thread form shared with asking), with its revision history below.
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { toFormErrors } from '../../app/errors';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageTitle } from '../../app/PageTitle';
import type { ThreadForEditQuery } from '../../gql/graphql';
import { useT } from '../../i18n/I18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Status } from '../../ui/Status';
import { RevisionHistory } from './RevisionHistory';
import { ThreadForm } from './ThreadForm';
import { threadPath } from './ThreadList';
import { EditThreadDocument, ThreadForEditDocument } from './threads.documents';

type EditableThread = NonNullable<ThreadForEditQuery['thread']>;

function EditThreadForm({ thread }: { thread: EditableThread }) {
  const navigate = useNavigate();
  const t = useT();
  const [editThread] = useMutation(EditThreadDocument, {
    refetchQueries: ['Thread'],
  });
  return (
    <ThreadForm
      initial={thread}
      onSave={async (text) => {
        await editThread({ variables: { input: { threadId: thread.id, ...text } } });
        await navigate(threadPath(thread.id));
      }}
      bodyRows={12}
      submitLabel={t('editThread.save')}
      busyLabel={t('editThread.saving')}
      cancelTo={threadPath(thread.id)}
    />
  );
}

/** `/t/:id/edit` shows the form and the history; `/t/:id/history` only the history. */
export function EditThreadPage({ historyOnly = false }: { historyOnly?: boolean }) {
  const { id = '' } = useParams();
  const t = useT();
  const { data, loading, error } = useQuery(ThreadForEditDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });

  if (error) return <ErrorAlert title={t('thread.loadFailed')}>{toFormErrors(error).message}</ErrorAlert>;
  if (loading && !data) return <Status>{t('thread.loading')}</Status>;
  const thread = data?.thread;
  if (!thread) return <NotFoundPage what="thread" />;
  const heading = t(historyOnly ? 'post.history' : 'post.edit');

  return (
    <section className="form-page" aria-labelledby="edit-title">
      <PageTitle>{t('editThread.documentTitle', { heading, title: thread.title })}</PageTitle>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/">{t('nav.home')}</Link>
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
      <h1 id="edit-title">
        {historyOnly ? t('editThread.historyOf', { title: thread.title }) : t('editThread.title')}
      </h1>
      {historyOnly ? null : thread.can.edit.allowed ? (
        <EditThreadForm thread={thread} />
      ) : (
        <ErrorAlert>{thread.can.edit.reason ?? t('editThread.cannotEdit')}</ErrorAlert>
      )}
      <RevisionHistory
        revisions={thread.revisions}
        title={t(historyOnly ? 'revisions.revisions' : 'post.history')}
      />
    </section>
  );
}
