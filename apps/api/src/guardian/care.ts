// The care console belongs to staff (employees and admins). Moderators are not let in: they are often
// volunteers from the community, and the console shows customers' private details (order numbers in
// follow-ups, rating comments). Teams and routing are admins'. Only the asker rates the help.
import type { AccountEntity } from '../accounts/account.entity';
import { ThreadKind, ThreadStatus } from '../threads/thread.entity';
import type { ThreadEntity } from '../threads/thread.entity';
import { ErrorCode } from '../common/errors';
import { actionMsg, type GuardedAction } from './actions';
import { Ability, all, allow, deny } from './ability';
import type { Guardian } from './guardian';
import { isStaffRole } from './roles';
import { msg } from '../i18n/translate';

export class CareGuardian {
  constructor(private readonly g: Guardian) {}

  /** The queue, assignment, saved replies, private follow-ups, customer history, analytics. */
  canUseConsole(action: GuardedAction = 'use the care console'): Ability {
    return all(
      () => this.g.active(action),
      () => (this.g.isStaff ? allow() : deny(msg('reasons.onlyEmployeesCan', { action: actionMsg(action) }))),
    );
  }

  /** Care details on public things (assignee, team, sentiment) show to staff only. */
  get seesCareDetails(): boolean {
    return this.g.isStaff && !this.g.isSuspended;
  }

  canManageTeams(action: GuardedAction = 'manage teams'): Ability {
    return all(
      () => this.g.active(action),
      () => (this.g.isAdmin ? allow() : deny(msg('reasons.onlyAdminsCan', { action: actionMsg(action) }))),
    );
  }

  /** Both sides of a private follow-up, and staff, may read it. */
  canReadConversation(conversation: { customerId: string }): boolean {
    return !!this.g.account && (this.g.is(conversation.customerId) || this.g.isStaff);
  }

  /** Replying: the customer or staff, while their account is active. */
  canReply(conversation: { customerId: string }): Ability {
    return all(
      () => this.g.active('reply'),
      () =>
        this.canReadConversation(conversation)
          ? allow()
          : deny(msg('errors.notFound.conversation'), ErrorCode.NOT_FOUND),
    );
  }

  /** The asker's rating shows to the asker and staff. */
  canSeeRating(thread: Pick<ThreadEntity, 'authorId'>): boolean {
    return this.g.is(thread.authorId) || this.g.isStaff;
  }

  /** The asker rates the help once their question is solved (whether already rated is the service's to say). */
  canRate(
    thread: Pick<ThreadEntity, 'authorId' | 'kind' | 'status' | 'deletedAt'>,
    facts: { alreadyRated?: boolean } = {},
  ): Ability {
    return all(
      () => this.g.active('rate the help'),
      () => (this.g.is(thread.authorId) ? allow() : deny(msg('reasons.onlyAskerRates'))),
      () =>
        thread.kind === ThreadKind.QUESTION && thread.status === ThreadStatus.SOLVED && !thread.deletedAt
          ? allow()
          : deny(msg('reasons.rateWhenSolved')),
      () => (facts.alreadyRated ? deny(msg('reasons.alreadyRated')) : allow()),
    );
  }

  /** Who may be assigned threads and join care teams: staff (a fact about that account's role). */
  canWorkCases(account: Pick<AccountEntity, 'role'>): boolean {
    return isStaffRole(account.role);
  }
}
