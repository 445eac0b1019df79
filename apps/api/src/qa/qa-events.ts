// Changes to threads and their answers, announced to other features (search indexing, care queue, sentiment)
// inside the same transaction, and again once it has committed.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../database/transaction';

export type ThreadChange =
  | 'created'
  | 'edited'
  | 'deleted'
  | 'answered'
  | 'answer-edited'
  | 'answer-deleted'
  | 'accepted'
  | 'unaccepted'
  | 'commented'
  | 'voted'
  | 'hidden'
  | 'restored'
  | 'locked'
  | 'unlocked'
  | 'closed'
  | 'merged'
  | 'moved'
  | 'retagged'
  | 'pinned'
  | 'featured'
  | 'assigned'
  /** The asker rated the help (care); answerId is unset. */
  | 'rated'
  /** An employee moved an idea on the roadmap (ideas); answerId is unset. */
  | 'idea-status';

export interface ThreadChanged {
  threadId: string;
  change: ThreadChange;
  answerId?: string | null;
  actorId?: string | null;
}

export interface QaListener {
  /** Runs inside the writing transaction: write here what must commit (or roll back) with the change. */
  onThreadChanged?(manager: EntityManager, event: ThreadChanged): Promise<void>;
  /** Runs after the transaction committed: notify, publish, invalidate. Must not throw. */
  afterCommit?(event: ThreadChanged): void;
}

export type Emit = (event: ThreadChanged) => Promise<void>;

@Injectable()
export class QaEvents {
  private readonly listeners: QaListener[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  register(listener: QaListener): void {
    this.listeners.push(listener);
  }

  /** Runs `work` in a transaction; what it emits reaches listeners inside it, and again after the commit. */
  async transaction<T>(work: (manager: EntityManager, emit: Emit) => Promise<T>): Promise<T> {
    const emitted: ThreadChanged[] = [];
    const result = await inTransaction(this.dataSource, (manager) =>
      work(manager, async (event) => {
        emitted.push(event);
        for (const listener of this.listeners) await listener.onThreadChanged?.(manager, event);
      }),
    );
    for (const event of emitted) for (const listener of this.listeners) listener.afterCommit?.(event);
    return result;
  }
}
