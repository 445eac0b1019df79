// Groups: admins create them and set which groups read and post in a category; admins and a group's owners
// add and remove its members (anyone may leave a group). Private groups are known only to members and staff.
import { ErrorCode } from '../common/errors';
import type { GroupEntity } from '../groups/group.entity';
import { Ability, all, allow, deny } from './ability';
import type { Guardian } from './guardian';
import { msg } from '../i18n/translate';

/** The viewer's membership of one group, as the groups feature loaded it (null: not a member). */
export interface Membership {
  owner: boolean;
}

export class GroupsGuardian {
  constructor(private readonly g: Guardian) {}

  canCreate(): Ability {
    return all(
      () => this.g.active('create groups'),
      () => (this.g.isAdmin ? allow() : deny(msg('reasons.onlyAdminsCreateGroups'))),
    );
  }

  /** Renaming, describing, changing the visibility of and deleting a group: admins, who create them. */
  canEdit(): Ability {
    return all(
      () => this.g.active('change groups'),
      () => (this.g.isAdmin ? allow() : deny(msg('reasons.onlyAdminsEditGroups'))),
    );
  }

  /** Public groups: everyone. Private groups: their members, staff and moderators (NOT_FOUND for others). */
  canSee(group: Pick<GroupEntity, 'visibility'>, membership: Membership | null): boolean {
    return group.visibility === 'PUBLIC' || !!membership || this.g.isStaff || this.g.isModerator;
  }

  see(group: Pick<GroupEntity, 'visibility'> | null, membership: Membership | null): Ability {
    return group && this.canSee(group, membership)
      ? allow()
      : deny(msg('errors.notFound.group'), ErrorCode.NOT_FOUND);
  }

  /** Adding and removing members: admins and the group's owners. */
  canManageMembers(group: Pick<GroupEntity, 'visibility'>, membership: Membership | null): Ability {
    return all(
      () => this.g.active('manage group members'),
      () => this.see(group, membership),
      () => (this.g.isAdmin || membership?.owner ? allow() : deny(msg('reasons.onlyOwnersManageMembers'))),
    );
  }

  /** Removing someone: as managing members, except that anyone may leave a group they are in. */
  canRemove(
    group: Pick<GroupEntity, 'visibility'>,
    membership: Membership | null,
    accountId: string,
  ): Ability {
    if (this.g.is(accountId) && membership)
      return all(
        () => this.g.active('leave a group'),
        () => allow(),
      );
    return this.canManageMembers(group, membership);
  }

  /** Making someone an owner: admins only. */
  canAppointOwners(): Ability {
    return this.g.isAdmin ? allow() : deny(msg('reasons.onlyAdminsAppointOwners'));
  }

  /** Who reads and posts in a category: admins, like the rest of a category's settings. */
  canSetCategoryPermissions(): Ability {
    return all(
      () => this.g.active('change who may read a category'),
      () => (this.g.isAdmin ? allow() : deny(msg('reasons.onlyAdminsCategoryAccess'))),
    );
  }
}
