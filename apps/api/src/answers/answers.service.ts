// Answers: posting (official when staff write), editing with revisions, deleting, accepting.
import { entriesForAccept, unfilledPlaceholders } from '@community/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import {
  Connection,
  decodeCursor,
  encodeCursor,
  isUuid,
  offsetCursor,
  PageArgs,
  toConnection,
} from '../common/connection';
import { RequestContext } from '../common/context';
import { Guardian } from '../guardian/guardian';
import { badInput, notFound } from '../common/errors';
import { entityRows, EntityRows } from '../common/entity-rows';
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
import { ErasedPerson, ErasureCounts, eraseRows } from '../common/erasure';
import { msg } from '../i18n/translate';

export const acceptSource = (answerId: string) => `accept:${answerId}`;

/** An answer built from a saved reply must not reach the customer with a `{{placeholder}}` still in it. */
function assertNoPlaceholders(body: string): void {
  const left = unfilledPlaceholders(body);
  if (left.length)
    throw badInput('body', msg('errors.answers.unfilledPlaceholders', { placeholders: left.join(', ') }));
}

@Injectable()
export class AnswersService {
  private pageRows?: EntityRows<AnswerEntity>;

  constructor(
    @InjectRepository(AnswerEntity) private readonly answers: Repository<AnswerEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly reputation: ReputationService,
    private readonly rateLimits: RateLimits,
    private readonly events: QaEvents,
  ) {}

  async post(guardian: Guardian, input: PostAnswerInput): Promise<AnswerEntity> {
    const account = guardian.ensure(guardian.active('answer'));
    const text = renderBody(input.body, 'answer');
    assertNoPlaceholders(input.body);
    await this.rateLimits.consume('postsPerAccount', account.id);
    await this.threads.limitNewAccount(guardian, 'newAccountAnswers', input.body);
    return this.events.transaction(async (manager, emit) => {
      const thread = await this.threads.lock(manager, input.threadId);
      guardian.check(guardian.posts.see(thread));
      guardian.ensure(guardian.posts.canAnswer(thread));
      const answer = await manager.save(
        manager.create(AnswerEntity, {
          threadId: thread.id,
          authorId: account.id,
          ...text,
          official: guardian.isStaff,
        }),
      );
      await this.threads.afterAnswersChanged(manager, thread.id);
      await emit({ threadId: thread.id, change: 'answered', answerId: answer.id, actorId: account.id });
      return answer;
    });
  }

  async edit(guardian: Guardian, input: EditAnswerInput): Promise<AnswerEntity> {
    guardian.ensure(guardian.active('edit'));
    const text = renderBody(input.body, 'answer');
    assertNoPlaceholders(input.body);
    const current = await this.findVisible({ guardian, loaders: new Map() }, input.answerId);
    if (!current) throw notFound('answer');
    const account = guardian.ensure(guardian.posts.canEditAnswer(current));
    await this.threads.limitEdit(guardian, current.body, text.body);
    return this.events.transaction(async (manager, emit) => {
      const answer = await this.lock(manager, input.answerId);
      guardian.ensure(guardian.posts.canEditAnswer(answer));
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

  async delete(guardian: Guardian, input: DeleteAnswerInput): Promise<AnswerEntity> {
    guardian.ensure(guardian.active('delete'));
    return this.events.transaction(async (manager, emit) => {
      const answer = await this.lock(manager, input.answerId);
      const account = guardian.ensure(guardian.posts.canDelete(answer, 'answer'));
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

  async accept(guardian: Guardian, answerId: string): Promise<AnswerEntity> {
    guardian.ensure(guardian.active('accept an answer'));
    return this.events.transaction(async (manager, emit) => {
      const answer = await this.lock(manager, answerId);
      const thread = await this.threads.lock(manager, answer.threadId);
      const account = this.assertCanAccept(guardian, thread, answer);
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

  async unaccept(guardian: Guardian, answerId: string): Promise<AnswerEntity> {
    guardian.ensure(guardian.active('unaccept an answer'));
    return this.events.transaction(async (manager, emit) => {
      const answer = await this.lock(manager, answerId);
      const thread = await this.threads.lock(manager, answer.threadId);
      const account = this.assertCanAccept(guardian, thread, answer);
      if (thread.acceptedAnswerId !== answer.id)
        throw badInput('answerId', msg('errors.answers.notAccepted'));
      await this.reputation.undo(manager, acceptSource(answer.id));
      await this.threads.afterAnswersChanged(manager, thread.id, null);
      await emit({ threadId: thread.id, change: 'unaccepted', answerId: answer.id, actorId: account.id });
      return answer;
    });
  }

  private assertCanAccept(guardian: Guardian, thread: ThreadEntity, answer: AnswerEntity) {
    guardian.check(guardian.posts.see(thread));
    if (!guardian.posts.canSeeAnswer(answer, thread)) throw notFound('answer');
    if (thread.kind !== ThreadKind.QUESTION) throw badInput('answerId', msg('reasons.onlyQuestionsAccept'));
    return guardian.ensure(guardian.posts.canAccept(thread, answer));
  }

  /** Loads and row-locks a live answer inside a transaction; NOT_FOUND when missing or deleted. */
  async lock(manager: EntityManager, id: string): Promise<AnswerEntity> {
    const answer = isUuid(id)
      ? await manager.findOne(AnswerEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!answer || answer.deletedAt) throw notFound('answer');
    return answer;
  }

  /** The answer if the viewer may see it (the guardian decides: hidden, deleted, its thread), or null. */
  async findVisible(
    ctx: Pick<RequestContext, 'guardian' | 'loaders'>,
    id: string,
  ): Promise<AnswerEntity | null> {
    const answer = isUuid(id) ? await this.load(ctx.loaders, id) : null;
    if (!answer) return null;
    const thread = await this.threads.load(ctx.loaders, answer.threadId);
    return thread && ctx.guardian.posts.canSeeAnswer(answer, thread) ? answer : null;
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
    ctx: Pick<RequestContext, 'guardian' | 'loaders'>,
    thread: ThreadEntity,
    page: PageArgs,
  ): Promise<Connection<AnswerEntity>> {
    const { loaders } = ctx;
    // Only threads the viewer may see list answers; hidden answers only for those who see hidden posts.
    if (!ctx.guardian.posts.canSeeThread(thread))
      return toConnection(
        [],
        page.first,
        () => '',
        async () => 0,
      );
    const seeHidden = ctx.guardian.posts.seesHidden;
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
        // Built by the query builder once per batch size (not per page); rows hydrated from their `a_` columns.
        const reader = (this.pageRows ??= entityRows(this.dataSource, AnswerEntity, 'a'));
        const lo = offset;
        const hi = offset + page.first + 1;
        const parameters = [...threadIds, lo, hi];
        const sql = reader.statement(`page:${threadIds.length}:${seeHidden}`, parameters, () =>
          this.answers
            .createQueryBuilder('a')
            .innerJoin(`(${ranked})`, 'ranked', 'ranked.id = a.id')
            .addSelect('ranked.rn', 'rn')
            .where('ranked.rn > :lo AND ranked.rn <= :hi', { lo, hi })
            .setParameters({ threadIds })
            .getQueryAndParameters(),
        );
        const found = await reader.rows(sql, parameters);
        found.sort((x, y) => Number(x.rn) - Number(y.rn));
        const byThread = new Map<string, AnswerEntity[]>(threadIds.map((id) => [id, []]));
        for (const row of found) {
          const answer = reader.hydrate(row);
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

  /**
   * An account's answers, newest first. Those the viewer may not see (hidden answers, answers on hidden or
   * deleted threads) are left out in SQL, so counts and pages agree; the guardian says what is hidden.
   */
  async byAuthor(guardian: Guardian, authorId: string, page: PageArgs): Promise<Connection<AnswerEntity>> {
    const after = decodeCursor(page.after, (v): v is [string, string] => Array.isArray(v) && v.length === 2);
    const seeHidden = guardian.posts.seesHidden;
    const filtered = () => {
      const qb = this.answers
        .createQueryBuilder('a')
        .innerJoin('threads', 't', 't.id = a.thread_id')
        .where('a.author_id = :authorId AND a.deleted_at IS NULL AND t.deleted_at IS NULL', { authorId });
      if (!seeHidden) qb.andWhere('a.hidden_at IS NULL AND t.hidden_at IS NULL');
      // Answers in private categories the viewer may not read: neither listed nor counted.
      qb.andWhere(guardian.posts.readableSql('t.category_id'));
      return qb;
    };
    const qb = filtered();
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
      () => filtered().getCount(),
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

  /**
   * Erasure: with `deletePosts`, the person's answers are emptied and deleted (their revisions go with the
   * threads'); otherwise they stay, under the anonymous name. Returns the threads of those answers.
   */
  async erasePerson(
    manager: EntityManager,
    person: ErasedPerson,
  ): Promise<{ counts: ErasureCounts; threadIds: string[] }> {
    const answers: { thread_id: string }[] = await manager.query(
      'SELECT DISTINCT thread_id FROM answers WHERE author_id = $1',
      [person.id],
    );
    const threadIds = answers.map((a) => a.thread_id);
    if (!person.deletePosts) return { counts: {}, threadIds };
    const counts = await eraseRows(
      manager,
      {
        answers: `UPDATE answers SET body = '', body_html = '', deleted_at = COALESCE(deleted_at, now())
           WHERE author_id = $1`,
      },
      [person.id],
    );
    return { counts, threadIds };
  }
}
