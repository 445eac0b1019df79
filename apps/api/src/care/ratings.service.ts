// Satisfaction ratings: the asker of a solved question rates the help once.
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { isStaff, requireViewer } from '../accounts/accounts.policy';
import { Viewer } from '../common/context';
import { badInput, forbidden, notFound } from '../common/errors';
import { Loaders, loaderFor } from '../common/loaders';
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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
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
    const inserted: { id: string }[] = await this.dataSource.query(
      `INSERT INTO satisfaction_ratings (thread_id, account_id, rating, comment) VALUES ($1, $2, $3, $4)
       ON CONFLICT (thread_id) DO NOTHING RETURNING id`,
      [thread.id, account.id, input.rating, comment],
    );
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
