import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum NotificationEventStatus {
  PENDING = 'PENDING',
  DEAD = 'DEAD',
}

/**
 * The notification fan-out's outbox: one row per event, written in the writer's transaction and turned into
 * notifications after the commit, in batches (OutboxDrain), so notifying 10 000 watchers never slows the
 * write that caused it.
 */
@Entity('notification_events')
@Index('notification_events_ready', ['status', 'availableAt', 'id'])
export class NotificationEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  /** A ThreadChanged event, or a direct notification (see NotificationPayload). */
  @Column({ type: 'jsonb' })
  payload: unknown;

  @Column({
    type: 'enum',
    enum: NotificationEventStatus,
    enumName: 'notification_event_status',
    default: NotificationEventStatus.PENDING,
  })
  status: NotificationEventStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt: Date;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
