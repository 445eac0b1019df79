// Rows of threads, as on the home and category pages: stats, title, badges, tags, author and time.
import { Link } from 'react-router';
import { threadPath as canonicalThreadPath } from '../../../../../libs/domain/src/slug';
import type { ThreadKind, ThreadSummaryFieldsFragment } from '../../gql/graphql';
import { useIntl, useT, type MessageId } from '../../i18n/I18n';
import { RelativeTime } from '../../ui/RelativeTime';
import { DOT, SPACE } from '../../ui/typography';
import { AuthorLink } from '../accounts/AuthorByline';
import { IdeaStatusBadge } from '../ideas/IdeaStatusBadge';
import { KindBadge, StatusBadge, TagList } from './ThreadBadges';

/** A thread's canonical path when its title is known; `/t/<id>` otherwise (the page then redirects). */
export function threadPath(id: string, title?: string): string {
  return title === undefined ? `/t/${encodeURIComponent(id)}` : canonicalThreadPath({ id, title });
}

/** How a thread's start is worded around its time: "asked {time}" for questions, "posted {time}" otherwise. */
export function postedVerb(kind: ThreadKind): 'time.asked' | 'time.posted' {
  return kind === 'QUESTION' ? 'time.asked' : 'time.posted';
}

function Stat({ value, labelId, highlight }: { value: number; labelId: MessageId; highlight?: boolean }) {
  const t = useT();
  const intl = useIntl();
  return (
    <span className={highlight ? 'thread-row__stat thread-row__stat--highlight' : 'thread-row__stat'}>
      <span className="thread-row__stat-value">{intl.formatNumber(value)}</span>
      {SPACE}
      <span className="thread-row__stat-label">{t(labelId, { count: value })}</span>
    </span>
  );
}

export function ThreadRow({
  thread,
  showCategory = false,
}: {
  thread: ThreadSummaryFieldsFragment;
  showCategory?: boolean;
}) {
  return (
    <article className="thread-row">
      <div className="thread-row__stats">
        <Stat value={thread.score} labelId="thread.stat.votes" />
        <Stat
          value={thread.answerCount}
          labelId="thread.stat.answers"
          highlight={thread.status === 'SOLVED' || thread.answerCount > 0}
        />
        <Stat value={thread.viewCount} labelId="thread.stat.views" />
      </div>
      <div className="thread-row__main">
        <h3 className="thread-row__title">
          <Link to={threadPath(thread.id, thread.title)}>{thread.title}</Link>
        </h3>
        <div className="thread-row__badges">
          <KindBadge kind={thread.kind} />
          <StatusBadge kind={thread.kind} status={thread.status} closed={thread.closed} />
          <IdeaStatusBadge status={thread.ideaStatus} />
          {showCategory ? (
            <Link to={`/c/${thread.category.slug}`} className="thread-row__category">
              {thread.category.name}
            </Link>
          ) : null}
        </div>
        <TagList tags={thread.tags} />
        <p className="thread-row__meta">
          <AuthorLink author={thread.author} />
          {SPACE}
          <RelativeTime value={thread.createdAt} labelId={postedVerb(thread.kind)} />
          {thread.lastActivityAt !== thread.createdAt ? (
            <>
              {DOT}
              <RelativeTime value={thread.lastActivityAt} labelId="time.active" />
            </>
          ) : null}
        </p>
      </div>
    </article>
  );
}

export function ThreadList({
  threads,
  showCategory = false,
  label,
}: {
  threads: readonly ThreadSummaryFieldsFragment[];
  showCategory?: boolean;
  label?: string;
}) {
  return (
    <ul className="thread-list" aria-label={label}>
      {threads.map((thread) => (
        <li key={thread.id}>
          <ThreadRow thread={thread} showCategory={showCategory} />
        </li>
      ))}
    </ul>
  );
}
