// Admins manage webhooks (URL, events, secret) and read their delivery log; redelivery queues the same payload again.
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Connection, decodeCursor, encodeCursor, isUuid, PageArgs, toConnection } from '../common/connection';
import { badInput, notFound } from '../common/errors';
import { Loaders, listLoaderFor } from '../common/loaders';
import { CONFIG, Config } from '../config/config';
import type { AccountEntity } from '../accounts/account.entity';
import { Guardian } from '../guardian/guardian';
import { WebhookDispatcher } from './webhook-dispatcher';
import {
  WebhookAttemptEntity,
  WebhookDeliveryEntity,
  WebhookDeliveryStatus,
  WebhookEntity,
} from './webhook.entity';
import { newWebhookSecret } from './webhook-signature';
import { assertPublicHost, TargetRefused } from './webhook-target';
import {
  CreateWebhookInput,
  RedeliverWebhookInput,
  UpdateWebhookInput,
  WebhookIdInput,
} from './webhooks.inputs';
import { ErasedPerson, ErasureCounts, eraseRows } from '../common/erasure';
import { msg } from '../i18n/translate';

const MAX_WEBHOOKS = 50;

@Injectable()
export class WebhooksService {
  constructor(
    @InjectRepository(WebhookEntity) private readonly webhooks: Repository<WebhookEntity>,
    @InjectRepository(WebhookDeliveryEntity) private readonly deliveries: Repository<WebhookDeliveryEntity>,
    @InjectRepository(WebhookAttemptEntity) private readonly attempts: Repository<WebhookAttemptEntity>,
    private readonly dispatcher: WebhookDispatcher,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  private requireAdmin(guardian: Guardian): AccountEntity {
    return guardian.ensure(guardian.webhooks.canManage());
  }

  /** Refuses URLs that are not http(s), carry credentials, or reach private addresses (unless allowed). */
  private async checkUrl(raw: string): Promise<string> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw badInput('url', msg('errors.webhooks.urlInvalid'));
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw badInput('url', msg('errors.webhooks.urlScheme'));
    }
    if (url.username || url.password) {
      throw badInput('url', msg('errors.webhooks.noCredentials'));
    }
    if (!this.config.webhooks.allowPrivate) {
      try {
        await assertPublicHost(url.hostname);
      } catch (e) {
        if (e instanceof TargetRefused) throw badInput('url', e.wording);
        throw e;
      }
    }
    return url.toString();
  }

  list(guardian: Guardian): Promise<WebhookEntity[]> {
    this.requireAdmin(guardian);
    return this.webhooks.find({ order: { createdAt: 'ASC' } });
  }

  async get(guardian: Guardian, id: string): Promise<WebhookEntity> {
    this.requireAdmin(guardian);
    const webhook = isUuid(id) ? await this.webhooks.findOne({ where: { id } }) : null;
    if (!webhook) throw notFound('webhook');
    return webhook;
  }

  async create(
    guardian: Guardian,
    input: CreateWebhookInput,
  ): Promise<{ webhook: WebhookEntity; secret: string }> {
    const account = this.requireAdmin(guardian);
    const url = await this.checkUrl(input.url);
    if ((await this.webhooks.count()) >= MAX_WEBHOOKS) {
      throw badInput('url', msg('errors.webhooks.tooMany', { count: MAX_WEBHOOKS }));
    }
    const secret = newWebhookSecret();
    const webhook = await this.webhooks.save(
      this.webhooks.create({
        url,
        events: [...new Set(input.events)],
        description: input.description ?? '',
        secret,
        createdById: account.id,
      }),
    );
    return { webhook, secret };
  }

  async update(guardian: Guardian, input: UpdateWebhookInput): Promise<WebhookEntity> {
    const webhook = await this.get(guardian, input.id);
    if (input.url !== undefined) webhook.url = await this.checkUrl(input.url);
    if (input.events) webhook.events = [...new Set(input.events)];
    if (input.description !== undefined) webhook.description = input.description;
    await this.webhooks.update(
      { id: webhook.id },
      { url: webhook.url, events: webhook.events, description: webhook.description },
    );
    return webhook;
  }

  async remove(guardian: Guardian, input: WebhookIdInput): Promise<boolean> {
    const webhook = await this.get(guardian, input.id);
    await this.webhooks.delete({ id: webhook.id });
    return true;
  }

  /** A new secret, effective for the next attempt; the old one stops verifying at once. */
  async rotateSecret(
    guardian: Guardian,
    input: WebhookIdInput,
  ): Promise<{ webhook: WebhookEntity; secret: string }> {
    const webhook = await this.get(guardian, input.id);
    const secret = newWebhookSecret();
    webhook.secretRotatedAt = new Date();
    await this.webhooks.update({ id: webhook.id }, { secret, secretRotatedAt: webhook.secretRotatedAt });
    return { webhook, secret };
  }

  /** The delivery log of one webhook, newest first (keyset on id). */
  async deliveriesOf(
    guardian: Guardian,
    webhookId: string,
    page: PageArgs,
  ): Promise<Connection<WebhookDeliveryEntity>> {
    this.requireAdmin(guardian);
    const after = decodeCursor(
      page.after,
      (v): v is { id: string } => typeof (v as { id?: unknown })?.id === 'string',
    );
    const query = this.deliveries
      .createQueryBuilder('d')
      .where('d.webhook_id = :webhookId', { webhookId })
      .orderBy('d.id', 'DESC')
      .take(page.first + 1);
    if (after) query.andWhere('d.id < :id', { id: after.id });
    const rows = await query.getMany();
    return toConnection(rows, page.first, (d) => encodeCursor({ id: d.id }));
  }

  /** Every attempt of a delivery, oldest first; batched per request. */
  attemptsOf(loaders: Loaders, deliveryId: string): Promise<WebhookAttemptEntity[]> {
    return listLoaderFor<string, WebhookAttemptEntity>(
      loaders,
      'webhookAttemptsByDelivery',
      (ids) => this.attempts.find({ where: { deliveryId: In([...ids]) }, order: { id: 'ASC' } }),
      (a) => a.deliveryId,
    ).load(deliveryId);
  }

  /** Queues the same payload (same event id) for another round of attempts. */
  async redeliver(guardian: Guardian, input: RedeliverWebhookInput): Promise<WebhookDeliveryEntity> {
    this.requireAdmin(guardian);
    const original = await this.deliveries.findOne({ where: { id: input.deliveryId } });
    if (!original) throw notFound('delivery');
    const copy = await this.deliveries.save(
      this.deliveries.create({
        webhookId: original.webhookId,
        eventId: original.eventId,
        event: original.event,
        body: original.body,
        status: WebhookDeliveryStatus.PENDING,
      }),
    );
    this.dispatcher.nudge();
    return copy;
  }

  /** Erasure: webhook payloads already built (sent or pending) that name the person are redacted. */
  erasePerson(manager: EntityManager, person: ErasedPerson): Promise<ErasureCounts> {
    return eraseRows(
      manager,
      {
        webhookPayloads: `UPDATE webhook_deliveries SET body = json_build_object('id', event_id, 'event', event,
           'createdAt', created_at, 'data', json_build_object('redacted', true))::text
         WHERE strpos(body, $1) > 0 OR strpos(lower(body), lower($2)) > 0`,
      },
      [person.id, person.email],
    );
  }
}
