// Who may do what with accounts; services consult this, the table is testable on its own.
import { Viewer } from '../common/context';
import { forbidden, unauthenticated } from '../common/errors';
import { AccountEntity, Role } from './account.entity';

export const STAFF_ROLES: ReadonlySet<Role> = new Set([Role.EMPLOYEE, Role.ADMIN]);

/** Employees and admins speak for the brand: their answers are official. */
export const isStaff = (role: Role) => STAFF_ROLES.has(role);

/** Moderators and admins keep the place clean. */
export const isModerator = (role: Role) => role === Role.MODERATOR || role === Role.ADMIN;

export function requireViewer(viewer: Viewer | null, action = 'do this'): Viewer {
  if (!viewer) throw unauthenticated(`Sign in to ${action}.`);
  return viewer;
}

export const accountsPolicy = {
  canSetRole: (actor: AccountEntity) => actor.role === Role.ADMIN,
  canSeeEmail: (actor: AccountEntity | null, subject: { id: string }) =>
    !!actor && (actor.id === subject.id || actor.role === Role.ADMIN),

  assertCanSetRole(viewer: Viewer | null): Viewer {
    const v = requireViewer(viewer, 'change roles');
    if (!this.canSetRole(v.account)) throw forbidden('Only admins can change roles.');
    return v;
  },
};
