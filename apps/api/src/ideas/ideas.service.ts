// Ideas that move: employees set an idea's roadmap status with a note; the thread keeps the current status,
// this feature keeps every move (idea_status_changes). Voters and watchers hear about it through the
// notification fan-out (the 'idea-status' Q&A event).
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { badInput, notFound } from '../common/errors';
import { listLoaderFor, Loaders } from '../common/loaders';
import { Guardian } from '../guardian/guardian';
import { QaEvents } from '../qa/qa-events';
import { IdeaStatus, ThreadKind } from '../threads/thread.entity';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadsService } from '../threads/threads.service';
import { IdeaStatusChangeEntity } from './idea-status-change.entity';
import { SetIdeaStatusInput } from './ideas.model';
import { msg } from '../i18n/translate';

@Injectable()
export class IdeasService {
  constructor(
    @InjectRepository(IdeaStatusChangeEntity) private readonly changes: Repository<IdeaStatusChangeEntity>,
    private readonly threads: ThreadsService,
    private readonly events: QaEvents,
  ) {}

  async setStatus(guardian: Guardian, input: SetIdeaStatusInput): Promise<ThreadEntity> {
    guardian.ensure(guardian.ideas.canSetStatus());
    const visible = await this.threads.findVisible(guardian, input.threadId);
    if (!visible || visible.deletedAt) throw notFound('idea');
    if (visible.kind !== ThreadKind.IDEA) throw badInput('threadId', msg('errors.ideas.notAnIdea'));
    const note = (input.note ?? '').trim();
    return this.events.transaction(async (manager, emit) => {
      const thread = await this.threads.lock(manager, input.threadId);
      const account = guardian.ensure(guardian.ideas.canSetStatus(thread));
      const previousStatus = thread.ideaStatus ?? IdeaStatus.UNDER_REVIEW;
      if (previousStatus === input.status && !note) throw badInput('note', msg('errors.ideas.sameStatus'));
      await manager.insert(IdeaStatusChangeEntity, {
        threadId: thread.id,
        status: input.status,
        previousStatus,
        note,
        authorId: account.id,
      });
      await this.threads.setIdeaStatus(manager, thread.id, input.status);
      await emit({ threadId: thread.id, change: 'idea-status', actorId: account.id });
      return Object.assign(thread, { ideaStatus: input.status });
    });
  }

  /** An idea's moves, oldest first (batched per request). */
  historyOf(loaders: Loaders, threadId: string): Promise<IdeaStatusChangeEntity[]> {
    return listLoaderFor<string, IdeaStatusChangeEntity>(
      loaders,
      'ideaStatusChangesByThread',
      (ids) =>
        this.changes.find({ where: { threadId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (c) => c.threadId,
    ).load(threadId);
  }
}
