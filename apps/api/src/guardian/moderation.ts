// Moderation: the flag queue, the audit log and every moderation action belong to active moderators and
// admins; moderators suspend members, admins anyone but themselves.
import { Role } from '../accounts/account.entity';
import type { AccountEntity } from '../accounts/account.entity';
import { Ability, all, allow, deny } from './ability';
import type { Guardian } from './guardian';
import { msg } from '../i18n/translate';

export class ModerationGuardian {
  constructor(private readonly g: Guardian) {}

  /** Hide/restore, lock, close, merge, move, retag, pin, feature, resolve flags; reading the queue and log. */
  canModerate(): Ability {
    return all(
      () => this.g.active('moderate'),
      () => (this.g.isModerator ? allow() : deny(msg('reasons.onlyModerators'))),
    );
  }

  canSuspend(subject: Pick<AccountEntity, 'id' | 'role'>): Ability {
    return all(
      () => this.canModerate(),
      () =>
        !this.g.is(subject.id) && (this.g.isAdmin || subject.role === Role.MEMBER)
          ? allow()
          : deny(msg('reasons.suspendMembersOnly')),
    );
  }

  /** Whether the viewer sees an account's suspension: the account itself and moderators. */
  canSeeSuspension(subject: Pick<AccountEntity, 'id'>): boolean {
    return this.g.is(subject.id) || this.g.isModerator;
  }
}
