// The admin console (/admin): the community's settings, its limits and looking people up are admins' alone.
import { Ability, all, allow, deny } from './ability';
import type { Guardian } from './guardian';

export class AdminGuardian {
  constructor(private readonly g: Guardian) {}

  private adminOnly(action: string, refusal: string): Ability {
    return all(
      () => this.g.active(action),
      () => (this.g.isAdmin ? allow() : deny(refusal)),
    );
  }

  /** Opening /admin at all (the web shows the console's navigation only then). */
  canOpenConsole(): Ability {
    return this.adminOnly('open the admin console', 'Only admins can open the admin console.');
  }

  /** Name, tagline, colours, logo and default language. */
  canChangeSite(): Ability {
    return this.adminOnly('change the site settings', 'Only admins can change the site settings.');
  }

  /** The posting and new-account limits. */
  canChangeLimits(): Ability {
    return this.adminOnly('change the posting limits', 'Only admins can change the posting limits.');
  }

  /** Searching accounts by email and reading one's sign-ins, flags and suspensions. */
  canLookUpPeople(): Ability {
    return this.adminOnly('look people up', 'Only admins can look people up.');
  }
}
