// What every moderator action shares: who may act, the reason the audit log needs, and finding the post.
import { EntityManager } from 'typeorm';
import type { AccountEntity } from '../accounts/account.entity';
import type { AnswerEntity } from '../answers/answer.entity';
import type { AnswersService } from '../answers/answers.service';
import type { CommentEntity } from '../comments/comment.entity';
import type { CommentsService } from '../comments/comments.service';
import { isUuid } from '../common/connection';
import { badInput } from '../common/errors';
import type { Guardian } from '../guardian/guardian';
import type { ThreadEntity } from '../threads/thread.entity';
import type { ThreadsService } from '../threads/threads.service';
import { ModerationTarget } from './flag.entity';
import { msg } from '../i18n/translate';

/** A thread, answer or comment found by id, with the thread it belongs to. */
export interface Located {
  type: ModerationTarget.THREAD | ModerationTarget.ANSWER | ModerationTarget.COMMENT;
  thread: ThreadEntity;
  answer?: AnswerEntity;
  comment?: CommentEntity;
}

/** The active moderator acting (the guardian decides); UNAUTHENTICATED for visitors, FORBIDDEN otherwise. */
export function requireModerator(guardian: Guardian): AccountEntity {
  return guardian.ensure(guardian.moderation.canModerate());
}

export function requireReason(reason: string | undefined): string {
  const r = reason?.trim();
  if (!r) throw badInput('reason', msg('errors.moderation.giveReason'));
  return r;
}

/** The features that own posts; moderation asks them rather than reading their tables. */
export interface PostOwners {
  threads: ThreadsService;
  answers: AnswersService;
  comments: CommentsService;
}

export async function locatePost(
  owners: PostOwners,
  manager: EntityManager,
  id: string,
  lock = false,
): Promise<Located | null> {
  if (!isUuid(id)) return null;
  const thread = await owners.threads.find(manager, id, lock);
  if (thread) return thread.deletedAt ? null : { type: ModerationTarget.THREAD, thread };
  const answer = await owners.answers.find(manager, id, lock);
  const comment = answer ? null : await owners.comments.find(manager, id, lock);
  const threadId = answer?.threadId ?? comment?.threadId;
  if (!threadId || answer?.deletedAt || comment?.deletedAt) return null;
  const parent = await owners.threads.find(manager, threadId);
  if (!parent || parent.deletedAt) return null;
  return answer
    ? { type: ModerationTarget.ANSWER, thread: parent, answer }
    : { type: ModerationTarget.COMMENT, thread: parent, comment: comment! };
}
