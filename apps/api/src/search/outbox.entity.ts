import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum OutboxStatus {
  PENDING = 'PENDING',
  DEAD = 'DEAD',
}

/**
 * Work for the search indexer, written in the same transaction as the change it describes. Drained with
 * FOR UPDATE SKIP LOCKED; a row is deleted once indexed, retried with back-off, and parked as DEAD after
 * repeated failures (admins can see and retry those).
 */
@Entity('outbox')
@Index('outbox_ready', ['status', 'availableAt', 'id'])
export class OutboxEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  /** What changed, e.g. "thread". */
  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'uuid' })
  aggregateId: string;

  @Column({ type: 'enum', enum: OutboxStatus, enumName: 'outbox_status', default: OutboxStatus.PENDING })
  status: OutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt: Date;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
