import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';

export enum WebhookEvent {
  THREAD_CREATED = 'THREAD_CREATED',
  ANSWER_POSTED = 'ANSWER_POSTED',
  ANSWER_ACCEPTED = 'ANSWER_ACCEPTED',
  OFFICIAL_ANSWER_POSTED = 'OFFICIAL_ANSWER_POSTED',
  THREAD_HIDDEN = 'THREAD_HIDDEN',
  RATING_SUBMITTED = 'RATING_SUBMITTED',
  ACCOUNT_CREATED = 'ACCOUNT_CREATED',
}

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  /** Gave up after MAX_ATTEMPTS; an admin can redeliver it. */
  DEAD = 'DEAD',
}

/** An admin's subscription: community events POSTed to a URL, signed with the webhook's secret. */
@Entity('webhooks')
export class WebhookEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'enum', enum: WebhookEvent, enumName: 'webhook_event', array: true })
  events: WebhookEvent[];

  @Column({ type: 'text', default: '' })
  description: string;

  /**
   * The HMAC key. Kept as written because signing needs it (a hash would not do); it is shown to admins only
   * when created or rotated, and never published through the API afterwards.
   */
  @Column({ type: 'text', select: false })
  secret: string;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<AccountEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  secretRotatedAt: Date;
}

/**
 * One event for one webhook: the outbox row (written in the transaction of the change it reports, drained
 * with FOR UPDATE SKIP LOCKED) and the delivery log entry at once. The body is serialized once, so every
 * attempt and redelivery sends the same bytes.
 */
@Entity('webhook_deliveries')
@Index('webhook_deliveries_ready', ['status', 'availableAt', 'id'])
@Index('webhook_deliveries_log', ['webhookId', 'id'])
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  webhookId: string;

  @ManyToOne(() => WebhookEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'webhook_id' })
  webhook?: Relation<WebhookEntity>;

  /** The payload's `id`: the same for a redelivery, so receivers can ignore repeats. */
  @Column({ type: 'uuid' })
  eventId: string;

  @Column({ type: 'enum', enum: WebhookEvent, enumName: 'webhook_event' })
  event: WebhookEvent;

  @Column({ type: 'text' })
  body: string;

  @Column({
    type: 'enum',
    enum: WebhookDeliveryStatus,
    enumName: 'webhook_delivery_status',
    default: WebhookDeliveryStatus.PENDING,
  })
  status: WebhookDeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  /** HTTP status of the last attempt; null when no response came (refused, timed out, unreachable). */
  @Column({ type: 'integer', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Each attempt of a delivery, for the log: when, what came back, how long it took. */
@Entity('webhook_attempts')
@Index('webhook_attempts_delivery', ['deliveryId', 'id'])
export class WebhookAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'bigint' })
  deliveryId: string;

  @ManyToOne(() => WebhookDeliveryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id' })
  delivery?: Relation<WebhookDeliveryEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  attemptedAt: Date;

  @Column({ type: 'integer', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'integer' })
  durationMs: number;
}
