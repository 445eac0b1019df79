// Who may see search analytics and manage the index; the service consults this.
import { Role } from '../accounts/account.entity';
import { isModerator, isStaff, requireViewer } from '../accounts/accounts.policy';
import { Viewer } from '../common/context';
import { forbidden } from '../common/errors';

export const searchPolicy = {
  canSeeAnalytics: (role: Role) => isStaff(role) || isModerator(role),
  canManageIndex: (role: Role) => role === Role.ADMIN,

  assertCanSeeAnalytics(viewer: Viewer | null): Viewer {
    const v = requireViewer(viewer, 'see search analytics');
    if (!this.canSeeAnalytics(v.account.role)) throw forbidden('Only staff can see search analytics.');
    return v;
  },

  assertCanManageIndex(viewer: Viewer | null): Viewer {
    const v = requireViewer(viewer, 'manage the search index');
    if (!this.canManageIndex(v.account.role)) throw forbidden('Only admins can manage the search index.');
    return v;
  },
};
