// Satisfaction ratings: the asker of a solved question rates the help once.
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { RequestContext } from '../common/context';
import { badInput, notFound } from '../common/errors';
import { Loaders, loaderFor } from '../common/loaders';
import { Ability } from '../guardian/ability';
import { Guardian } from '../guardian/guardian';
import { QaEvents } from '../qa/qa-events';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadsService } from '../threads/threads.service';
import { RateHelpInput } from './care.inputs';
import { SatisfactionRatingEntity } from './satisfaction-rating.entity';
import { ErasedPerson, ErasureCounts, eraseRows } from '../common/erasure';
import { msg } from '../i18n/translate';

@Injectable()
export class RatingsService {
  constructor(
    @InjectRepository(SatisfactionRatingEntity)
    private readonly ratings: Repository<SatisfactionRatingEntity>,
    private readonly threads: ThreadsService,
    private readonly events: QaEvents,
  ) {}

  async rateHelp(guardian: Guardian, input: RateHelpInput): Promise<SatisfactionRatingEntity> {
    guardian.ensure(guardian.active('rate the help'));
    const thread = await this.threads.findVisible(guardian, input.threadId);
    if (!thread || thread.deletedAt) throw notFound('thread');
    const ability = guardian.care.canRate(thread);
    // Not solved yet is something the asker fixes (BAD_USER_INPUT); anyone else is refused (FORBIDDEN).
    if (!ability.allowed && guardian.is(thread.authorId)) throw badInput('threadId', ability.reason!);
    const account = guardian.ensure(ability);
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
    if (!inserted.length) throw badInput('threadId', msg('reasons.alreadyRated'));
    return this.ratings.findOneOrFail({ where: { id: inserted[0].id } });
  }

  /** Whether the viewer may rate the help on this thread now (the guardian's rule, and not rated yet). */
  async rateAbility(
    ctx: Pick<RequestContext, 'guardian' | 'loaders'>,
    thread: ThreadEntity,
  ): Promise<Ability> {
    const ability = ctx.guardian.care.canRate(thread);
    if (!ability.allowed) return ability;
    const rated = await this.ratingFor(ctx.loaders, ctx.guardian, thread);
    return ctx.guardian.care.canRate(thread, { alreadyRated: !!rated });
  }

  /** The rating on a thread, for its asker and staff only. */
  async ratingFor(loaders: Loaders, guardian: Guardian, thread: ThreadEntity) {
    if (!guardian.care.canSeeRating(thread)) return null;
    return loaderFor<string, SatisfactionRatingEntity>(
      loaders,
      'ratingByThread',
      (ids) => this.ratings.find({ where: { threadId: In([...ids]) } }),
      (r) => r.threadId,
    ).load(thread.id);
  }

  /** Erasure: the comments the person left with their ratings (the ratings stay, anonymous). */
  erasePerson(manager: EntityManager, person: ErasedPerson): Promise<ErasureCounts> {
    return eraseRows(
      manager,
      { ratingComments: 'UPDATE satisfaction_ratings SET comment = NULL WHERE account_id = $1' },
      [person.id],
    );
  }
}
