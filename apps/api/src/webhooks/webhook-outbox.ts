// Turns community changes into webhook deliveries, written in the transaction of the change (a rolled-back
// change sends nothing) and dispatched after the commit. The payloads are a read model over threads, answers,
// ratings and accounts, like the search documents: read with SQL here, owned by their features.
import { randomUUID } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { AccountEvents } from '../accounts/account-events';
import { CONFIG, Config } from '../config/config';
import { QaEvents, ThreadChanged } from '../qa/qa-events';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookEvent } from './webhook.entity';

export interface WebhookPayload {
  id: string;
  event: WebhookEvent;
  createdAt: string;
  data: Record<string, unknown>;
}

interface ThreadRow {
  id: string;
  kind: string;
  status: string;
  title: string;
  category_id: string;
  tags: string[];
  created_at: Date;
  author_id: string;
  author_handle: string;
}

interface AnswerRow {
  id: string;
  body: string;
  official: boolean;
  created_at: Date;
  author_id: string;
  author_handle: string;
}

@Injectable()
export class WebhookOutbox implements OnModuleInit {
  constructor(
    private readonly qaEvents: QaEvents,
    private readonly accountEvents: AccountEvents,
    private readonly dispatcher: WebhookDispatcher,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  onModuleInit(): void {
    this.qaEvents.register({
      onThreadChanged: (manager, event) => this.onThreadChanged(manager, event),
      afterCommit: () => this.dispatcher.nudge(),
    });
    this.accountEvents.register({
      onAccountCreated: (manager, account) => this.onAccountCreated(manager, account),
    });
  }

  /** Which webhook events a Q&A change raises. */
  private eventsFor(event: ThreadChanged, answer: AnswerRow | null): WebhookEvent[] {
    switch (event.change) {
      case 'created':
        return [WebhookEvent.THREAD_CREATED];
      case 'answered':
        return answer?.official
          ? [WebhookEvent.ANSWER_POSTED, WebhookEvent.OFFICIAL_ANSWER_POSTED]
          : [WebhookEvent.ANSWER_POSTED];
      case 'accepted':
        return [WebhookEvent.ANSWER_ACCEPTED];
      case 'hidden':
        return event.answerId ? [] : [WebhookEvent.THREAD_HIDDEN];
      case 'rated':
        return [WebhookEvent.RATING_SUBMITTED];
      default:
        return [];
    }
  }

  private async onThreadChanged(manager: EntityManager, event: ThreadChanged): Promise<void> {
    const candidates = this.eventsFor(event, null);
    if (event.change !== 'answered' && !candidates.length) return;
    // Nothing to build when no webhook listens (the common case): one cheap query.
    const wanted = await this.subscribedEvents(manager);
    if (!wanted.size) return;
    const answer = event.answerId ? await this.answer(manager, event.answerId) : null;
    const events = this.eventsFor(event, answer).filter((e) => wanted.has(e));
    if (!events.length) return;
    const thread = await this.thread(manager, event.threadId);
    if (!thread) return;
    const base: Record<string, unknown> = { thread: this.threadData(thread) };
    if (answer) base.answer = this.answerData(answer);
    if (event.actorId) base.actor = await this.accountRef(manager, event.actorId);
    if (event.change === 'rated') base.rating = await this.rating(manager, event.threadId);
    for (const name of events) await this.enqueue(manager, name, base);
  }

  private async onAccountCreated(manager: EntityManager, account: AccountEntity): Promise<void> {
    const wanted = await this.subscribedEvents(manager);
    if (!wanted.has(WebhookEvent.ACCOUNT_CREATED)) return;
    await this.enqueue(manager, WebhookEvent.ACCOUNT_CREATED, {
      account: {
        id: account.id,
        handle: account.handle,
        displayName: account.displayName,
        email: account.email,
        role: account.role,
        createdAt: account.createdAt.toISOString(),
        url: this.url(`/u/${account.handle}`),
      },
    });
  }

  /** One delivery row per webhook subscribed to the event, all with the same payload bytes. */
  async enqueue(manager: EntityManager, event: WebhookEvent, data: Record<string, unknown>): Promise<void> {
    const payload: WebhookPayload = { id: randomUUID(), event, createdAt: new Date().toISOString(), data };
    await manager.query(
      `INSERT INTO webhook_deliveries (webhook_id, event_id, event, body)
       SELECT id, $1, $2, $3 FROM webhooks WHERE $2 = ANY(events)`,
      [payload.id, event, JSON.stringify(payload)],
    );
  }

  private async subscribedEvents(manager: EntityManager): Promise<Set<WebhookEvent>> {
    const rows: { event: WebhookEvent }[] = await manager.query(
      'SELECT DISTINCT unnest(events)::text AS event FROM webhooks',
    );
    return new Set(rows.map((r) => r.event));
  }

  private url(path: string): string {
    return `${this.config.publicUrl ?? `http://localhost:${this.config.port}`}${path}`;
  }

  private async thread(manager: EntityManager, id: string): Promise<ThreadRow | null> {
    const [row] = await manager.query(
      `SELECT t.id, t.kind, t.status, t.title, t.category_id, t.tags, t.created_at, t.author_id,
              a.handle AS author_handle
       FROM threads t JOIN accounts a ON a.id = t.author_id WHERE t.id = $1`,
      [id],
    );
    return (row as ThreadRow | undefined) ?? null;
  }

  private async answer(manager: EntityManager, id: string): Promise<AnswerRow | null> {
    const [row] = await manager.query(
      `SELECT x.id, x.body, x.official, x.created_at, x.author_id, a.handle AS author_handle
       FROM answers x JOIN accounts a ON a.id = x.author_id WHERE x.id = $1`,
      [id],
    );
    return (row as AnswerRow | undefined) ?? null;
  }

  private async accountRef(manager: EntityManager, id: string) {
    const [row] = await manager.query('SELECT id, handle FROM accounts WHERE id = $1', [id]);
    return (row as { id: string; handle: string } | undefined) ?? null;
  }

  private async rating(manager: EntityManager, threadId: string) {
    const [row] = await manager.query(
      'SELECT rating, comment, created_at AS "createdAt" FROM satisfaction_ratings WHERE thread_id = $1',
      [threadId],
    );
    return (row as { rating: number; comment: string | null; createdAt: Date } | undefined) ?? null;
  }

  private threadData(t: ThreadRow) {
    return {
      id: t.id,
      kind: t.kind,
      status: t.status,
      title: t.title,
      categoryId: t.category_id,
      tags: t.tags,
      createdAt: t.created_at.toISOString(),
      url: this.url(`/t/${t.id}`),
      author: { id: t.author_id, handle: t.author_handle },
    };
  }

  private answerData(a: AnswerRow) {
    return {
      id: a.id,
      body: a.body,
      official: a.official,
      createdAt: a.created_at.toISOString(),
      author: { id: a.author_id, handle: a.author_handle },
    };
  }
}
