// Votes: one per account and target, changeable and undoable; each change moves counters and the ledger together.
import { entriesForVote } from '@community/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { AnswersService } from '../answers/answers.service';
import { Viewer } from '../common/context';
import { Guardian } from '../guardian/guardian';
import { badInput, notFound } from '../common/errors';
import { entityRows, EntityRows } from '../common/entity-rows';
import { Loaders, loaderFor } from '../common/loaders';
import { RateLimits } from '../common/rate-limits';
import { QaEvents } from '../qa/qa-events';
import { ReputationService } from '../reputation/reputation.service';
import { VoteValue } from '../threads/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { VoteEntity, VoteTarget } from './vote.entity';
import { VoteInput, VoteResult } from './votes.inputs';
import { msg } from '../i18n/translate';

const toValue = (v: number | undefined): VoteValue =>
  v === 1 ? VoteValue.UP : v === -1 ? VoteValue.DOWN : VoteValue.NONE;
export const voteSource = (voterId: string, targetId: string) => `vote:${voterId}:${targetId}`;

@Injectable()
export class VotesService {
  private rowReader?: EntityRows<VoteEntity>;

  constructor(
    @InjectRepository(VoteEntity) private readonly votes: Repository<VoteEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly answers: AnswersService,
    private readonly reputation: ReputationService,
    private readonly rateLimits: RateLimits,
    private readonly events: QaEvents,
  ) {}

  async vote(guardian: Guardian, input: VoteInput): Promise<VoteResult> {
    const account = guardian.ensure(guardian.active('vote'));
    return this.events.transaction(async (manager, emit) => {
      // Lock the target so concurrent votes on it apply their counter changes one after another.
      const answer = await this.answers.find(manager, input.targetId, true);
      const thread = await this.threads.find(manager, answer?.threadId ?? input.targetId, true);
      if (
        !thread ||
        thread.deletedAt ||
        !(answer ? guardian.posts.canSeeAnswer(answer, thread) : guardian.posts.canSeeThread(thread))
      )
        throw notFound('postVoted');
      const target = answer ?? thread;
      const targetType = answer ? VoteTarget.ANSWER : VoteTarget.THREAD;
      guardian.ensure(guardian.votes.canVote(target, input.value));

      const existing = await manager.findOne(VoteEntity, {
        where: { accountId: account.id, targetId: target.id },
      });
      const before = toValue(existing?.value);
      if (before === input.value) {
        throw badInput(
          'value',
          input.value === VoteValue.NONE
            ? msg('errors.votes.notVoted')
            : msg('errors.votes.already', { direction: input.value }),
        );
      }
      await this.rateLimits.consume('votesPerAccount', account.id);

      const source = voteSource(account.id, target.id);
      let up = 0;
      let down = 0;
      if (existing) {
        await this.reputation.undo(manager, source);
        await manager.delete(VoteEntity, { accountId: account.id, targetId: target.id });
        if (existing.value === 1) up -= 1;
        else down -= 1;
      }
      if (input.value !== VoteValue.NONE) {
        const value = input.value === VoteValue.UP ? 1 : -1;
        await manager.insert(VoteEntity, { accountId: account.id, targetId: target.id, targetType, value });
        if (value === 1) up += 1;
        else down += 1;
        await this.reputation.record(
          manager,
          entriesForVote(this.reputation.rules, {
            value,
            targetKind: targetType,
            authorId: target.authorId,
            voterId: account.id,
          }),
          { key: source, threadId: thread.id, answerId: answer?.id ?? null },
        );
      }
      const score = answer
        ? await this.answers.applyVote(manager, answer.id, up, down)
        : (await this.threads.applyVote(manager, thread.id, up, down)).score;
      await emit({ threadId: thread.id, change: 'voted', answerId: answer?.id ?? null, actorId: account.id });
      return { targetId: target.id, score, viewerVote: input.value };
    });
  }

  /** The viewer's vote on a thread or answer, batched per request. */
  async viewerVote(loaders: Loaders, viewer: Viewer | null, targetId: string): Promise<VoteValue> {
    if (!viewer) return VoteValue.NONE;
    const vote = await loaderFor<string, VoteEntity>(
      loaders,
      'viewerVotes',
      async (ids) => {
        // The statement `votes.find({ where: { accountId, targetId: In(ids) } })` runs, built once per batch size.
        const rows = (this.rowReader ??= entityRows(this.dataSource, VoteEntity));
        const parameters = [viewer.account.id, ...ids];
        const sql = rows.statement(`viewer-votes:${ids.length}`, parameters, () =>
          this.votes
            .createQueryBuilder(rows.alias)
            .setFindOptions({ where: { accountId: viewer.account.id, targetId: In([...ids]) } })
            .getQueryAndParameters(),
        );
        return (await rows.rows(sql, parameters)).map((row) => rows.hydrate(row));
      },
      (v) => v.targetId,
    ).load(targetId);
    return toValue(vote?.value);
  }
}
