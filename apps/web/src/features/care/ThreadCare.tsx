// Care beside a thread: the asker rates the help on a solved question; everyone sees that the brand
// followed up in private; employees get saved replies for the answer editor, a private follow-up form
// and the customer's history.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { RelativeTime } from '../../ui/RelativeTime';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextAreaField } from '../../ui/TextAreaField';
import { Message, useT } from '../../i18n/I18n';
import { useFormSubmit } from '../accounts/useFormSubmit';
import { STATUS_LABELS } from '../threads/ThreadBadges';
import { AssignControl } from './AssignControl';
import { useMe } from '../accounts/useMe';
import {
  CustomerHistoryDocument,
  OpenPrivateFollowUpDocument,
  RateHelpDocument,
  RenderSavedReplyDocument,
  SavedRepliesDocument,
  ThreadCareDocument,
} from './care.documents';
import './care.css';

/** The drawn rating star: a picture, hidden from screen readers (each star's label says its value). */
const STAR = '★';

export function ThreadCare({ threadId }: { threadId: string }) {
  const t = useT();
  const { me } = useMe();
  // Guests see no care panel, so they never ask; for signed-in people the thread page's query already
  // fetched these fields (ThreadCareFields) and the cache answers.
  const { data, refetch } = useQuery(ThreadCareDocument, { variables: { id: threadId }, skip: !me });
  const thread = data?.thread;
  // The thread page refetches the thread when an answer is accepted; its new status lands in the cache
  // here too, and whether the viewer may rate now has to be asked again.
  const status = thread?.status;
  const seenStatus = useRef(status);
  useEffect(() => {
    if (seenStatus.current !== undefined && status !== seenStatus.current) void refetch();
    seenStatus.current = status;
  }, [status, refetch]);
  if (!thread) return null;
  const staff = !!me?.can?.care.allowed;
  return (
    <>
      {thread.privateFollowUp ? (
        <p className="muted care-note">
          {me?.id === thread.author.id ? (
            <Message
              id="care.thread.followedUpYou"
              values={{ link: (chunks) => <Link to="/care/conversations">{chunks}</Link> }}
            />
          ) : (
            t('care.thread.followedUp')
          )}
        </p>
      ) : null}
      {thread.can.rate.allowed ? <RateHelp threadId={threadId} /> : null}
      {thread.satisfaction && me?.id === thread.author.id ? (
        <p className="muted care-note" data-testid="your-rating">
          {t('care.thread.yourRating', { rating: thread.satisfaction.rating })}
        </p>
      ) : null}
      {staff ? (
        <aside className="care-panel" aria-labelledby="care-panel-title">
          <h2 id="care-panel-title" className="care-panel__title">
            {t('care.console')}
          </h2>
          <AssignControl
            routing={{
              threadId,
              assigneeId: thread.assignee?.id ?? null,
              teamId: thread.assignedTeam?.id ?? null,
            }}
            meId={me?.id ?? null}
            onAssigned={() => refetch()}
          />
          {/* Saved replies go into the answer editor; a thread that takes no answers has none. */}
          {thread.locked || thread.closed ? null : <SavedReplyPicker threadId={threadId} />}
          <PrivateFollowUpForm threadId={threadId} own={me?.id === thread.author.id} />
          <CustomerHistoryPanel
            accountId={thread.author.id}
            name={thread.author.displayName}
            answerCount={thread.answerCount}
          />
          {thread.assignmentHistory?.length ? (
            <section aria-labelledby="routing-title">
              <h3 id="routing-title" className="care-panel__title">
                {t('care.routing.title')}
              </h3>
              <ol className="routing-history">
                {thread.assignmentHistory.map((event) => (
                  <li key={event.id}>
                    <Message
                      id="care.routing.event"
                      values={{
                        action: event.action,
                        actor: event.actor.displayName,
                        target: event.assignee?.displayName ?? event.team?.name ?? t('care.routing.nobody'),
                        time: <RelativeTime value={event.createdAt} />,
                      }}
                    />
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </aside>
      ) : null}
    </>
  );
}

function RateHelp({ threadId }: { threadId: string }) {
  const t = useT();
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [rate] = useMutation(RateHelpDocument, {
    refetchQueries: [{ query: ThreadCareDocument, variables: { id: threadId } }],
    awaitRefetchQueries: true,
  });
  const form = useFormSubmit(async () => {
    await rate({ variables: { input: { threadId, rating, comment: comment.trim() || null } } });
  });
  return (
    <section className="panel rate-help" aria-labelledby="rate-help-title">
      <h2 id="rate-help-title" className="panel__title">
        {t('care.rate.title')}
      </h2>
      <form ref={form.formRef} onSubmit={form.onSubmit} className="form" noValidate>
        {form.errors ? <ErrorAlert>{form.errors.message}</ErrorAlert> : null}
        <fieldset className="rating-stars">
          <legend className="visually-hidden">{t('care.rate.legend')}</legend>
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className={`rating-star${n <= rating ? ' rating-star--on' : ''}`}>
              <input
                type="radio"
                name="rating"
                value={n}
                checked={rating === n}
                onChange={() => setRating(n)}
                className="visually-hidden"
              />
              <span aria-hidden="true">{STAR}</span>
              <span className="visually-hidden">{t('care.rate.star', { rating: n })}</span>
            </label>
          ))}
        </fieldset>
        <TextAreaField
          label={t('care.rate.comment')}
          name="comment"
          rows={2}
          maxLength={1000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
        <div>
          <Button type="submit" busy={form.busy} disabled={!rating}>
            {t('care.rate.send')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/**
 * Inserts a saved reply, filled in by the server for this thread, into the answer editor. The editor's
 * state lives in AnswerForm (another feature), so the text goes in the way typing would: through the
 * textarea's value setter and an input event that React listens to.
 */
function SavedReplyPicker({ threadId }: { threadId: string }) {
  const t = useT();
  const client = useApolloClient();
  const { data } = useQuery(SavedRepliesDocument);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function insert() {
    setError(null);
    try {
      const { data: rendered } = await client.query({
        query: RenderSavedReplyDocument,
        variables: { input: { savedReplyId: chosen, threadId } },
        fetchPolicy: 'network-only',
      });
      const textarea = document.querySelector<HTMLTextAreaElement>('.answer-form textarea');
      if (!textarea || !rendered) throw new Error(t('care.savedReply.noEditor'));
      const start = textarea.selectionStart ?? textarea.value.length;
      const next = textarea.value.slice(0, start) + rendered.renderSavedReply + textarea.value.slice(start);
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(textarea, next);
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
      textarea.focus();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  if (!data?.savedReplies.length)
    return (
      <p className="muted">
        <Message
          id="care.savedReply.none"
          values={{ link: (chunks) => <Link to="/care/replies">{chunks}</Link> }}
        />
      </p>
    );
  return (
    <div className="saved-reply-picker">
      <label>
        {t('care.savedReply.insertLabel')}
        <select
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
          aria-label={t('care.savedReply.label')}
        >
          <option value="">{t('care.savedReply.choose')}</option>
          {data.savedReplies.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </select>
      </label>
      <Button variant="secondary" disabled={!chosen} onClick={() => void insert()}>
        {t('care.savedReply.insert')}
      </Button>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </div>
  );
}

function PrivateFollowUpForm({ threadId, own }: { threadId: string; own: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const [body, setBody] = useState('');
  const [open, setOpen] = useState(false);
  const [start] = useMutation(OpenPrivateFollowUpDocument);
  const form = useFormSubmit(async () => {
    const { data } = await start({ variables: { input: { threadId, body } } });
    if (data) await navigate(`/care/conversations/${data.openPrivateFollowUp.id}`);
  });
  if (own) return null;
  if (!open)
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('care.followUp.open')}
      </Button>
    );
  return (
    <form ref={form.formRef} onSubmit={form.onSubmit} className="form" noValidate>
      {form.errors ? <ErrorAlert>{form.errors.message}</ErrorAlert> : null}
      <TextAreaField
        label={t('care.followUp.label')}
        hint={t('care.followUp.hint')}
        name="body"
        rows={3}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={form.errors?.fields.body}
      />
      <div>
        <Button type="submit" busy={form.busy}>
          {t('care.followUp.sendPrivately')}
        </Button>
      </div>
    </form>
  );
}

function CustomerHistoryPanel({
  accountId,
  name,
  answerCount,
}: {
  accountId: string;
  name: string;
  answerCount: number;
}) {
  const t = useT();
  const { data, refetch } = useQuery(CustomerHistoryDocument, { variables: { accountId } });
  // The history counts answers on this thread too: when the thread gains or loses one, ask again.
  const seenAnswers = useRef(answerCount);
  useEffect(() => {
    if (seenAnswers.current !== answerCount) void refetch();
    seenAnswers.current = answerCount;
  }, [answerCount, refetch]);
  const h = data?.customerHistory;
  if (!h) return null;
  return (
    <section className="panel customer-history" aria-labelledby="customer-history-title">
      <h2 id="customer-history-title" className="panel__title">
        {t('care.history.title', { name })}
      </h2>
      <p className="muted">
        {t('care.history.counts', { threads: h.threadCount, answers: h.answersReceived })}
      </p>
      <ul>
        {h.threads.slice(0, 5).map((thread) => (
          <li key={thread.id}>
            <Message
              id="care.history.thread"
              values={{
                title: thread.title,
                status: t(STATUS_LABELS[thread.status]),
                link: (chunks) => <Link to={`/t/${thread.id}`}>{chunks}</Link>,
                muted: (chunks) => <span className="muted">{chunks}</span>,
              }}
            />
          </li>
        ))}
      </ul>
      {h.ratings.length ? (
        <p>
          {t('care.history.ratings', {
            ratings: h.ratings.map((r) => t('care.history.rating', { rating: r.rating })).join(', '),
          })}
        </p>
      ) : null}
      {h.openConversations.map((c) => (
        <p key={c.id}>
          <Link to={`/care/conversations/${c.id}`}>
            {t('care.history.openFollowUp', { title: c.thread.title })}
          </Link>
        </p>
      ))}
    </section>
  );
}
