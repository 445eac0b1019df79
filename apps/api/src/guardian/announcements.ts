// Announcements speak for the brand: staff publish and edit them (signed); admins revoke signing keys.
import { Ability, all, allow, deny } from './ability';
import type { Guardian } from './guardian';
import { msg } from '../i18n/translate';

export class AnnouncementsGuardian {
  constructor(private readonly g: Guardian) {}

  /** Publishing and editing: an edit re-signs in the editor's name, so the same role rule applies. */
  canPublish(): Ability {
    return all(
      () => this.g.active('publish announcements'),
      () => (this.g.isStaff ? allow() : deny(msg('reasons.onlyEmployeesAnnounce'))),
    );
  }

  canRevokeKeys(): Ability {
    return all(
      () => this.g.active('revoke signing keys'),
      () => (this.g.isAdmin ? allow() : deny(msg('reasons.onlyAdminsRevokeKeys'))),
    );
  }
}
