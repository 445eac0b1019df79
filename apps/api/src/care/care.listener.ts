// Listens to Q&A writes: scores sentiment, stops the response clock at the first official answer and
// routes new questions to their category's team (all inside the writing transaction), then tells the
// care queue's subscribers once the write has committed.
import { markdownToText, scoreSentiment } from '@community/domain';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { QaEvents, ThreadChange, ThreadChanged } from '../qa/qa-events';
import { PubSub } from '../common/pubsub';

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
        await manager.query(
          `UPDATE threads t SET assigned_team_id = c.default_team_id FROM categories c
           WHERE t.id = $1 AND c.id = t.category_id AND t.kind = 'QUESTION' AND t.assigned_team_id IS NULL`,
          [event.threadId],
        );
        return;
      case 'edited':
        return this.scoreThread(manager, event.threadId);
      case 'answered':
      case 'answer-edited':
        if (!event.answerId) return;
        await this.scoreAnswer(manager, event.answerId);
        if (event.change === 'answered') {
          // The response clock stops at the first official answer; later ones do not move it.
          await manager.query(
            `UPDATE threads t SET first_official_answer_at = a.created_at FROM answers a
             WHERE a.id = $1 AND t.id = a.thread_id AND a.official AND t.first_official_answer_at IS NULL`,
            [event.answerId],
          );
        }
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
    const [thread]: { title: string; body: string }[] = await manager.query(
      'SELECT title, body FROM threads WHERE id = $1',
      [threadId],
    );
    if (!thread) return;
    const sentiment = scoreSentiment(`${thread.title}\n${markdownToText(thread.body)}`);
    await manager.query('UPDATE threads SET sentiment = $2 WHERE id = $1', [threadId, sentiment]);
  }

  private async scoreAnswer(manager: EntityManager, answerId: string): Promise<void> {
    const [answer]: { body: string }[] = await manager.query('SELECT body FROM answers WHERE id = $1', [
      answerId,
    ]);
    if (!answer) return;
    const sentiment = scoreSentiment(markdownToText(answer.body));
    await manager.query('UPDATE answers SET sentiment = $2 WHERE id = $1', [answerId, sentiment]);
  }
}
