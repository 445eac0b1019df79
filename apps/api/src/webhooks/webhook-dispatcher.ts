// Delivers webhook deliveries through the shared OutboxDrain: batches claimed with FOR UPDATE SKIP LOCKED (any
// number of dispatchers side by side), each attempt signed afresh and logged, exponential back-off on failure
// and DEAD after MAX_ATTEMPTS. Runs in the API process (WEBHOOK_DISPATCHER=inline) or in `npm run worker`
// processes.
import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Failures, OutboxDrain } from '../common/outbox-drain';
import { CONFIG, Config } from '../config/config';
import { postOnce } from './webhook-target';
import { SIGNATURE_HEADER, signatureHeader } from './webhook-signature';

export const MAX_ATTEMPTS = 10;
/** Small batches: a batch holds its rows (and a connection) while its requests run, each up to the timeout. */
export const BATCH_SIZE = 20;
const POLL_MS = 1000;
/** Retries wait base × 2^(attempt − 1), at most this long. */
const MAX_BACKOFF_SECONDS = 6 * 3600;

interface DueDelivery {
  id: string;
  event_id: string;
  event: string;
  body: string;
  attempts: number;
  url: string;
  secret: string;
}

interface Outcome {
  ok: boolean;
  status: number | null;
  error: string | null;
  durationMs: number;
}

@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly drainer: OutboxDrain<DueDelivery>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
  ) {
    this.drainer = new OutboxDrain<DueDelivery>(dataSource, {
      name: 'WebhookDispatcher',
      table: 'webhook_deliveries',
      statusType: 'webhook_delivery_status',
      columns: 'o.id, o.event_id, o.event, o.body, o.attempts, w.url, w.secret',
      join: 'JOIN webhooks w ON w.id = o.webhook_id',
      batchSize: BATCH_SIZE,
      maxAttempts: MAX_ATTEMPTS,
      retryBaseSeconds: () => this.config.webhooks.retryBaseSeconds,
      maxRetrySeconds: MAX_BACKOFF_SECONDS,
      pollMs: POLL_MS,
      handle: (manager, due) => this.deliver(manager, due),
      // Delivered rows stay as the delivery log.
      complete: (manager, ids) =>
        manager.query(
          `UPDATE webhook_deliveries SET status = 'DELIVERED', attempts = attempts + 1, delivered_at = now(),
             last_error = NULL WHERE id = ANY($1::bigint[])`,
          [ids],
        ),
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.webhooks.dispatcher === 'inline') this.start();
  }

  start(): void {
    this.drainer.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.drainer.stop();
  }

  nudge(): void {
    this.drainer.nudge();
  }

  /** Delivers every due delivery now; returns how many were delivered. */
  drain(): Promise<number> {
    return this.drainer.drain();
  }

  /** Sends a batch at once and logs each attempt; the drain backs off the failed ones. */
  private async deliver(manager: EntityManager, due: DueDelivery[]): Promise<Failures> {
    const outcomes = await Promise.all(due.map((d) => this.attempt(d)));
    await manager.query(
      `WITH o AS (SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::int[]) AS o(id, status, error, ms)),
         logged AS (INSERT INTO webhook_attempts (delivery_id, response_status, error, duration_ms)
                    SELECT id, status, error, ms FROM o)
       UPDATE webhook_deliveries d SET last_attempt_at = now(), response_status = o.status FROM o WHERE d.id = o.id`,
      [
        due.map((d) => d.id),
        outcomes.map((o) => o.status),
        outcomes.map((o) => o.error),
        outcomes.map((o) => o.durationMs),
      ],
    );
    const failures: Failures = new Map();
    for (const [i, d] of due.entries()) {
      const o = outcomes[i];
      if (!o.ok) failures.set(d.id, o.error ?? 'The delivery failed.');
    }
    return failures;
  }

  private async attempt(d: DueDelivery): Promise<Outcome> {
    const started = Date.now();
    try {
      const { status, durationMs } = await postOnce(
        d.url,
        d.body,
        {
          'content-type': 'application/json',
          'user-agent': 'Community-Webhooks/1',
          'community-event': d.event,
          'community-delivery': d.event_id,
          [SIGNATURE_HEADER.toLowerCase()]: signatureHeader(d.secret, d.body),
        },
        { timeoutMs: this.config.webhooks.timeoutMs, allowPrivate: this.config.webhooks.allowPrivate },
      );
      if (status >= 200 && status < 300) return { ok: true, status, error: null, durationMs };
      const error =
        status >= 300 && status < 400
          ? `Redirect (${status}) not followed: point the webhook at the final URL.`
          : `The receiver answered ${status}.`;
      return { ok: false, status, error, durationMs };
    } catch (e) {
      const error = (e instanceof Error ? e.message : String(e)).slice(0, 500);
      return { ok: false, status: null, error, durationMs: Date.now() - started };
    }
  }
}
