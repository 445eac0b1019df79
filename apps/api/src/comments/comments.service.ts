// Comments on threads and answers: short, Markdown, loaded per thread in one query.
import { renderMarkdown } from '@community/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Repository } from 'typeorm';
import { requireActive } from '../accounts/accounts.policy';
import { AnswersService } from '../answers/answers.service';
import { isUuid } from '../common/connection';
import { Viewer } from '../common/context';
import { badInput, forbidden, notFound } from '../common/errors';
import { listLoaderFor, Loaders } from '../common/loaders';
import { RateLimits } from '../common/rate-limits';
import { QaEvents } from '../qa/qa-events';
import { ThreadsService } from '../threads/threads.service';
import { CommentEntity } from './comment.entity';
import { PostCommentInput } from './comment.model';

@Injectable()
export class CommentsService {
  constructor(
    @InjectRepository(CommentEntity) private readonly comments: Repository<CommentEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly answers: AnswersService,
    private readonly rateLimits: RateLimits,
    private readonly events: QaEvents,
  ) {}

  async post(viewer: Viewer | null, input: PostCommentInput): Promise<CommentEntity> {
    const { account } = requireActive(viewer, 'comment');
    if (!input.body.trim()) throw badInput('body', 'Comment is empty.');
    await this.rateLimits.consume('postsPerAccount', account.id);
    await this.threads.limitNewAccount(account, null, input.body);
    return this.events.transaction(async (manager, emit) => {
      const answer = await this.answers.findLive(manager, input.targetId);
      const thread = await this.threads.find(manager, answer?.threadId ?? input.targetId);
      if (!thread || thread.deletedAt) throw notFound('The post you are commenting on');
      this.threads.assertNotLocked(thread, 'comments');
      if (!this.threads.policy.canComment(account, thread, answer ?? undefined)) {
        const check = this.threads.policy.privilege(account, 'comment');
        throw forbidden(check.message, {
          privilege: 'comment',
          requiredReputation: check.required,
          reputation: account.reputation,
        });
      }
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
  private forThreadAll(loaders: Loaders, threadId: string): Promise<CommentEntity[]> {
    return listLoaderFor<string, CommentEntity>(
      loaders,
      'commentsByThread',
      (ids) =>
        this.comments.find({
          where: { threadId: In([...ids]), deletedAt: IsNull() },
          order: { createdAt: 'ASC', id: 'ASC' },
        }),
      (c) => c.threadId,
    ).load(threadId);
  }

  /** Hidden comments are left out unless the viewer may see hidden posts (seeHidden). */
  async onThread(loaders: Loaders, threadId: string, seeHidden = false): Promise<CommentEntity[]> {
    return (await this.forThreadAll(loaders, threadId)).filter(
      (c) => !c.answerId && (seeHidden || !c.hiddenAt),
    );
  }

  async onAnswer(
    loaders: Loaders,
    threadId: string,
    answerId: string,
    seeHidden = false,
  ): Promise<CommentEntity[]> {
    return (await this.forThreadAll(loaders, threadId)).filter(
      (c) => c.answerId === answerId && (seeHidden || !c.hiddenAt),
    );
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
}
