// A thread: the question with its votes and comments, the answers (accepted first), and the answer form.
import { WatchControl } from '../notifications/WatchControl';
import '../notifications/notifications.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { threadPath } from '../../../../../libs/domain/src/slug';
import { toFormErrors } from '../../app/errors';
import { JsonLd } from '../../app/JsonLd';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageMeta, summarize } from '../../app/PageMeta';
import { usePermanentRedirect, useRenderEnvironment } from '../../app/render-environment';
import type { ThreadQuery } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { RenderedMarkdown } from '../../ui/RenderedMarkdown';
import { Status } from '../../ui/Status';
import { VoteButtons } from '../../ui/VoteButtons';
import { AuthorByline } from '../accounts/AuthorByline';
import { useMe } from '../accounts/useMe';
import { AnswerForm } from '../answers/AnswerForm';
import { AnswerPost } from '../answers/AnswerPost';
import { ThreadCare } from '../care/ThreadCare';
import { AbilityControl, AbilityReason } from '../abilities/Ability';
import { ModerationMenu } from '../moderation/ModerationMenu';
import { InviteToAnswer } from '../mentions/InviteToAnswer';
import { NewActivityBar, useLiveThread } from '../mentions/LiveThread';
import { IdeaStatusPanel } from '../ideas/IdeaStatus';
import { IdeaStatusBadge } from '../ideas/IdeaStatusBadge';
import { Comments } from './Comments';
import { breadcrumbStructuredData, htmlToText, threadStructuredData } from './structured-data';
import { KindBadge, StatusBadge, TagList } from './ThreadBadges';
import { useT, type MessageId } from '../../i18n/I18n';
import { postedVerb } from './ThreadList';
import { DeleteThreadDocument, ThreadDocument } from './threads.documents';
import { usePostAction } from './usePostAction';
import { useVote } from './useVote';

export type ThreadView = NonNullable<ThreadQuery['thread']>;

// The words around a time are message ids: RelativeTime words the time in the page's language.
const EDITED: MessageId = 'time.edited';
const ASKED: MessageId = 'time.Asked';
const POSTED: MessageId = 'time.Posted';
const ACTIVE: MessageId = 'time.Active';

function QuestionPost({ thread, signedIn }: { thread: ThreadView; signedIn: boolean }) {
  const navigate = useNavigate();
  const action = usePostAction();
  const vote = useVote({ __typename: 'Thread', id: thread.id });
  const [deleteThread] = useMutation(DeleteThreadDocument);
  const subject = thread.kind === 'QUESTION' ? 'question' : thread.kind === 'IDEA' ? 'idea' : 'post';
  const t = useT();

  async function onDelete() {
    if (!window.confirm(t('thread.confirmDelete', { subject }))) return;
    const ok = await action.run('delete', () =>
      deleteThread({ variables: { input: { threadId: thread.id } } }),
    );
    if (ok) await navigate(`/c/${thread.category.slug}`);
  }

  return (
    <article
      className="post post--question"
      aria-label={t(
        subject === 'question' ? 'kind.question' : subject === 'idea' ? 'kind.idea' : 'thread.post',
      )}
    >
      <div className="post__side">
        <VoteButtons
          score={thread.score}
          viewerVote={thread.viewerVote}
          subject={subject}
          busy={action.busy === 'vote'}
          onVote={(value) => void action.run('vote', () => vote(value))}
          ability={thread.can.vote}
        />
      </div>
      <div className="post__main">
        {action.error ? <ErrorAlert>{action.error}</ErrorAlert> : null}
        <AbilityReason ability={thread.can.vote} className="post__vote-reason" />
        <RenderedMarkdown html={thread.bodyHtml} className="post__body" />
        <TagList tags={thread.tags} />
        <footer className="post__footer">
          <div className="post__actions">
            {thread.can.edit.allowed ? (
              <Link to={`/t/${thread.id}/edit`}>{t('post.edit')}</Link>
            ) : signedIn ? (
              <AbilityControl ability={thread.can.edit} compact>
                {({ disabled, title, describedBy }) => (
                  <button
                    type="button"
                    className="link-button"
                    disabled={disabled}
                    title={title}
                    aria-describedby={describedBy}
                  >
                    {t('post.edit')}
                  </button>
                )}
              </AbilityControl>
            ) : null}
            {thread.editedAt ? <Link to={`/t/${thread.id}/history`}>{t('post.history')}</Link> : null}
            {thread.can.delete.allowed ? (
              <button
                type="button"
                className="link-button link-button--danger"
                onClick={() => void onDelete()}
              >
                {t('post.delete')}
              </button>
            ) : null}
          </div>
          <div className="post__bylines">
            {thread.editedAt ? (
              <span className="post__edited">
                <RelativeTime value={thread.editedAt} label={EDITED} />
              </span>
            ) : null}
            <AuthorByline author={thread.author} action={postedVerb(thread.kind)} at={thread.createdAt} />
          </div>
        </footer>
        <Comments
          targetId={thread.id}
          comments={thread.comments}
          subject={subject}
          signedIn={signedIn}
          ability={thread.can.comment}
        />
      </div>
    </article>
  );
}

/**
 * `/t/<id>` and old slugs lead to the canonical `/t/<slug>/<id>`: a permanent redirect from the server, a
 * replaced history entry after a link inside the app.
 */
function useCanonicalPath(canonical: string | null): void {
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const wrong = canonical !== null && pathname !== canonical;
  usePermanentRedirect(wrong ? `${canonical}${search}` : null);
  useEffect(() => {
    if (wrong) void navigate(`${canonical}${search}${hash}`, { replace: true });
  }, [wrong, canonical, search, hash, navigate]);
}

export function ThreadPage() {
  const { id = '' } = useParams();
  const { me } = useMe();
  const t = useT();
  const { origin } = useRenderEnvironment();
  // One operation for the page. The view is counted by it (or, for a server-rendered page, by the page
  // request: the cache the page arrived with already answers this query, so nothing is sent).
  const { data, loading, error, refetch } = useQuery(ThreadDocument, {
    variables: { id, signedIn: Boolean(me), countView: true },
  });
  // New answers, comments and edits by others while the page is open (signed-in readers, after hydration).
  const live = useLiveThread(data?.thread?.id ?? id, me?.id ?? null);
  const [reloading, setReloading] = useState(false);
  async function showNew() {
    setReloading(true);
    try {
      await refetch();
      live.reset();
    } finally {
      setReloading(false);
    }
  }
  const found = data?.thread && !data.thread.deleted ? data.thread : null;
  const canonical = found ? threadPath(found) : null;
  useCanonicalPath(canonical);

  if (error) return <ErrorAlert title={t('thread.loadFailed')}>{toFormErrors(error).message}</ErrorAlert>;
  if (loading && !data) return <Status>{t('thread.loading')}</Status>;
  const thread = found;
  if (!thread || !canonical) return <NotFoundPage what="thread" />;

  const answers = thread.answers.edges.map((e) => e.node);
  const answerCount = thread.answers.totalCount;
  const firstOfficialId = answers
    .filter((a) => a.official)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0]?.id;

  return (
    <>
      <PageMeta
        title={thread.title}
        description={summarize(htmlToText(thread.bodyHtml)) || thread.title}
        canonicalPath={canonical}
        type="article"
      />
      <JsonLd data={threadStructuredData(thread, origin, canonical)} />
      <JsonLd
        data={breadcrumbStructuredData(origin, [
          { name: t('nav.home'), path: '/' },
          { name: thread.category.name, path: `/c/${thread.category.slug}` },
          { name: thread.title, path: canonical },
        ])}
      />
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/">{t('nav.home')}</Link>
          </li>
          <li>
            <Link to={`/c/${thread.category.slug}`}>{thread.category.name}</Link>
          </li>
          <li aria-current="page" className="breadcrumbs__current">
            {thread.title}
          </li>
        </ol>
      </nav>
      <header className="thread-header">
        <div className="thread-header__badges">
          <KindBadge kind={thread.kind} />
          <StatusBadge kind={thread.kind} status={thread.status} closed={thread.closed} />
          <IdeaStatusBadge status={thread.ideaStatus} />
          {thread.locked ? <span className="badge badge--locked">{t('status.locked')}</span> : null}
        </div>
        <h1 className="thread-header__title">{thread.title}</h1>
        <p className="thread-header__meta">
          <span>
            <RelativeTime value={thread.createdAt} label={thread.kind === 'QUESTION' ? ASKED : POSTED} />
          </span>
          <span>
            <RelativeTime value={thread.lastActivityAt} label={ACTIVE} />
          </span>
          <span>{t('thread.viewed', { count: thread.viewCount })}</span>
        </p>
        <WatchControl targetType="THREAD" targetId={thread.id} />
      </header>

      <ModerationMenu threadId={thread.id} />
      <QuestionPost thread={thread} signedIn={Boolean(me)} />
      <IdeaStatusPanel idea={thread} />

      <section aria-labelledby="answers-title" className="answers">
        <h2 id="answers-title" className="answers__title">
          {thread.kind === 'IDEA'
            ? t('thread.replyCount', { count: answerCount })
            : t('thread.answerCount', { count: answerCount })}
        </h2>
        {answers.length > 0 ? (
          <ol className="answers__list">
            {answers.map((answer) => (
              <li key={answer.id}>
                <AnswerPost
                  answer={answer}
                  threadId={thread.id}
                  signedIn={Boolean(me)}
                  firstOfficial={answer.id === firstOfficialId}
                  idea={thread.kind === 'IDEA'}
                />
              </li>
            ))}
          </ol>
        ) : null}
        <NewActivityBar
          newAnswers={live.newAnswers}
          otherChanges={live.otherChanges}
          loading={reloading}
          onShow={() => void showNew()}
        />
        {thread.answers.pageInfo.hasNextPage ? (
          <p className="muted">{t('thread.firstAnswersOnly', { count: answers.length })}</p>
        ) : null}
      </section>

      <ThreadCare threadId={thread.id} />
      <AnswerForm thread={thread} signedIn={Boolean(me)} />
      {me && thread.can.answer.allowed ? <InviteToAnswer threadId={thread.id} /> : null}
    </>
  );
}
