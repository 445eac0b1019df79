// Delivers webhook deliveries: batches claimed with FOR UPDATE SKIP LOCKED (any number of dispatchers side by
// side), each attempt signed afresh, exponential back-off on failure and DEAD after MAX_ATTEMPTS. Runs in the
// API process (WEBHOOK_DISPATCHER=inline) or in `npm run worker` processes.
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CONFIG, Config } from '../config/config';
import { DrainLoop } from '../database/drain-loop';
import { inTransaction } from '../database/transaction';
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
  private readonly logger = new Logger('WebhookDispatcher');
  private readonly loop = new DrainLoop({
    batch: () => this.processBatch(),
    batchSize: BATCH_SIZE,
    pollMs: POLL_MS,
    logger: this.logger,
    what: 'Webhook delivery',
  });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.webhooks.dispatcher === 'inline') this.start();
  }

  start(): void {
    this.loop.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
  }

  nudge(): void {
    this.loop.nudge();
  }

  drain(): Promise<number> {
    return this.loop.drain();
  }

  /** One batch in one transaction: the claimed rows stay locked (skipped by other dispatchers) until it ends. */
  async processBatch(limit = BATCH_SIZE): Promise<{ taken: number; done: number }> {
    return inTransaction(this.dataSource, async (manager) => {
      const due: DueDelivery[] = await manager.query(
        `SELECT d.id, d.event_id, d.event, d.body, d.attempts, w.url, w.secret
         FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
         WHERE d.status = 'PENDING' AND d.available_at <= now()
         ORDER BY d.id LIMIT $1 FOR UPDATE OF d SKIP LOCKED`,
        [limit],
      );
      const outcomes = await Promise.all(due.map((d) => this.attempt(d)));
      let delivered = 0;
      for (const [i, d] of due.entries()) {
        const o = outcomes[i];
        await manager.query(
          `INSERT INTO webhook_attempts (delivery_id, response_status, error, duration_ms) VALUES ($1, $2, $3, $4)`,
          [d.id, o.status, o.error, o.durationMs],
        );
        if (o.ok) {
          delivered++;
          await manager.query(
            `UPDATE webhook_deliveries SET status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = now(),
               delivered_at = now(), response_status = $2, last_error = NULL WHERE id = $1`,
            [d.id, o.status],
          );
        } else {
          const attempts = d.attempts + 1;
          const wait = Math.min(
            this.config.webhooks.retryBaseSeconds * 2 ** (attempts - 1),
            MAX_BACKOFF_SECONDS,
          );
          if (attempts >= MAX_ATTEMPTS) {
            this.logger.warn(
              `Webhook delivery ${d.id} (${d.event}) gave up after ${attempts} attempts: ${o.error}`,
            );
          }
          await manager.query(
            `UPDATE webhook_deliveries SET attempts = $2::int, last_attempt_at = now(), response_status = $3,
               last_error = $4, available_at = now() + make_interval(secs => $5::float8),
               status = (CASE WHEN $2::int >= $6::int THEN 'DEAD' ELSE 'PENDING' END)::webhook_delivery_status
             WHERE id = $1`,
            [d.id, attempts, o.status, o.error, wait, MAX_ATTEMPTS],
          );
        }
      }
      return { taken: due.length, done: delivered };
    });
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
