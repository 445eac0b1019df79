// Answers: posting (official when staff write), editing with revisions, deleting, accepting.
import { entriesForAccept, unfilledPlaceholders } from '@community/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { isStaff, requireActive, requireViewer } from '../accounts/accounts.policy';
import {
  Connection,
  decodeCursor,
  encodeCursor,
  isUuid,
  offsetCursor,
  PageArgs,
  toConnection,
} from '../common/connection';
import { Viewer } from '../common/context';
import { badInput, forbidden, notFound } from '../common/errors';
import { Loaders, loaderFor } from '../common/loaders';
import { RateLimits } from '../common/rate-limits';
import { QaEvents } from '../qa/qa-events';
import { ReputationService } from '../reputation/reputation.service';
import { RevisionTarget } from '../threads/revision.entity';
import { ThreadKind } from '../threads/thread.entity';
import type { ThreadEntity } from '../threads/thread.entity';
import { renderBody, ThreadsService } from '../threads/threads.service';
import { AnswerEntity } from './answer.entity';
import { DeleteAnswerInput, EditAnswerInput, PostAnswerInput } from './answers.inputs';

export const acceptSource = (answerId: string) => `accept:${answerId}`;

/** An answer built from a saved reply must not reach the customer with a `{{placeholder}}` still in it. */
function assertNoPlaceholders(body: string): void {
  const left = unfilledPlaceholders(body);
  if (left.length)
    throw badInput(
      'body',
      `Replace ${left.join(', ')} with the text it stands for before posting (or put it in \`code\` if you mean it literally).`,
    );
}

@Injectable()
export class AnswersService {
  constructor(
    @InjectRepository(AnswerEntity) private readonly answers: Repository<AnswerEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly reputation: ReputationService,
    private readonly rateLimits: RateLimits,
    private readonly events: QaEvents,
  ) {}

  async post(viewer: Viewer | null, input: PostAnswerInput): Promise<AnswerEntity> {
    const { account } = requireActive(viewer, 'answer');
    const text = renderBody(input.body);
    assertNoPlaceholders(input.body);
    await this.rateLimits.consume('postsPerAccount', account.id);
    await this.threads.limitNewAccount(account, 'newAccountAnswers', input.body);
    return this.events.transaction(async (manager, emit) => {
      const thread = await this.threads.lock(manager, input.threadId);
      this.threads.assertNotLocked(thread, 'answers');
      if (thread.kind === ThreadKind.ANNOUNCEMENT)
        throw forbidden('Announcements take comments, not answers.');
      if (thread.closedAt && thread.duplicateOfId)
        throw forbidden(
          `This question was closed as a duplicate of another thread (/t/${thread.duplicateOfId}): answer there instead.`,
          { duplicateOfId: thread.duplicateOfId },
        );
      const answer = await manager.save(
        manager.create(AnswerEntity, {
          threadId: thread.id,
          authorId: account.id,
          ...text,
          official: isStaff(account.role),
        }),
      );
      await this.threads.afterAnswersChanged(manager, thread.id);
      await emit({ threadId: thread.id, change: 'answered', answerId: answer.id, actorId: account.id });
      return answer;
    });
  }

  async edit(viewer: Viewer | null, input: EditAnswerInput): Promise<AnswerEntity> {
    const { account } = requireViewer(viewer, 'edit');
    const text = renderBody(input.body);
    assertNoPlaceholders(input.body);
    return this.events.transaction(async (manager, emit) => {
      const answer = await this.lock(manager, input.answerId);
      this.threads.policy.assertCanEdit(account, answer, 'answer');
      if (answer.body === text.body) return answer;
      await this.threads.recordRevision(manager, {
        targetType: RevisionTarget.ANSWER,
        targetId: answer.id,
        editorId: account.id,
        body: answer.body,
      });
      Object.assign(answer, text, { editedAt: new Date() });
      await this.threads.touch(manager, answer.threadId);
      const saved = await manager.save(answer);
      await emit({
        threadId: answer.threadId,
        change: 'answer-edited',
        answerId: answer.id,
        actorId: account.id,
      });
      return saved;
    });
  }

  async delete(viewer: Viewer | null, input: DeleteAnswerInput): Promise<AnswerEntity> {
    const { account } = requireViewer(viewer, 'delete');
    return this.events.transaction(async (manager, emit) => {
      const answer = await this.lock(manager, input.answerId);
      this.threads.policy.assertCanDelete(account, answer, 'answer');
      const thread = await this.threads.lock(manager, answer.threadId);
      answer.deletedAt = new Date();
      await manager.save(answer);
      const wasAccepted = thread.acceptedAnswerId === answer.id;
      if (wasAccepted) await this.reputation.undo(manager, acceptSource(answer.id));
      await this.threads.afterAnswersChanged(manager, thread.id, wasAccepted ? null : undefined);
      await emit({ threadId: thread.id, change: 'answer-deleted', answerId: answer.id, actorId: account.id });
      return answer;
    });
  }

  async accept(viewer: Viewer | null, answerId: string): Promise<AnswerEntity> {
    const { account } = requireViewer(viewer, 'accept an answer');
    return this.events.transaction(async (manager, emit) => {
      const answer = await this.lock(manager, answerId);
      const thread = await this.threads.lock(manager, answer.threadId);
      this.assertCanAccept(account, thread);
      if (thread.acceptedAnswerId === answer.id) return answer;
      if (thread.acceptedAnswerId) await this.reputation.undo(manager, acceptSource(thread.acceptedAnswerId));
      await this.reputation.record(
        manager,
        entriesForAccept(this.reputation.rules, answer.authorId, thread.authorId),
        {
          key: acceptSource(answer.id),
          threadId: thread.id,
          answerId: answer.id,
        },
      );
      await this.threads.afterAnswersChanged(manager, thread.id, answer.id);
      await emit({ threadId: thread.id, change: 'accepted', answerId: answer.id, actorId: account.id });
      return answer;
    });
  }

  async unaccept(viewer: Viewer | null, answerId: string): Promise<AnswerEntity> {
    const { account } = requireViewer(viewer, 'unaccept an answer');
    return this.events.transaction(async (manager, emit) => {
      const answer = await this.lock(manager, answerId);
      const thread = await this.threads.lock(manager, answer.threadId);
      this.assertCanAccept(account, thread);
      if (thread.acceptedAnswerId !== answer.id)
        throw badInput('answerId', 'This answer is not the accepted one.');
      await this.reputation.undo(manager, acceptSource(answer.id));
      await this.threads.afterAnswersChanged(manager, thread.id, null);
      await emit({ threadId: thread.id, change: 'unaccepted', answerId: answer.id, actorId: account.id });
      return answer;
    });
  }

  private assertCanAccept(account: Viewer['account'], thread: ThreadEntity): void {
    if (thread.kind !== ThreadKind.QUESTION)
      throw badInput('answerId', 'Only questions have an accepted answer.');
    if (!this.threads.policy.canAccept(account, thread)) {
      throw forbidden('Only the person who asked (or staff) can accept an answer.');
    }
  }

  /** Loads and row-locks a live answer inside a transaction; NOT_FOUND when missing or deleted. */
  async lock(manager: EntityManager, id: string): Promise<AnswerEntity> {
    const answer = isUuid(id)
      ? await manager.findOne(AnswerEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!answer || answer.deletedAt) throw notFound('The answer');
    return answer;
  }

  /** A live answer on a thread the viewer may see. */
  async findVisible(
    ctx: { viewer: Viewer | null; loaders: Loaders },
    id: string,
  ): Promise<AnswerEntity | null> {
    const answer = isUuid(id) ? await this.load(ctx.loaders, id) : null;
    if (!answer || answer.deletedAt) return null;
    if (answer.hiddenAt && !this.threads.policy.canSeeHidden(ctx.viewer?.account ?? null)) return null;
    return (await this.threads.findVisible(ctx.viewer, answer.threadId, ctx.loaders)) ? answer : null;
  }

  load(loaders: Loaders, id: string): Promise<AnswerEntity | null> {
    return loaderFor<string, AnswerEntity>(
      loaders,
      'answerById',
      (ids) => this.answers.find({ where: { id: In([...ids]) } }),
      (a) => a.id,
    ).load(id);
  }

  /**
   * A page of a thread's answers in display order: the accepted one first, then the first official answer,
   * then by score, oldest first among equals. Batched across threads in one query (window function).
   */
  async forThread(
    loaders: Loaders,
    thread: ThreadEntity,
    page: PageArgs,
    seeHidden = false,
  ): Promise<Connection<AnswerEntity>> {
    const offset = offsetCursor.decode(page.after) + 1;
    const key = `answersForThread:${page.first}:${offset}:${seeHidden}`;
    const hidden = seeHidden ? '' : ' AND r.hidden_at IS NULL';
    const rows = await loaderFor<string, { threadId: string; rows: AnswerEntity[] }>(
      loaders,
      key,
      async (threadIds) => {
        // The first official answer is looked up once per thread (LATERAL), not once per answer.
        const ranked = `SELECT r.id, ROW_NUMBER() OVER (PARTITION BY r.thread_id ORDER BY
            (r.id = t.accepted_answer_id) IS TRUE DESC, (r.id = fo.id) IS TRUE DESC,
            r.score DESC, r.created_at ASC, r.id ASC) AS rn
          FROM answers r
          JOIN threads t ON t.id = r.thread_id
          LEFT JOIN LATERAL (SELECT o.id FROM answers o WHERE o.thread_id = t.id AND o.official AND o.deleted_at IS NULL
                             ORDER BY o.created_at, o.id LIMIT 1) fo ON true
          WHERE r.thread_id IN (:...threadIds) AND r.deleted_at IS NULL${hidden}`;
        const found = await this.answers
          .createQueryBuilder('a')
          .innerJoin(`(${ranked})`, 'ranked', 'ranked.id = a.id')
          .addSelect('ranked.rn', 'rn')
          .where('ranked.rn > :lo AND ranked.rn <= :hi', { lo: offset, hi: offset + page.first + 1 })
          .setParameters({ threadIds })
          .getRawAndEntities();
        const rank = new Map(found.raw.map((r: { a_id: string; rn: string }) => [r.a_id, Number(r.rn)]));
        const byThread = new Map<string, AnswerEntity[]>(threadIds.map((id) => [id, []]));
        for (const answer of found.entities.sort((x, y) => rank.get(x.id)! - rank.get(y.id)!)) {
          byThread.get(answer.threadId)!.push(answer);
        }
        return [...byThread].map(([threadId, rows]) => ({ threadId, rows }));
      },
      (r) => r.threadId,
    ).load(thread.id);
    return toConnection(
      rows?.rows ?? [],
      page.first,
      (_a, i) => offsetCursor.encode(offset + i),
      async () => thread.answerCount,
    );
  }

  async byAuthor(authorId: string, page: PageArgs): Promise<Connection<AnswerEntity>> {
    const after = decodeCursor(page.after, (v): v is [string, string] => Array.isArray(v) && v.length === 2);
    const qb = this.answers
      .createQueryBuilder('a')
      .where('a.author_id = :authorId AND a.deleted_at IS NULL', { authorId });
    if (after) qb.andWhere('(a.created_at, a.id) < (:at, :id)', { at: new Date(after[0]), id: after[1] });
    const rows = await qb
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(page.first + 1)
      .getMany();
    return toConnection(
      rows,
      page.first,
      (a) => encodeCursor([a.createdAt.toISOString(), a.id]),
      () => this.answers.count({ where: { authorId } }),
    );
  }

  /** Live answer by id, for votes and comments. */
  findLive(manager: EntityManager, id: string): Promise<AnswerEntity | null> {
    return manager.findOne(AnswerEntity, { where: { id } }).then((a) => (a && !a.deletedAt ? a : null));
  }

  async applyVote(manager: EntityManager, answerId: string, up: number, down: number): Promise<number> {
    const [[row]] = await manager.query(
      'UPDATE answers SET up_votes = up_votes + $2, down_votes = down_votes + $3, score = score + $2 - $3 WHERE id = $1 RETURNING score',
      [answerId, up, down],
    );
    return row.score;
  }

  async addComment(manager: EntityManager, answerId: string): Promise<void> {
    await manager.query('UPDATE answers SET comment_count = comment_count + 1 WHERE id = $1', [answerId]);
  }

  // ---- what other features ask of the answers table ---------------------------------------------------

  /** The answer by id inside a transaction, deleted or not (row-locked when asked); null when missing. */
  find(manager: EntityManager, id: string, lock = false): Promise<AnswerEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return manager.findOne(AnswerEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** Moves a thread's live answers to another thread (a merge); returns their ids. */
  async moveToThread(manager: EntityManager, fromThreadId: string, toThreadId: string): Promise<string[]> {
    const [moved]: [{ id: string }[], number] = await manager.query(
      'UPDATE answers SET thread_id = $2 WHERE thread_id = $1 AND deleted_at IS NULL RETURNING id',
      [fromThreadId, toThreadId],
    );
    return moved.map((a) => a.id);
  }

  setHidden(manager: EntityManager, answer: AnswerEntity, hiddenAt: Date | null): Promise<AnswerEntity> {
    answer.hiddenAt = hiddenAt;
    return manager.save(answer);
  }

  async setSentiment(manager: EntityManager, answerId: string, sentiment: number | null): Promise<void> {
    await manager.query('UPDATE answers SET sentiment = $2 WHERE id = $1', [answerId, sentiment]);
  }
}
