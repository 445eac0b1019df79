// /care/conversations/:id — a private follow-up, read and answered by the customer and the care team.
// /care/conversations — the viewer's conversations.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageTitle } from '../../app/PageTitle';
import { toFormErrors } from '../../app/errors';
import { Message, useT } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { RenderedMarkdown } from '../../ui/RenderedMarkdown';
import { TextAreaField } from '../../ui/TextAreaField';
import { useFormSubmit } from '../accounts/useFormSubmit';
import {
  ClosePrivateFollowUpDocument,
  MyPrivateConversationsDocument,
  PrivateConversationDocument,
  ReplyPrivateFollowUpDocument,
} from './care.documents';
import './care.css';

export function ConversationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(PrivateConversationDocument, { variables: { id } });
  const [body, setBody] = useState('');
  const [reply] = useMutation(ReplyPrivateFollowUpDocument, {
    refetchQueries: [{ query: PrivateConversationDocument, variables: { id } }],
    awaitRefetchQueries: true,
  });
  const form = useFormSubmit(async () => {
    await reply({ variables: { input: { conversationId: id, body } } });
    setBody('');
  });
  const [close, closing] = useMutation(ClosePrivateFollowUpDocument, {
    variables: { id },
    refetchQueries: ['MyPrivateConversations', 'ThreadCare', 'CustomerHistory'],
  });
  if (loading && !data) return <p className="muted">{t('care.loading')}</p>;
  const c = data?.privateConversation;
  // The server words its errors in the page's language: the code, not the text, says "not found".
  if (!c)
    return !error || toFormErrors(error).code === 'NOT_FOUND' ? (
      <NotFoundPage />
    ) : (
      <ErrorAlert>{error.message}</ErrorAlert>
    );
  return (
    <>
      <PageTitle>{t('care.followUp.title')}</PageTitle>
      <h1>{t('care.followUp.title')}</h1>
      <p className="muted">
        <Message
          id="care.followUp.about"
          values={{
            title: c.thread.title,
            name: c.customer.displayName,
            link: (chunks) => <Link to={`/t/${c.thread.id}`}>{chunks}</Link>,
          }}
        />
      </p>
      <ol className="conversation">
        {c.messages.map((m) => (
          <li key={m.id} className={`message${m.author.official ? ' message--staff' : ''}`}>
            <p className="message__meta">
              <Message
                id={m.author.jobTitle ? 'care.followUp.metaWithTitle' : 'care.followUp.meta'}
                values={{
                  name: m.author.displayName,
                  jobTitle: m.author.jobTitle,
                  time: <RelativeTime value={m.createdAt} />,
                  strong: (chunks) => <strong>{chunks}</strong>,
                }}
              />
            </p>
            <RenderedMarkdown html={m.bodyHtml} />
          </li>
        ))}
      </ol>
      {c.closedAt ? (
        <p className="muted">{t('care.followUp.closed')}</p>
      ) : (
        <form ref={form.formRef} onSubmit={form.onSubmit} className="form" noValidate>
          {form.errors ? <ErrorAlert>{form.errors.message}</ErrorAlert> : null}
          <TextAreaField
            label={t('care.followUp.reply')}
            name="body"
            rows={3}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            error={form.errors?.fields.body}
          />
          <div className="conversation__actions">
            <Button type="submit" busy={form.busy}>
              {t('care.followUp.send')}
            </Button>
            {c.viewerCanClose ? (
              <Button variant="secondary" busy={closing.loading} onClick={() => void close()}>
                {t('care.followUp.close')}
              </Button>
            ) : null}
          </div>
          {closing.error ? <ErrorAlert>{closing.error.message}</ErrorAlert> : null}
        </form>
      )}
    </>
  );
}

export function ConversationsPage() {
  const t = useT();
  const { data, error } = useQuery(MyPrivateConversationsDocument);
  return (
    <>
      <PageTitle>{t('care.followUps.title')}</PageTitle>
      <h1>{t('care.followUps.title')}</h1>
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      {data && !data.myPrivateConversations.length ? (
        <p className="muted">{t('care.followUps.none')}</p>
      ) : null}
      <ul>
        {data?.myPrivateConversations.map((c) => (
          <li key={c.id}>
            <Message
              id={c.closedAt ? 'care.followUps.itemClosed' : 'care.followUps.item'}
              values={{
                title: c.thread.title,
                name: c.customer.displayName,
                time: <RelativeTime value={c.createdAt} />,
                link: (chunks) => <Link to={`/care/conversations/${c.id}`}>{chunks}</Link>,
                muted: (chunks) => <span className="muted">{chunks}</span>,
              }}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
