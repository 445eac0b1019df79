// May this person do this with a thread, answer or comment? One table, consulted by the Q&A services.
import { checkPrivilege, Privilege, ReputationRules } from '@community/domain';
import { Role } from '../accounts/account.entity';
import type { AccountEntity } from '../accounts/account.entity';
import { isModerator, isStaff } from '../accounts/accounts.policy';
import { forbidden } from '../common/errors';
import type { AnswerEntity } from '../answers/answer.entity';
import type { ThreadEntity } from './thread.entity';
import { ThreadKind } from './thread.entity';

type Actor = Pick<AccountEntity, 'id' | 'role' | 'reputation'>;
type Post = { authorId: string };

/** Staff and moderators have every reputation privilege. */
export const hasAllPrivileges = (actor: Actor) => actor.role !== Role.MEMBER;

export class QaPolicy {
  constructor(private readonly rules: ReputationRules) {}

  privilege(actor: Actor, privilege: Privilege) {
    return checkPrivilege(this.rules, privilege, actor.reputation, hasAllPrivileges(actor));
  }

  /** Throws FORBIDDEN naming the privilege and the reputation it needs. */
  requirePrivilege(actor: Actor, privilege: Privilege): void {
    const check = this.privilege(actor, privilege);
    if (!check.allowed) {
      throw forbidden(check.message, {
        privilege,
        requiredReputation: check.required,
        reputation: actor.reputation,
      });
    }
  }

  /**
   * New accounts are members whose reputation is still below the flag privilege (15 by default): others have
   * earned trust through votes, or are staff. They get hourly posting limits (RATE_LIMITS.newAccount*).
   */
  isNewAccount(actor: Actor): boolean {
    return !hasAllPrivileges(actor) && actor.reputation < this.rules.privileges.flag;
  }

  /** Staff and moderators see hidden posts (marked hidden); everyone else does not see them at all. */
  canSeeHidden(actor: Actor | null): boolean {
    return !!actor && (isStaff(actor.role) || isModerator(actor.role));
  }

  canEdit(actor: Actor | null, post: Post): boolean {
    return !!actor && (actor.id === post.authorId || this.privilege(actor, 'editOthers').allowed);
  }

  canDelete(actor: Actor | null, post: Post): boolean {
    return !!actor && (actor.id === post.authorId || isModerator(actor.role));
  }

  canAnswer(actor: Actor | null, thread: ThreadEntity): boolean {
    return (
      !!actor &&
      !thread.lockedAt &&
      !thread.deletedAt &&
      !thread.closedAt &&
      thread.kind !== ThreadKind.ANNOUNCEMENT
    );
  }

  /** The asker, or staff speaking for the brand, may accept an answer to a question. */
  canAccept(actor: Actor | null, thread: ThreadEntity): boolean {
    return (
      !!actor &&
      thread.kind === ThreadKind.QUESTION &&
      (actor.id === thread.authorId || isStaff(actor.role) || isModerator(actor.role))
    );
  }

  canVote(actor: Actor | null, post: Post): boolean {
    return !!actor && actor.id !== post.authorId && this.privilege(actor, 'upvote').allowed;
  }

  /** Everyone may comment on their own posts and on answers to their own question; others need the privilege. */
  canComment(actor: Actor | null, thread: ThreadEntity, answer?: AnswerEntity): boolean {
    if (!actor || thread.lockedAt || thread.deletedAt) return false;
    const own = actor.id === (answer ?? thread).authorId || actor.id === thread.authorId;
    return own || this.privilege(actor, 'comment').allowed;
  }

  assertCanEdit(actor: Actor, post: Post, what: string): void {
    if (actor.id !== post.authorId) {
      const check = this.privilege(actor, 'editOthers');
      if (!check.allowed)
        throw forbidden(`Only the author can edit this ${what}. ${check.message}`, {
          privilege: 'editOthers',
        });
    }
  }

  assertCanDelete(actor: Actor, post: Post, what: string): void {
    if (!this.canDelete(actor, post))
      throw forbidden(`Only the author or a moderator can delete this ${what}.`);
  }
}
