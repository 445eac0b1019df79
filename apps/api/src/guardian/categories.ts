// Categories: admins create and change them (names, order, response targets, default teams).
import { Ability, all, allow, deny } from './ability';
import type { Guardian } from './guardian';
import { msg } from '../i18n/translate';

export class CategoriesGuardian {
  constructor(private readonly g: Guardian) {}

  canManage(): Ability {
    return all(
      () => this.g.active('manage categories'),
      () => (this.g.isAdmin ? allow() : deny(msg('reasons.onlyAdminsManageCategories'))),
    );
  }
}
