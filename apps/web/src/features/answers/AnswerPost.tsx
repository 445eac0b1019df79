// One answer on the thread page: votes, accepted mark, official badge, body, actions and comments.
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import type { AnswerFieldsFragment } from '../../gql/graphql';
import { useT, type MessageId } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { RenderedMarkdown } from '../../ui/RenderedMarkdown';
import { VoteButtons } from '../../ui/VoteButtons';
import { AbilityControl } from '../abilities/Ability';
import { AuthorByline } from '../accounts/AuthorByline';
import { PostTools } from '../moderation/PostTools';
import { Comments } from '../threads/Comments';
import { usePostAction } from '../threads/usePostAction';
import { useVote } from '../threads/useVote';
import { AcceptAnswerDocument, DeleteAnswerDocument, UnacceptAnswerDocument } from './answers.documents';

// The words around a time are message ids (RelativeTime words them in the page's language).
const EDITED: MessageId = 'time.edited';

export function answerEditPath(answerId: string, threadId: string): string {
  return `/a/${encodeURIComponent(answerId)}/edit?thread=${encodeURIComponent(threadId)}`;
}

function CheckIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="accepted-mark__icon">
      <path fill="currentColor" d="M8 13.6 4.4 10 3 11.4l5 5 9-9L15.6 6 8 13.6Z" />
    </svg>
  );
}

interface AnswerPostProps {
  answer: AnswerFieldsFragment;
  threadId: string;
  signedIn: boolean;
  /** The earliest official answer: marked as the brand's first reply. */
  firstOfficial?: boolean;
  /** Under an idea, answers are replies and say so. */
  idea?: boolean;
}

export function AnswerPost({
  answer,
  threadId,
  signedIn,
  firstOfficial = false,
  idea = false,
}: AnswerPostProps) {
  const action = usePostAction();
  const t = useT();
  const vote = useVote({ __typename: 'Answer', id: answer.id });
  // Accepting reorders the answers and changes the thread's status: refetch the page's query.
  const refetch = {
    refetchQueries: ['Thread'],
    awaitRefetchQueries: true,
  };
  const [accept] = useMutation(AcceptAnswerDocument, refetch);
  const [unaccept] = useMutation(UnacceptAnswerDocument, refetch);
  const [deleteAnswer] = useMutation(DeleteAnswerDocument, refetch);

  function onDelete() {
    if (!window.confirm(t(idea ? 'answer.confirmDeleteReply' : 'answer.confirmDelete'))) return;
    void action.run('delete', () => deleteAnswer({ variables: { input: { answerId: answer.id } } }));
  }

  const classes = [
    'post',
    'post--answer',
    answer.accepted ? 'post--accepted' : null,
    answer.official ? 'post--official' : null,
  ];

  return (
    <article
      id={`answer-${answer.id}`}
      className={classes.filter(Boolean).join(' ')}
      aria-label={t(idea ? 'answer.replyBy' : 'answer.by', { name: answer.author.displayName })}
    >
      <div className="post__side">
        <VoteButtons
          score={answer.score}
          viewerVote={answer.viewerVote}
          subject="answer"
          busy={action.busy === 'vote'}
          onVote={(value) => void action.run('vote', () => vote(value))}
          ability={answer.can.vote}
        />
        {answer.accepted ? (
          <p className="accepted-mark" title={t('answer.acceptedTitle')}>
            <CheckIcon />
            {t('answer.accepted')}
          </p>
        ) : null}
      </div>
      <div className="post__main">
        {answer.official ? (
          <p className="official-banner">
            <span className="badge badge--official">{t('answer.official')}</span>
            {t(firstOfficial ? 'answer.firstOfficialFrom' : 'answer.officialFrom', {
              who: answer.author.jobTitle
                ? t('answer.nameWithTitle', {
                    name: answer.author.displayName,
                    jobTitle: answer.author.jobTitle,
                  })
                : answer.author.displayName,
            })}
          </p>
        ) : null}
        {action.error ? <ErrorAlert>{action.error}</ErrorAlert> : null}
        <RenderedMarkdown html={answer.bodyHtml} className="post__body" />
        <footer className="post__footer">
          <div className="post__actions">
            {answer.can.accept.allowed && !answer.accepted ? (
              <Button
                variant="secondary"
                className="button--small button--accept"
                busy={action.busy === 'accept'}
                onClick={() =>
                  void action.run('accept', () => accept({ variables: { answerId: answer.id } }))
                }
              >
                <CheckIcon />
                {t('answer.accept')}
              </Button>
            ) : null}
            {answer.can.accept.allowed && answer.accepted ? (
              <Button
                variant="secondary"
                className="button--small"
                busy={action.busy === 'accept'}
                onClick={() =>
                  void action.run('accept', () => unaccept({ variables: { answerId: answer.id } }))
                }
              >
                {t('answer.unaccept')}
              </Button>
            ) : null}
            {answer.can.edit.allowed ? (
              <Link to={answerEditPath(answer.id, threadId)}>{t('post.edit')}</Link>
            ) : signedIn ? (
              <AbilityControl ability={answer.can.edit} compact>
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
            {answer.can.delete.allowed ? (
              <button type="button" className="link-button link-button--danger" onClick={onDelete}>
                {t('post.delete')}
              </button>
            ) : null}
            <PostTools targetId={answer.id} hidden={answer.hidden} subject="answer" can={answer.can} />
          </div>
          <div className="post__bylines">
            {answer.editedAt ? (
              <span className="post__edited">
                <Link to={answerEditPath(answer.id, threadId)} className="post__edited-link">
                  <RelativeTime value={answer.editedAt} label={EDITED} />
                </Link>
              </span>
            ) : null}
            <AuthorByline author={answer.author} action="time.answered" at={answer.createdAt} />
          </div>
        </footer>
        <Comments
          targetId={answer.id}
          comments={answer.comments}
          subject={idea ? 'reply' : 'answer'}
          signedIn={signedIn}
          ability={answer.can.comment}
        />
      </div>
    </article>
  );
}
