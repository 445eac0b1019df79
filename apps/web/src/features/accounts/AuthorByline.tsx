// Who wrote a post: name linking to the profile, reputation, role badge and, for staff, their job title.
import { Link } from 'react-router';
import type { AuthorFieldsFragment } from '../../gql/graphql';
import { useIntl, useT, type MessageId } from '../../i18n/I18n';
import { RelativeTime } from '../../ui/RelativeTime';
import { RoleBadge } from '../../ui/RoleBadge';

export function profilePath(handle: string): string {
  return `/u/${encodeURIComponent(handle)}`;
}

export function AuthorLink({ author }: { author: Pick<AuthorFieldsFragment, 'handle' | 'displayName'> }) {
  return (
    <Link to={profilePath(author.handle)} className="author-link">
      {author.displayName}
    </Link>
  );
}

interface AuthorBylineProps {
  author: AuthorFieldsFragment;
  /** What the author did, worded around the time: `time.asked`, `time.answered`, `time.commented`. */
  action?: MessageId;
  at?: string;
  compact?: boolean;
}

export function AuthorByline({ author, action, at, compact = false }: AuthorBylineProps) {
  const staff = author.official;
  const t = useT();
  const intl = useIntl();
  return (
    <div className={compact ? 'byline byline--compact' : 'byline'}>
      {compact ? null : (
        <span className="byline__avatar" aria-hidden="true">
          {author.displayName.charAt(0)}
        </span>
      )}
      <span className="byline__text">
        <span className="byline__who">
          <AuthorLink author={author} />
          <RoleBadge role={author.role} />
          <span className="byline__reputation" title={t('author.reputation')}>
            {intl.formatNumber(author.reputation)}
            <span className="visually-hidden">{t('nav.reputationSuffix')}</span>
          </span>
        </span>
        {staff && author.jobTitle && !compact ? <span className="byline__job">{author.jobTitle}</span> : null}
        {at ? (
          <span className="byline__when">
            {action ? <RelativeTime value={at} label={action} /> : <RelativeTime value={at} />}
          </span>
        ) : null}
      </span>
    </div>
  );
}
