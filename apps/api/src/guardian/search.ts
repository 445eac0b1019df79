// Search: staff and moderators read search analytics; admins manage the index (synonyms, dead letters).
import { Ability, all, allow, deny } from './ability';
import type { Guardian } from './guardian';
import { msg } from '../i18n/translate';

export class SearchGuardian {
  constructor(private readonly g: Guardian) {}

  canSeeAnalytics(): Ability {
    return all(
      () => this.g.active('see search analytics'),
      () => (this.g.isStaff || this.g.isModerator ? allow() : deny(msg('reasons.onlyStaffSearchAnalytics'))),
    );
  }

  canManageIndex(): Ability {
    return all(
      () => this.g.active('manage the search index'),
      () => (this.g.isAdmin ? allow() : deny(msg('reasons.onlyAdminsSearchIndex'))),
    );
  }
}
