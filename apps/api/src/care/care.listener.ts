// Listens to Q&A writes: scores sentiment, stops the response clock at the first official answer and
// routes new questions to their category's team (all inside the writing transaction), then tells the
// care queue's subscribers once the write has committed.
import { markdownToText, scoreSentiment } from '@community/domain';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AnswersService } from '../answers/answers.service';
import { PubSub } from '../common/pubsub';
import { QaEvents, ThreadChange, ThreadChanged } from '../qa/qa-events';
import { ThreadsService } from '../threads/threads.service';

export const CARE_QUEUE_TOPIC = 'careQueueChanged';

/** Changes that can add a question to the queue, take it out, or change how it shows there. */
const QUEUE_CHANGES: ReadonlySet<ThreadChange> = new Set<ThreadChange>([
  'created',
  'edited',
  'deleted',
  'answered',
  'answer-deleted',
  'accepted',
  'unaccepted',
  'hidden',
  'restored',
  'closed',
  'locked',
  'unlocked',
  'merged',
  'moved',
  'retagged',
  'assigned',
]);

@Injectable()
export class CareListener implements OnModuleInit {
  private readonly logger = new Logger(CareListener.name);

  constructor(
    private readonly events: QaEvents,
    private readonly pubsub: PubSub,
    private readonly threads: ThreadsService,
    private readonly answers: AnswersService,
  ) {}

  onModuleInit(): void {
    this.events.register({
      onThreadChanged: (manager, event) => this.onThreadChanged(manager, event),
      afterCommit: (event) => this.afterCommit(event),
    });
  }

  async onThreadChanged(manager: EntityManager, event: ThreadChanged): Promise<void> {
    switch (event.change) {
      case 'created':
        await this.scoreThread(manager, event.threadId);
        await this.threads.assignDefaultTeam(manager, event.threadId);
        return;
      case 'edited':
        return this.scoreThread(manager, event.threadId);
      case 'answered':
      case 'answer-edited':
        if (!event.answerId) return;
        await this.scoreAnswer(manager, event.answerId);
        if (event.change === 'answered') await this.threads.markFirstOfficialAnswer(manager, event.answerId);
        return;
    }
  }

  afterCommit(event: ThreadChanged): void {
    if (!QUEUE_CHANGES.has(event.change)) return;
    this.pubsub
      .publish(CARE_QUEUE_TOPIC, { threadId: event.threadId, change: event.change })
      .catch((error: unknown) => this.logger.warn(`Care queue change not published: ${String(error)}`));
  }

  private async scoreThread(manager: EntityManager, threadId: string): Promise<void> {
    const thread = await this.threads.find(manager, threadId);
    if (!thread) return;
    const sentiment = await scoreSentiment(`${thread.title}\n${markdownToText(thread.body)}`);
    await this.threads.setSentiment(manager, threadId, sentiment);
  }

  private async scoreAnswer(manager: EntityManager, answerId: string): Promise<void> {
    const answer = await this.answers.find(manager, answerId);
    if (!answer) return;
    const sentiment = await scoreSentiment(markdownToText(answer.body));
    await this.answers.setSentiment(manager, answerId, sentiment);
  }
}
