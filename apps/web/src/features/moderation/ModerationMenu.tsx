// On the thread page: the duplicate notice and hidden/pinned state for everyone who can see them, a flag button
// for members, and the moderators' tools (each action asks for the reason the audit log keeps).
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { ThreadModerationQuery } from '../../gql/graphql';
import { Message, useT, type MessageId } from '../../i18n/I18n';
import { Button } from '../../ui/Button';
import { useMe } from '../accounts/useMe';
import { CategoriesDocument } from '../categories/categories.documents';
import { FlagButton } from './FlagButton';
import {
  CloseAsDuplicateDocument,
  EditTagsDocument,
  FeatureThreadDocument,
  HidePostDocument,
  LockThreadDocument,
  MoveThreadDocument,
  PinThreadDocument,
  RestorePostDocument,
  ThreadModerationDocument,
  UnfeatureThreadDocument,
  UnlockThreadDocument,
  UnpinThreadDocument,
} from './moderation.documents';
import { useFormatDate } from './useFormatDate';
import { useModeration } from './useModeration';
import './moderation.css';

type Thread = NonNullable<ThreadModerationQuery['thread']>;
type ActionName =
  | 'hide'
  | 'restore'
  | 'lock'
  | 'unlock'
  | 'duplicate'
  | 'move'
  | 'tags'
  | 'pin'
  | 'unpin'
  | 'feature'
  | 'unfeature';

const LABELS: Record<ActionName, MessageId> = {
  hide: 'moderation.tool.hide',
  restore: 'moderation.tool.restore',
  lock: 'moderation.tool.lock',
  unlock: 'moderation.tool.unlock',
  duplicate: 'moderation.tool.duplicate',
  move: 'moderation.tool.move',
  tags: 'moderation.tool.tags',
  pin: 'moderation.tool.pin',
  unpin: 'moderation.tool.unpin',
  feature: 'moderation.tool.feature',
  unfeature: 'moderation.tool.unfeature',
};

function actionsFor(t: Thread): ActionName[] {
  return [
    t.hidden ? 'restore' : 'hide',
    t.locked ? 'unlock' : 'lock',
    ...(t.closed ? [] : (['duplicate'] as const)),
    'move',
    'tags',
    t.pinnedUntil ? 'unpin' : 'pin',
    t.featured ? 'unfeature' : 'feature',
  ];
}

/** Accepts a thread link (…/t/<id>) or a bare id. */
function threadIdFrom(text: string): string {
  const match = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.exec(text);
  return match ? match[0] : text.trim();
}

/** Notices anyone sees: closed as a duplicate (with the link), hidden, pinned, featured. */
export function ThreadNotices({ thread }: { thread: Thread }) {
  const t = useT();
  const formatDate = useFormatDate();
  const duplicateOf = thread.duplicateOf;
  return (
    <>
      {duplicateOf ? (
        <div className="duplicate-notice" role="note">
          <Message
            id="moderation.notice.duplicate"
            values={{
              title: duplicateOf.title,
              strong: (chunks) => <strong>{chunks}</strong>,
              link: (chunks) => <Link to={`/t/${duplicateOf.id}`}>{chunks}</Link>,
            }}
          />
        </div>
      ) : null}
      {thread.kind === 'ANNOUNCEMENT' ? (
        <div className="mod-notice" role="note">
          <Message
            id="moderation.notice.announcement"
            values={{ link: (chunks) => <Link to={`/announcements/${thread.id}`}>{chunks}</Link> }}
          />
        </div>
      ) : null}
      {thread.hidden ? (
        <div className="mod-notice mod-notice--hidden" role="note">
          {t('moderation.notice.hidden')}
        </div>
      ) : null}
      {thread.pinnedUntil || thread.featured ? (
        <p className="mod-pills">
          {thread.featured ? <span className="badge badge--featured">{t('moderation.featured')}</span> : null}
          {thread.pinnedUntil ? (
            <span className="badge badge--pinned">
              {t('moderation.pinnedUntil', {
                date: formatDate(thread.pinnedUntil, { dateStyle: 'medium' }),
              })}
            </span>
          ) : null}
        </p>
      ) : null}
    </>
  );
}

function ModeratorTools({ thread }: { thread: Thread }) {
  const t = useT();
  const available = actionsFor(thread);
  const [action, setAction] = useState<ActionName>(available[0]);
  const chosen = available.includes(action) ? action : available[0];
  const moderation = useModeration();
  const categories = useQuery(CategoriesDocument, { skip: chosen !== 'move' });
  const [hide] = useMutation(HidePostDocument);
  const [restore] = useMutation(RestorePostDocument);
  const [lock] = useMutation(LockThreadDocument);
  const [unlock] = useMutation(UnlockThreadDocument);
  const [close] = useMutation(CloseAsDuplicateDocument);
  const [move] = useMutation(MoveThreadDocument);
  const [tags] = useMutation(EditTagsDocument);
  const [pin] = useMutation(PinThreadDocument);
  const [unpin] = useMutation(UnpinThreadDocument);
  const [feature] = useMutation(FeatureThreadDocument);
  const [unfeature] = useMutation(UnfeatureThreadDocument);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const reason = String(form.get('reason') ?? '');
    const threadId = thread.id;
    const base = { threadId, reason };
    const run: Record<ActionName, () => Promise<unknown>> = {
      hide: () => hide({ variables: { input: { targetId: threadId, reason } } }),
      restore: () => restore({ variables: { input: { targetId: threadId, reason } } }),
      lock: () => lock({ variables: { input: base } }),
      unlock: () => unlock({ variables: { input: base } }),
      duplicate: () =>
        close({
          variables: {
            input: {
              ...base,
              duplicateOfId: threadIdFrom(String(form.get('original') ?? '')),
              mergeAnswers: form.get('merge') === 'on',
            },
          },
        }),
      move: () => move({ variables: { input: { ...base, categoryId: String(form.get('categoryId')) } } }),
      tags: () =>
        tags({
          variables: {
            input: {
              ...base,
              tags: String(form.get('tags') ?? '')
                .split(/[,\s]+/)
                .filter(Boolean),
            },
          },
        }),
      pin: () =>
        pin({ variables: { input: { ...base, until: new Date(String(form.get('until'))).toISOString() } } }),
      unpin: () => unpin({ variables: { input: base } }),
      feature: () => feature({ variables: { input: base } }),
      unfeature: () => unfeature({ variables: { input: base } }),
    };
    if (await moderation.run(run[chosen])) formElement.reset();
  }

  return (
    <details className="mod-menu">
      <summary>{t('moderation.tools.summary')}</summary>
      <form className="mod-form" onSubmit={(e) => void onSubmit(e)} aria-label={t('moderation.tools.form')}>
        <label>
          {t('moderation.tools.action')}
          <select name="action" value={chosen} onChange={(e) => setAction(e.target.value as ActionName)}>
            {available.map((a) => (
              <option key={a} value={a}>
                {t(LABELS[a])}
              </option>
            ))}
          </select>
        </label>
        {chosen === 'duplicate' ? (
          <>
            <label>
              {t('moderation.tools.original')}
              <input name="original" required placeholder={t('moderation.tools.originalPlaceholder')} />
            </label>
            <label className="mod-form__check">
              <input type="checkbox" name="merge" />
              {t('moderation.tools.merge')}
            </label>
          </>
        ) : null}
        {chosen === 'move' ? (
          <label>
            {t('moderation.tools.category')}
            <select name="categoryId" defaultValue={thread.category.id}>
              {categories.data?.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {chosen === 'tags' ? (
          <label>
            {t('moderation.tools.tags')}
            <input name="tags" defaultValue={thread.tags.join(', ')} />
          </label>
        ) : null}
        {chosen === 'pin' ? (
          <label>
            {t('moderation.tools.pinnedUntil')}
            <input name="until" type="date" required />
          </label>
        ) : null}
        <label className="mod-form__reason">
          {t('moderation.reason')}
          <input name="reason" required maxLength={1000} placeholder={t('moderation.reasonPlaceholder')} />
        </label>
        <Button type="submit" variant="secondary" className="button--small" busy={moderation.busy}>
          {t('moderation.tools.apply')}
        </Button>
        {moderation.error ? (
          <p className="mod-form__error" role="alert">
            {moderation.error}
          </p>
        ) : null}
      </form>
    </details>
  );
}

export function ModerationMenu({ threadId }: { threadId: string }) {
  const { me } = useMe();
  const { data } = useQuery(ThreadModerationDocument, { variables: { id: threadId } });
  const thread = data?.thread;
  if (!thread) return null;
  return (
    <div className="thread-moderation">
      <ThreadNotices thread={thread} />
      {me ? (
        <div className="thread-moderation__tools">
          <FlagButton targetId={thread.id} subject="thread" ability={thread.can.flag} />
          {thread.can.moderate.allowed ? <ModeratorTools thread={thread} /> : null}
        </div>
      ) : null}
    </div>
  );
}
