// The guardian's answers as the API publishes them (`can` on posts, `me { can }`): one function per type,
// so every `can` field comes from the same rules the services enforce.
import type { AnswerEntity } from '../answers/answer.entity';
import type { CommentEntity } from '../comments/comment.entity';
import type { ThreadEntity } from '../threads/thread.entity';
import { Ability, all, allow, deny } from './ability';
import type { Guardian } from './guardian';
import { msg } from '../i18n/translate';

const live = (post: { deletedAt: Date | null }): Ability =>
  post.deletedAt ? deny(msg('reasons.postDeleted')) : allow();

export interface ThreadAbilitySet {
  /** The thread the abilities are about, for features that add their own (care's `rate`). */
  thread: ThreadEntity;
  edit: Ability;
  delete: Ability;
  vote: Ability;
  comment: Ability;
  flag: Ability;
  answer: Ability;
  moderate: Ability;
}

export function threadAbilities(g: Guardian, thread: ThreadEntity): ThreadAbilitySet {
  return {
    thread,
    edit: g.posts.canEditThread(thread),
    delete: g.posts.canDelete(thread, 'thread'),
    vote: g.votes.canVote(thread),
    comment: g.posts.canComment(thread),
    flag: g.posts.canFlag(thread, thread),
    answer: g.posts.canAnswer(thread),
    moderate: all(
      () => g.moderation.canModerate(),
      () => live(thread),
    ),
  };
}

export function answerAbilities(g: Guardian, answer: AnswerEntity, thread: ThreadEntity) {
  const threadLive = () => live(thread);
  return {
    edit: all(threadLive, () => g.posts.canEditAnswer(answer)),
    delete: all(threadLive, () => g.posts.canDelete(answer, 'answer')),
    vote: all(threadLive, () => g.votes.canVote(answer)),
    comment: g.posts.canComment(thread, answer),
    flag: g.posts.canFlag(answer, thread),
    accept: g.posts.canAccept(thread, answer),
    moderate: all(
      () => g.moderation.canModerate(),
      threadLive,
      () => live(answer),
    ),
  };
}

export function commentAbilities(g: Guardian, comment: CommentEntity, thread: ThreadEntity) {
  return {
    flag: g.posts.canFlag(comment, thread),
    moderate: all(
      () => g.moderation.canModerate(),
      () => live(thread),
      () => live(comment),
    ),
  };
}

/** The viewer's global abilities (`me { can }`). */
export function viewerAbilities(g: Guardian) {
  return {
    ask: g.posts.canAsk(),
    moderate: g.moderation.canModerate(),
    care: g.care.canUseConsole(),
    announce: g.announcements.canPublish(),
    administer: g.accounts.canAdminister(),
  };
}
