// Satisfaction ratings: the asker of a solved question rates the help once.
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { isStaff, requireViewer } from '../accounts/accounts.policy';
import { Viewer } from '../common/context';
import { badInput, forbidden, notFound } from '../common/errors';
import { Loaders, loaderFor } from '../common/loaders';
import { QaEvents } from '../qa/qa-events';
import { ThreadKind, ThreadStatus } from '../threads/thread.entity';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadsService } from '../threads/threads.service';
import { RateHelpInput } from './care.inputs';
import { carePolicy } from './care.policy';
import { SatisfactionRatingEntity } from './satisfaction-rating.entity';

@Injectable()
export class RatingsService {
  constructor(
    @InjectRepository(SatisfactionRatingEntity)
    private readonly ratings: Repository<SatisfactionRatingEntity>,
    private readonly threads: ThreadsService,
    private readonly events: QaEvents,
  ) {}

  async rateHelp(viewer: Viewer | null, input: RateHelpInput): Promise<SatisfactionRatingEntity> {
    const { account } = requireViewer(viewer, 'rate the help');
    const thread = await this.threads.findVisible(viewer, input.threadId);
    if (!thread || thread.deletedAt) throw notFound('The thread');
    if (!carePolicy.canRate(account, thread)) throw forbidden('Only the person who asked can rate the help.');
    if (thread.kind !== ThreadKind.QUESTION || thread.status !== ThreadStatus.SOLVED)
      throw badInput(
        'threadId',
        'You can rate the help once your question is solved (an answer is accepted).',
      );
    const comment = input.comment?.trim() || null;
    // Announced in the same transaction so listeners (webhooks) record it only if the rating is stored.
    const inserted = await this.events.transaction(async (manager, emit) => {
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO satisfaction_ratings (thread_id, account_id, rating, comment) VALUES ($1, $2, $3, $4)
         ON CONFLICT (thread_id) DO NOTHING RETURNING id`,
        [thread.id, account.id, input.rating, comment],
      );
      if (rows.length) await emit({ threadId: thread.id, change: 'rated', actorId: account.id });
      return rows;
    });
    if (!inserted.length) throw badInput('threadId', 'You have already rated the help on this question.');
    return this.ratings.findOneOrFail({ where: { id: inserted[0].id } });
  }

  /** The rating on a thread, for its asker and staff only. */
  async ratingFor(loaders: Loaders, viewer: Viewer | null, thread: ThreadEntity) {
    if (!viewer || !(viewer.account.id === thread.authorId || isStaff(viewer.account.role))) return null;
    return loaderFor<string, SatisfactionRatingEntity>(
      loaders,
      'ratingByThread',
      (ids) => this.ratings.find({ where: { threadId: In([...ids]) } }),
      (r) => r.threadId,
    ).load(thread.id);
  }
}
