// The admin console (/admin): the community's settings, its limits and looking people up are admins' alone.
import { actionMsg, type GuardedAction } from './actions';
import { msg } from '../i18n/translate';
import { Ability, all, allow, deny } from './ability';
import type { Guardian } from './guardian';

export class AdminGuardian {
  constructor(private readonly g: Guardian) {}

  private adminOnly(action: GuardedAction): Ability {
    return all(
      () => this.g.active(action),
      () => (this.g.isAdmin ? allow() : deny(msg('reasons.onlyAdminsCan', { action: actionMsg(action) }))),
    );
  }

  /** Opening /admin at all (the web shows the console's navigation only then). */
  canOpenConsole(): Ability {
    return this.adminOnly('open the admin console');
  }

  /** Name, tagline, colours, logo and default language. */
  canChangeSite(): Ability {
    return this.adminOnly('change the site settings');
  }

  /** The posting and new-account limits. */
  canChangeLimits(): Ability {
    return this.adminOnly('change the posting limits');
  }

  /** Searching accounts by email and reading one's sign-ins, flags and suspensions. */
  canLookUpPeople(): Ability {
    return this.adminOnly('look people up');
  }
}
