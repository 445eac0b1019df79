// Personal data: people export or erase their own, from a browser session (an API token must not be able to
// take a person's data or erase them); admins may do it for another person.
import { actionMsg, type GuardedAction } from './actions';
import { msg } from '../i18n/translate';
import { Ability, all, allow, deny } from './ability';
import type { Guardian } from './guardian';

export class PrivacyGuardian {
  constructor(private readonly g: Guardian) {}

  /** Exporting, downloading or erasing one's own data (or, for admins, someone else's). */
  canHandleData(action: GuardedAction, forSomeoneElse = false): Ability {
    return all(
      () => this.g.signedIn(action),
      () =>
        this.g.viewer?.sessionId ? allow() : deny(msg('reasons.browserOnly', { action: actionMsg(action) })),
      () =>
        !forSomeoneElse || this.g.isAdmin
          ? allow()
          : deny(msg('reasons.onlyAdminsForOthers', { action: actionMsg(action) })),
    );
  }
}
