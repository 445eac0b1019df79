// An idea's roadmap status as a small badge (lists, the idea page, the roadmap), and the words for each status.
import type { IdeaStatus } from '../../gql/graphql';
import './ideas.css';

export const IDEA_STATUSES: IdeaStatus[] = ['UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'SHIPPED', 'DECLINED'];

export const IDEA_STATUS_LABELS: Record<IdeaStatus, string> = {
  UNDER_REVIEW: 'Under review',
  PLANNED: 'Planned',
  IN_PROGRESS: 'In progress',
  SHIPPED: 'Shipped',
  DECLINED: 'Declined',
};

export function IdeaStatusBadge({ status }: { status: IdeaStatus | null | undefined }) {
  if (!status) return null;
  return (
    <span className={`badge idea-status idea-status--${status.toLowerCase().replace('_', '-')}`}>
      {IDEA_STATUS_LABELS[status]}
    </span>
  );
}
