// /care/conversations/:id — a private follow-up, read and answered by the customer and the care team.
// /care/conversations — the viewer's conversations.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageTitle } from '../../app/PageTitle';
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
  if (loading && !data) return <p className="muted">Loading…</p>;
  const c = data?.privateConversation;
  if (!c)
    return error?.message.includes('not found') || !error ? (
      <NotFoundPage />
    ) : (
      <ErrorAlert>{error.message}</ErrorAlert>
    );
  return (
    <>
      <PageTitle>Private follow-up</PageTitle>
      <h1>Private follow-up</h1>
      <p className="muted">
        About <Link to={`/t/${c.thread.id}`}>{c.thread.title}</Link>. Only {c.customer.displayName} and the
        care team can read this.
      </p>
      <ol className="conversation">
        {c.messages.map((m) => (
          <li key={m.id} className={`message${m.author.official ? ' message--staff' : ''}`}>
            <p className="message__meta">
              <strong>{m.author.displayName}</strong>
              {m.author.jobTitle ? `, ${m.author.jobTitle}` : ''} · <RelativeTime value={m.createdAt} />
            </p>
            <RenderedMarkdown html={m.bodyHtml} />
          </li>
        ))}
      </ol>
      {c.closedAt ? (
        <p className="muted">This conversation is closed.</p>
      ) : (
        <form ref={form.formRef} onSubmit={form.onSubmit} className="form" noValidate>
          {form.errors ? <ErrorAlert>{form.errors.message}</ErrorAlert> : null}
          <TextAreaField
            label="Reply"
            name="body"
            rows={3}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            error={form.errors?.fields.body}
          />
          <div className="conversation__actions">
            <Button type="submit" busy={form.busy}>
              Send
            </Button>
            {c.viewerCanClose ? (
              <Button variant="secondary" busy={closing.loading} onClick={() => void close()}>
                Close follow-up
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
  const { data, error } = useQuery(MyPrivateConversationsDocument);
  return (
    <>
      <PageTitle>Private follow-ups</PageTitle>
      <h1>Private follow-ups</h1>
      {error ? <ErrorAlert>{error.message}</ErrorAlert> : null}
      {data && !data.myPrivateConversations.length ? (
        <p className="muted">No private conversations.</p>
      ) : null}
      <ul>
        {data?.myPrivateConversations.map((c) => (
          <li key={c.id}>
            <Link to={`/care/conversations/${c.id}`}>{c.thread.title}</Link>{' '}
            <span className="muted">
              with {c.customer.displayName} · <RelativeTime value={c.createdAt} />
              {c.closedAt ? ' · closed' : ''}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
