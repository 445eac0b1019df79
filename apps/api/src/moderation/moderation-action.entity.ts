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
import { ModerationTarget } from './flag.entity';

/** The audit log: every staff action, with who, what, on which target, why, and the state before and after. */
@Entity('moderation_actions')
@Index('moderation_actions_created', ['createdAt'])
@Index('moderation_actions_target', ['targetId', 'createdAt'])
@Index('moderation_actions_actor', ['actorId', 'createdAt'])
export class ModerationActionEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  actorId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<AccountEntity>;

  /** HIDE, RESTORE, LOCK, UNLOCK, CLOSE_DUPLICATE, MERGE, MOVE, EDIT_TAGS, SUSPEND, PIN, FEATURE, … */
  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'enum', enum: ModerationTarget, enumName: 'moderation_target' })
  targetType: ModerationTarget;

  @Column({ type: 'uuid' })
  targetId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
