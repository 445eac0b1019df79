// Writes an outbox row, in the writing transaction, for every Q&A change that alters searchable content; a
// rolled-back change leaves no row. After the commit it wakes the in-process indexer.
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { QaEvents, ThreadChange, ThreadChanged } from '../qa/qa-events';
import { SearchIndexer } from './search-indexer';

/** Changes to what a thread's search document holds (text, answers, status, category, tags, visibility). */
export const SEARCHABLE_CHANGES: ReadonlySet<ThreadChange> = new Set<ThreadChange>([
  'created',
  'edited',
  'deleted',
  'hidden',
  'restored',
  'answered',
  'answer-edited',
  'answer-deleted',
  'accepted',
  'unaccepted',
  'moved',
  'retagged',
  'merged',
  'closed',
]);

export const OUTBOX_TOPIC = 'thread';

@Injectable()
export class SearchOutbox implements OnModuleInit {
  constructor(
    private readonly events: QaEvents,
    private readonly indexer: SearchIndexer,
  ) {}

  onModuleInit(): void {
    this.events.register({
      onThreadChanged: (manager, event) => this.write(manager, event),
      afterCommit: (event) => {
        if (SEARCHABLE_CHANGES.has(event.change)) this.indexer.nudge();
      },
    });
  }

  async write(manager: EntityManager, event: ThreadChanged): Promise<void> {
    if (!SEARCHABLE_CHANGES.has(event.change)) return;
    // One pending row per thread is enough, but only one that no indexer holds: a row an indexer has
    // taken (locked) may already have read the thread, and is deleted when its batch commits, so the change
    // committed now would be lost with it. Locking the pending row we reuse keeps indexers off it until
    // this transaction commits; when every pending row is taken, a new row is written.
    await manager.query(
      `WITH free AS (
         SELECT id FROM outbox WHERE topic = $1 AND aggregate_id = $2 AND status = 'PENDING'
         LIMIT 1 FOR UPDATE SKIP LOCKED)
       INSERT INTO outbox (topic, aggregate_id)
       SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM free)`,
      [OUTBOX_TOPIC, event.threadId],
    );
  }
}
