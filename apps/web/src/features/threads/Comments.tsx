// Comments under a question or an answer, and the form to add one.
import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { toFormErrors, type FormErrors } from '../../app/errors';
import type { CommentFieldsFragment } from '../../gql/graphql';
import { Message, useT } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { RenderedMarkdown } from '../../ui/RenderedMarkdown';
import { RoleBadge } from '../../ui/RoleBadge';
import { TextAreaField } from '../../ui/TextAreaField';
import { AuthorLink } from '../accounts/AuthorByline';
import { OfficialMark } from '../announcements/OfficialMark';
import { AbilityControl, type AbilityView } from '../abilities/Ability';
import { PostTools } from '../moderation/PostTools';
import { PostCommentDocument } from './threads.documents';

interface CommentsProps {
  /** The thread or answer the comments belong to. */
  targetId: string;
  comments: readonly CommentFieldsFragment[];
  /** What they are under, for accessible names: "question", "idea", "post", "answer" or "reply". */
  subject: string;
  signedIn: boolean;
  /** Whether the viewer may comment here (the API's `can.comment`); refused, the link is disabled with why. */
  ability: AbilityView;
}

export function Comments({ targetId, comments, subject, signedIn, ability }: CommentsProps) {
  const headingId = useId();
  const t = useT();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [postComment, { loading }] = useMutation(PostCommentDocument, {
    // The thread page's query, with the variables it was sent with.
    refetchQueries: ['Thread'],
    awaitRefetchQueries: true,
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(null);
    try {
      await postComment({ variables: { input: { targetId, body } } });
      setBody('');
      setOpen(false);
      openerRef.current?.focus();
    } catch (e) {
      setErrors(toFormErrors(e));
    }
  }

  // The question's comments come before any h2 on the page; an answer's sit under the "N Answers" h2.
  const Heading = subject === 'answer' || subject === 'reply' ? 'h3' : 'h2';
  return (
    <section className="comments" aria-labelledby={headingId}>
      <Heading id={headingId} className="visually-hidden">
        {t('comments.heading', { subject })}
      </Heading>
      {comments.length > 0 ? (
        <ul className="comments__list">
          {comments.map((comment) => (
            <li key={comment.id} className="comment">
              <RenderedMarkdown html={comment.bodyHtml} className="comment__body" />
              <span className="comment__meta">
                <Message
                  id="comments.meta"
                  values={{
                    author: (
                      <>
                        <AuthorLink author={comment.author} />
                        <RoleBadge role={comment.author.role} />
                        <OfficialMark author={comment.author} />
                      </>
                    ),
                    time: <RelativeTime value={comment.createdAt} />,
                    tools: (
                      <PostTools
                        targetId={comment.id}
                        hidden={comment.hidden}
                        subject="comment"
                        can={comment.can}
                      />
                    ),
                  }}
                />
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {!signedIn ? null : open ? (
        <form className="comment-form" onSubmit={(e) => void onSubmit(e)} noValidate>
          {errors ? <ErrorAlert>{errors.message}</ErrorAlert> : null}
          <TextAreaField
            label={t('comments.label', { subject })}
            name="body"
            rows={3}
            value={body}
            autoFocus
            onChange={(e) => setBody(e.target.value)}
            error={errors?.fields.body}
          />
          <div className="comment-form__actions">
            <Button type="submit" busy={loading}>
              {t(loading ? 'comments.posting' : 'comments.post')}
            </Button>
            <Button
              variant="quiet"
              onClick={() => {
                setOpen(false);
                setErrors(null);
              }}
            >
              {t('comments.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <AbilityControl ability={ability} compact>
          {({ disabled, title, describedBy }) => (
            <button
              ref={openerRef}
              type="button"
              className="link-button comments__add"
              onClick={() => setOpen(true)}
              disabled={disabled}
              title={title}
              aria-describedby={describedBy}
            >
              {t('comments.add')}
            </button>
          )}
        </AbilityControl>
      )}
    </section>
  );
}
