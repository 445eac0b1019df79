// Who may moderate what: one table, consulted by the moderation service and checked as a table by a test.
import { Role } from '../accounts/account.entity';
import type { AccountEntity } from '../accounts/account.entity';

export enum ModerationActionKind {
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
  LOCK = 'LOCK',
  UNLOCK = 'UNLOCK',
  CLOSE_DUPLICATE = 'CLOSE_DUPLICATE',
  MERGE = 'MERGE',
  MOVE = 'MOVE',
  EDIT_TAGS = 'EDIT_TAGS',
  SUSPEND = 'SUSPEND',
  UNSUSPEND = 'UNSUSPEND',
  PIN = 'PIN',
  UNPIN = 'UNPIN',
  FEATURE = 'FEATURE',
  UNFEATURE = 'UNFEATURE',
  RESOLVE_FLAGS = 'RESOLVE_FLAGS',
  DISMISS_FLAGS = 'DISMISS_FLAGS',
}

const MODERATORS: ReadonlySet<Role> = new Set([Role.MODERATOR, Role.ADMIN]);

/** Every moderation action, and reading the flag queue and audit log, belongs to moderators and admins. */
export const MODERATION_POLICY: Record<
  ModerationActionKind | 'READ_QUEUE' | 'READ_LOG',
  ReadonlySet<Role>
> = {
  ...(Object.fromEntries(Object.values(ModerationActionKind).map((a) => [a, MODERATORS])) as Record<
    ModerationActionKind,
    ReadonlySet<Role>
  >),
  READ_QUEUE: MODERATORS,
  READ_LOG: MODERATORS,
};

export const moderationPolicy = {
  may: (role: Role, what: keyof typeof MODERATION_POLICY) => MODERATION_POLICY[what].has(role),

  /** Moderators suspend members; admins suspend anyone but themselves. */
  canSuspend(
    actor: Pick<AccountEntity, 'id' | 'role'>,
    subject: Pick<AccountEntity, 'id' | 'role'>,
  ): boolean {
    if (actor.id === subject.id) return false;
    return actor.role === Role.ADMIN || subject.role === Role.MEMBER;
  },
};
