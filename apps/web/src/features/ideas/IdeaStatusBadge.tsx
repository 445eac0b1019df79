// An idea's roadmap status as a small badge (lists, the idea page, the roadmap), and the words for each status.
import type { IdeaStatus } from '../../gql/graphql';
import { useT, type MessageId } from '../../i18n/I18n';

export const IDEA_STATUSES: IdeaStatus[] = ['UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'SHIPPED', 'DECLINED'];

export const IDEA_STATUS_LABELS: Record<IdeaStatus, MessageId> = {
  UNDER_REVIEW: 'ideas.status.underReview',
  PLANNED: 'ideas.status.planned',
  IN_PROGRESS: 'ideas.status.inProgress',
  SHIPPED: 'ideas.status.shipped',
  DECLINED: 'ideas.status.declined',
};

export function IdeaStatusBadge({ status }: { status: IdeaStatus | null | undefined }) {
  const t = useT();
  if (!status) return null;
  return (
    <span className={`badge idea-status idea-status--${status.toLowerCase().replace('_', '-')}`}>
      {t(IDEA_STATUS_LABELS[status])}
    </span>
  );
}
