// Who may use the care console: one table, consulted by the care and analytics services.
// Staff (employees and admins) speak for the brand and see the queue, customer history and private
// follow-ups. Moderators are not let in: they are often volunteers from the community, and the console
// shows customers' private details (order numbers in follow-ups, rating comments).
import { Role } from '../accounts/account.entity';
import type { AccountEntity } from '../accounts/account.entity';
import { isStaff, requireViewer } from '../accounts/accounts.policy';
import { Viewer } from '../common/context';
import { forbidden } from '../common/errors';

type Actor = Pick<AccountEntity, 'id' | 'role'>;

export const carePolicy = {
  canUseConsole: (actor: Actor | null) => !!actor && isStaff(actor.role),
  canManageTeams: (actor: Actor | null) => !!actor && actor.role === Role.ADMIN,
  /** Both sides of a private follow-up, and staff, may read and reply. */
  canReadConversation: (actor: Actor | null, conversation: { customerId: string }) =>
    !!actor && (actor.id === conversation.customerId || isStaff(actor.role)),
  /** Only the asker rates the help on their own question. */
  canRate: (actor: Actor | null, thread: { authorId: string }) => !!actor && actor.id === thread.authorId,

  /** Throws UNAUTHENTICATED for visitors and FORBIDDEN for everyone but staff. */
  assertStaff(viewer: Viewer | null, action = 'use the care console'): Viewer {
    const v = requireViewer(viewer, action);
    if (!carePolicy.canUseConsole(v.account)) throw forbidden(`Only employees can ${action}.`);
    return v;
  },

  assertAdmin(viewer: Viewer | null, action: string): Viewer {
    const v = requireViewer(viewer, action);
    if (!carePolicy.canManageTeams(v.account)) throw forbidden(`Only admins can ${action}.`);
    return v;
  },
};
