// What a moderator can do; each kind is one row of the audit log.
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
  // Admins' actions in /admin.
  SET_ROLE = 'SET_ROLE',
  UPDATE_SITE = 'UPDATE_SITE',
  UPDATE_RATE_LIMITS = 'UPDATE_RATE_LIMITS',
}
