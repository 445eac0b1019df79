// What every moderator action shares: who may act, the reason the audit log needs, and finding the post.
import { EntityManager } from 'typeorm';
import { requireViewer } from '../accounts/accounts.policy';
import { AnswerEntity } from '../answers/answer.entity';
import { CommentEntity } from '../comments/comment.entity';
import { isUuid } from '../common/connection';
import { Viewer } from '../common/context';
import { badInput, forbidden } from '../common/errors';
import { ThreadEntity } from '../threads/thread.entity';
import { ModerationTarget } from './flag.entity';
import { MODERATION_POLICY, moderationPolicy } from './moderation.policy';

/** A thread, answer or comment found by id, with the thread it belongs to. */
export interface Located {
  type: ModerationTarget.THREAD | ModerationTarget.ANSWER | ModerationTarget.COMMENT;
  thread: ThreadEntity;
  answer?: AnswerEntity;
  comment?: CommentEntity;
}

/** The moderator doing `what`; UNAUTHENTICATED for visitors, FORBIDDEN for everyone the table leaves out. */
export function requireModerator(viewer: Viewer | null, what: keyof typeof MODERATION_POLICY): Viewer {
  const v = requireViewer(viewer, 'moderate');
  if (!moderationPolicy.may(v.account.role, what)) throw forbidden('Only moderators can do this.');
  return v;
}

export function requireReason(reason: string | undefined): string {
  const r = reason?.trim();
  if (!r) throw badInput('reason', 'Give a reason: it is written to the audit log.');
  return r;
}

export async function locatePost(manager: EntityManager, id: string, lock = false): Promise<Located | null> {
  if (!isUuid(id)) return null;
  const opts = lock ? { lock: { mode: 'pessimistic_write' as const } } : {};
  const thread = await manager.findOne(ThreadEntity, { where: { id }, ...opts });
  if (thread) return thread.deletedAt ? null : { type: ModerationTarget.THREAD, thread };
  const answer = await manager.findOne(AnswerEntity, { where: { id }, ...opts });
  const comment = answer ? null : await manager.findOne(CommentEntity, { where: { id }, ...opts });
  const threadId = answer?.threadId ?? comment?.threadId;
  if (!threadId || answer?.deletedAt || comment?.deletedAt) return null;
  const parent = await manager.findOne(ThreadEntity, { where: { id: threadId } });
  if (!parent || parent.deletedAt) return null;
  return answer
    ? { type: ModerationTarget.ANSWER, thread: parent, answer }
    : { type: ModerationTarget.COMMENT, thread: parent, comment: comment! };
}
