// Kind and status of a thread as small labelled badges; tags as links to their pages across categories.
import { Link } from 'react-router';
import type { ThreadKind, ThreadStatus } from '../../gql/graphql';

export const KIND_LABELS: Record<ThreadKind, string> = {
  QUESTION: 'Question',
  DISCUSSION: 'Discussion',
  IDEA: 'Idea',
  ANNOUNCEMENT: 'Announcement',
};

export const STATUS_LABELS: Record<ThreadStatus, string> = {
  OPEN: 'Open',
  ANSWERED: 'Answered',
  SOLVED: 'Solved',
};

export const tagPath = (tag: string) => `/tags/${encodeURIComponent(tag)}`;

export function KindBadge({ kind }: { kind: ThreadKind }) {
  return <span className={`badge badge--kind badge--${kind.toLowerCase()}`}>{KIND_LABELS[kind]}</span>;
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
  if (kind !== 'QUESTION') return null;
  if (closed) return <span className="badge badge--status badge--duplicate">Duplicate</span>;
  return (
    <span className={`badge badge--status badge--${status.toLowerCase()}`}>
      {status === 'SOLVED' ? (
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="badge__icon">
          <path fill="currentColor" d="M8 13.6 4.4 10 3 11.4l5 5 9-9L15.6 6 8 13.6Z" />
        </svg>
      ) : null}
      {STATUS_LABELS[status]}
    </span>
  );
}

export function TagList({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label="Tags">
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
