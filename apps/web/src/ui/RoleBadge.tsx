// Marks staff and moderators wherever a name appears; members carry no badge.
import type { Role } from '../gql/graphql';

const LABELS: Partial<Record<Role, string>> = {
  ADMIN: 'Admin',
  EMPLOYEE: 'Staff',
  MODERATOR: 'Moderator',
};

export function RoleBadge({ role }: { role: Role }) {
  const label = LABELS[role];
  if (!label) return null;
  return <span className={`badge badge--role badge--${role.toLowerCase()}`}>{label}</span>;
}
