// Accounts: roles are changed by admins; an email is seen by its owner and admins.
import type { AccountEntity } from '../accounts/account.entity';
import { Ability, all, allow, deny } from './ability';
import type { Guardian } from './guardian';
import { isStaffRole } from './roles';
import { msg } from '../i18n/translate';

export class AccountsGuardian {
  constructor(private readonly g: Guardian) {}

  canSetRole(): Ability {
    return all(
      () => this.g.active('change roles'),
      () => (this.g.isAdmin ? allow() : deny(msg('reasons.onlyAdminsChangeRoles'))),
    );
  }

  /** Seeing and changing how one signs in (linked identities): from a browser session, never an API token. */
  canManageSignIn(): Ability {
    return all(
      () => this.g.signedIn('manage how you sign in'),
      () => (this.g.viewer?.sessionId ? allow() : deny(msg('reasons.signInMethodsBrowserOnly'))),
    );
  }

  /** Employees and admins speak for the brand: their posts carry the official mark. */
  isOfficial(subject: Pick<AccountEntity, 'role'>): boolean {
    return isStaffRole(subject.role);
  }

  canSeeEmail(subject: Pick<AccountEntity, 'id'>): boolean {
    return this.g.is(subject.id) || this.g.isAdmin;
  }

  /** Admins' global ability: roles, categories, teams, signing keys, the search index. */
  canAdminister(): Ability {
    return all(
      () => this.g.active('administer the community'),
      () => (this.g.isAdmin ? allow() : deny(msg('reasons.onlyAdminsAdminister'))),
    );
  }
}
