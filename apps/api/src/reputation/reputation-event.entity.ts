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
import type { ReputationReason } from '@community/domain';

export const REPUTATION_REASONS: ReputationReason[] = [
  'THREAD_UPVOTED',
  'ANSWER_UPVOTED',
  'DOWNVOTE_RECEIVED',
  'DOWNVOTE_CAST',
  'ANSWER_ACCEPTED',
  'ACCEPTED_AN_ANSWER',
];

/**
 * The reputation ledger: every change is a row with its reason and source. An account's reputation is
 * max(1, 1 + sum(delta)); undoing a vote or an accept deletes the rows that event wrote.
 */
@Entity('reputation_events')
@Index('reputation_events_account', ['accountId', 'createdAt'])
@Index('reputation_events_source', ['sourceKey'])
export class ReputationEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  @Column({ type: 'enum', enum: REPUTATION_REASONS, enumName: 'reputation_reason' })
  reason: ReputationReason;

  /** Points granted (after the daily cap); 0 when the cap swallowed the gain. */
  @Column({ type: 'integer' })
  delta: number;

  /** What caused it, so it can be undone: `vote:<voter>:<target>` or `accept:<answer>`. */
  @Column({ type: 'text' })
  sourceKey: string;

  /** The thread the event concerns, for the history page. */
  @Column({ type: 'uuid', nullable: true })
  threadId: string | null;

  /** The answer the event concerns, if any. */
  @Column({ type: 'uuid', nullable: true })
  answerId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
