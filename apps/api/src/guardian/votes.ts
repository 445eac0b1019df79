// Voting: not on one's own posts, up from the upvote privilege, down from the downvote privilege.
import type { AnswerEntity } from '../answers/answer.entity';
import type { ThreadEntity } from '../threads/thread.entity';
import { Ability, all, allow, deny } from './ability';
import type { Guardian } from './guardian';

export type VoteDirection = 'UP' | 'DOWN' | 'NONE';

export class VotesGuardian {
  constructor(private readonly g: Guardian) {}

  /** UP and DOWN need their privilege; NONE (taking a vote back) needs only an active account. */
  canVote(post: ThreadEntity | AnswerEntity, direction: VoteDirection = 'UP'): Ability {
    return all(
      () => this.g.active('vote'),
      () => (post.deletedAt ? deny('This post was deleted.') : allow()),
      () => (this.g.is(post.authorId) ? deny('You cannot vote on your own post.') : allow()),
      () =>
        direction === 'UP'
          ? this.g.privilege('upvote')
          : direction === 'DOWN'
            ? this.g.privilege('downvote')
            : allow(),
    );
  }
}
