// Comments on threads and answers: short, Markdown, loaded per thread in one query.
import { renderMarkdown } from '@community/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Repository } from 'typeorm';
import type { AnswerEntity } from '../answers/answer.entity';
import { AnswersService } from '../answers/answers.service';
import type { ThreadEntity } from '../threads/thread.entity';
import { isUuid } from '../common/connection';
import { RequestContext } from '../common/context';
import { Guardian } from '../guardian/guardian';
import { badInput, notFound } from '../common/errors';
import { entityRows, EntityRows } from '../common/entity-rows';
import { listLoaderFor, loaded, Loaders } from '../common/loaders';
import { RateLimits } from '../common/rate-limits';
import { QaEvents } from '../qa/qa-events';
import { ThreadsService } from '../threads/threads.service';
import { CommentEntity } from './comment.entity';
import { PostCommentInput } from './comment.model';
import { ErasedPerson, ErasureCounts, eraseRows } from '../common/erasure';
import { msg } from '../i18n/translate';

@Injectable()
export class CommentsService {
  private rowReader?: EntityRows<CommentEntity>;

  constructor(
    @InjectRepository(CommentEntity) private readonly comments: Repository<CommentEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly answers: AnswersService,
    private readonly rateLimits: RateLimits,
    private readonly events: QaEvents,
  ) {}

  async post(guardian: Guardian, input: PostCommentInput): Promise<CommentEntity> {
    const account = guardian.ensure(guardian.active('comment'));
    if (!input.body.trim()) throw badInput('body', msg('errors.comments.empty'));
    await this.rateLimits.consume('postsPerAccount', account.id);
    await this.threads.limitNewAccount(guardian, null, input.body);
    return this.events.transaction(async (manager, emit) => {
      const answer = await this.answers.findLive(manager, input.targetId);
      const thread = await this.threads.find(manager, answer?.threadId ?? input.targetId);
      if (
        !thread ||
        thread.deletedAt ||
        !(answer ? guardian.posts.canSeeAnswer(answer, thread) : guardian.posts.canSeeThread(thread))
      )
        throw notFound('postCommented');
      guardian.ensure(guardian.posts.canComment(thread, answer));
      const comment = await manager.save(
        manager.create(CommentEntity, {
          threadId: thread.id,
          answerId: answer?.id ?? null,
          authorId: account.id,
          body: input.body,
          bodyHtml: renderMarkdown(input.body),
        }),
      );
      if (answer) await this.answers.addComment(manager, answer.id);
      await this.threads.touch(manager, thread.id, 1);
      await emit({
        threadId: thread.id,
        change: 'commented',
        answerId: answer?.id ?? null,
        actorId: account.id,
      });
      return comment;
    });
  }

  /** Every live comment of a thread (on the thread and on its answers), oldest first; one query per page. */
  private forThreadAll(loaders: Loaders, threadId: string): CommentEntity[] | Promise<CommentEntity[]> {
    return loaded(this.byThread(loaders), threadId);
  }

  private byThread(loaders: Loaders) {
    return listLoaderFor<string, CommentEntity>(
      loaders,
      'commentsByThread',
      async (ids) => {
        // The statement `comments.find({ where: { threadId: In(ids), deletedAt: IsNull() }, order })` runs,
        // built once per batch size instead of per page.
        const rows = (this.rowReader ??= entityRows(this.dataSource, CommentEntity));
        const sql = rows.statement(`live-by-thread:${ids.length}`, ids, () =>
          this.comments
            .createQueryBuilder(rows.alias)
            .setFindOptions({
              where: { threadId: In([...ids]), deletedAt: IsNull() },
              order: { createdAt: 'ASC', id: 'ASC' },
            })
            .getQueryAndParameters(),
        );
        return (await rows.rows(sql, ids)).map((row) => rows.hydrate(row));
      },
      (c) => c.threadId,
    );
  }

  /** The thread's own comments the viewer may see (the guardian decides: hidden, and the thread itself). */
  async onThread(
    ctx: Pick<RequestContext, 'guardian' | 'loaders'>,
    thread: ThreadEntity,
  ): Promise<CommentEntity[]> {
    return (await this.forThreadAll(ctx.loaders, thread.id)).filter(
      (c) => !c.answerId && ctx.guardian.posts.canSeeComment(c, thread),
    );
  }

  /** An answer's comments the viewer may see: at once when the page has loaded its thread and comments. */
  onAnswer(
    ctx: Pick<RequestContext, 'guardian' | 'loaders'>,
    answer: AnswerEntity,
  ): CommentEntity[] | Promise<CommentEntity[]> {
    const pick = (thread: ThreadEntity | null, all: CommentEntity[]) =>
      thread
        ? all.filter((c) => c.answerId === answer.id && ctx.guardian.posts.canSeeComment(c, thread, answer))
        : [];
    const thread = this.threads.loaded(ctx.loaders, answer.threadId);
    const all = this.forThreadAll(ctx.loaders, answer.threadId);
    return thread instanceof Promise || all instanceof Promise
      ? Promise.all([thread, all]).then(([t, a]) => pick(t, a))
      : pick(thread, all);
  }

  // ---- what other features ask of the comments table --------------------------------------------------

  /** The comment by id inside a transaction, deleted or not (row-locked when asked); null when missing. */
  find(manager: EntityManager, id: string, lock = false): Promise<CommentEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return manager.findOne(CommentEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** Comments follow their answers when answers move to another thread (a merge). */
  async followAnswers(manager: EntityManager, answerIds: string[], threadId: string): Promise<void> {
    if (!answerIds.length) return;
    await manager.query('UPDATE comments SET thread_id = $2 WHERE answer_id = ANY($1)', [
      answerIds,
      threadId,
    ]);
  }

  setHidden(manager: EntityManager, comment: CommentEntity, hiddenAt: Date | null): Promise<CommentEntity> {
    comment.hiddenAt = hiddenAt;
    return manager.save(comment);
  }

  /** Erasure: with `deletePosts`, the person's comments are emptied and deleted; otherwise they stay, anonymous. */
  async erasePerson(manager: EntityManager, person: ErasedPerson): Promise<ErasureCounts> {
    if (!person.deletePosts) return {};
    return eraseRows(
      manager,
      {
        comments: `UPDATE comments SET body = '', body_html = '', deleted_at = COALESCE(deleted_at, now())
           WHERE author_id = $1`,
      },
      [person.id],
    );
  }
}
