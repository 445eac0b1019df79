import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';

/**
 * A mutation sent with an `Idempotency-Key` header, per account: its request's hash and, once it succeeded,
 * the response a retry with the same key gets instead of running it again. Kept for a day.
 */
@Entity('idempotency_keys')
export class IdempotencyKeyEntity {
  @PrimaryColumn({ type: 'uuid' })
  accountId: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  account?: Relation<AccountEntity>;

  /** SHA-256 of the operation text and variables: the same key with another request is refused. */
  @Column({ type: 'text' })
  requestHash: string;

  /** The response, once the first request succeeded; null while it runs. */
  @Column({ type: 'jsonb', nullable: true })
  response: unknown;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
