// Who may do what with accounts; services consult this, the table is testable on its own.
import { formatForPeople } from '@community/domain';
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

/** A suspended account cannot post (ask, answer, comment, vote, flag) until its suspension ends. */
export function isSuspended(account: Pick<AccountEntity, 'suspendedUntil'>, now = new Date()): boolean {
  return !!account.suspendedUntil && account.suspendedUntil > now;
}

/** The signed-in viewer, refused with FORBIDDEN (saying until when and why) while suspended. */
export function requireActive(viewer: Viewer | null, action = 'do this'): Viewer {
  const v = requireViewer(viewer, action);
  const { suspendedUntil, suspensionReason } = v.account;
  if (suspendedUntil && isSuspended(v.account)) {
    throw forbidden(
      `Your account is suspended until ${formatForPeople(suspendedUntil)}: ${suspensionReason ?? 'no reason given'}`,
      { suspendedUntil: suspendedUntil.toISOString() },
    );
  }
  return v;
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
