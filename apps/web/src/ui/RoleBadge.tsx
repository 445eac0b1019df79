// Marks staff and moderators wherever a name appears; members carry no badge.
import type { Role } from '../gql/graphql';
import { useT, type MessageId } from '../i18n/I18n';

const LABELS: Partial<Record<Role, MessageId>> = {
  ADMIN: 'ui.role.admin',
  EMPLOYEE: 'ui.role.staff',
  MODERATOR: 'ui.role.moderator',
};

export function RoleBadge({ role }: { role: Role }) {
  const t = useT();
  const label = LABELS[role];
  if (!label) return null;
  return <span className={`badge badge--role badge--${role.toLowerCase()}`}>{t(label)}</span>;
}
