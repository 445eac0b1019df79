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

export enum FlagReason {
  SPAM = 'SPAM',
  ABUSE = 'ABUSE',
  OFF_TOPIC = 'OFF_TOPIC',
  DUPLICATE = 'DUPLICATE',
  OTHER = 'OTHER',
}

export enum FlagStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  DISMISSED = 'DISMISSED',
}

export enum ModerationTarget {
  THREAD = 'THREAD',
  ANSWER = 'ANSWER',
  COMMENT = 'COMMENT',
  ACCOUNT = 'ACCOUNT',
  /** The community's own settings (admins' site and limit changes); target id SITE_TARGET_ID. */
  SITE = 'SITE',
  CATEGORY = 'CATEGORY',
}

/** The one target id of site-wide changes in the audit log. */
export const SITE_TARGET_ID = '00000000-0000-0000-0000-000000000001';

/** A member's report that a post needs a moderator; one open flag per account and target. */
@Entity('flags')
@Index('flags_one_open_per_account', ['accountId', 'targetId'], { unique: true, where: `"status" = 'OPEN'` })
@Index('flags_target', ['targetId', 'status'])
@Index('flags_status_created', ['status', 'createdAt'])
export class FlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: ModerationTarget, enumName: 'moderation_target' })
  targetType: ModerationTarget;

  @Column({ type: 'uuid' })
  targetId: string;

  /** The thread the flagged post belongs to (for links in the queue). */
  @Column({ type: 'uuid', nullable: true })
  threadId: string | null;

  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  @Column({ type: 'enum', enum: FlagReason, enumName: 'flag_reason' })
  reason: FlagReason;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'enum', enum: FlagStatus, enumName: 'flag_status', default: FlagStatus.OPEN })
  status: FlagStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedById: string | null;
}
