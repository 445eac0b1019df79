// Kind and status of a thread as small labelled badges; tags as links to their pages across categories.
import { Link } from 'react-router';
import type { ThreadKind, ThreadStatus } from '../../gql/graphql';
import { useT, type MessageId } from '../../i18n/I18n';

/** Each kind's label in the catalogs. */
export const KIND_LABELS: Record<ThreadKind, MessageId> = {
  QUESTION: 'kind.question',
  DISCUSSION: 'kind.discussion',
  IDEA: 'kind.idea',
  ANNOUNCEMENT: 'kind.announcement',
};

/** Each status's label in the catalogs. */
export const STATUS_LABELS: Record<ThreadStatus, MessageId> = {
  OPEN: 'status.open',
  ANSWERED: 'status.answered',
  SOLVED: 'status.solved',
};

export const tagPath = (tag: string) => `/tags/${encodeURIComponent(tag)}`;

export function KindBadge({ kind }: { kind: ThreadKind }) {
  const t = useT();
  return <span className={`badge badge--kind badge--${kind.toLowerCase()}`}>{t(KIND_LABELS[kind])}</span>;
}

/**
 * Open, answered or solved — for questions only: a reply to a discussion or an idea answers nothing. A question
 * closed as a duplicate says so instead.
 */
export function StatusBadge({
  kind,
  status,
  closed = false,
}: {
  kind: ThreadKind;
  status: ThreadStatus;
  closed?: boolean;
}) {
  const t = useT();
  if (kind !== 'QUESTION') return null;
  if (closed) return <span className="badge badge--status badge--duplicate">{t('status.duplicate')}</span>;
  return (
    <span className={`badge badge--status badge--${status.toLowerCase()}`}>
      {status === 'SOLVED' ? (
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="badge__icon">
          <path fill="currentColor" d="M8 13.6 4.4 10 3 11.4l5 5 9-9L15.6 6 8 13.6Z" />
        </svg>
      ) : null}
      {t(STATUS_LABELS[status])}
    </span>
  );
}

export function TagList({ tags }: { tags: readonly string[] }) {
  const t = useT();
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={t('thread.tags')}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link to={tagPath(tag)} className="tag">
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
