// Voting: not on one's own posts, up from the upvote privilege, down from the downvote privilege.
import type { AnswerEntity } from '../answers/answer.entity';
import type { ThreadEntity } from '../threads/thread.entity';
import { Ability, all, allow, deny } from './ability';
import type { Guardian } from './guardian';
import { msg } from '../i18n/translate';

export type VoteDirection = 'UP' | 'DOWN' | 'NONE';

export class VotesGuardian {
  constructor(private readonly g: Guardian) {}

  /** UP and DOWN need their privilege; NONE (taking a vote back) needs only an active account. */
  canVote(post: ThreadEntity | AnswerEntity, direction: VoteDirection = 'UP'): Ability {
    return all(
      () => this.g.active('vote'),
      () => (post.deletedAt ? deny(msg('reasons.postDeleted')) : allow()),
      () => (this.g.is(post.authorId) ? deny(msg('reasons.ownPostVote')) : allow()),
      () =>
        direction === 'UP'
          ? this.g.privilege('upvote')
          : direction === 'DOWN'
            ? this.g.privilege('downvote')
            : allow(),
    );
  }
}
