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
import { IdeaStatus, ThreadEntity } from '../threads/thread.entity';

/**
 * One move of an idea on the roadmap, with the employee's note to the community: the idea page shows them
 * all, oldest first. The idea's current status lives on the thread (threads.idea_status).
 */
@Entity('idea_status_changes')
@Index('idea_status_changes_thread', ['threadId', 'createdAt'])
export class IdeaStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  threadId: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<ThreadEntity>;

  @Column({ type: 'enum', enum: IdeaStatus, enumName: 'idea_status' })
  status: IdeaStatus;

  /** The status before this change (UNDER_REVIEW for the first move). */
  @Column({ type: 'enum', enum: IdeaStatus, enumName: 'idea_status' })
  previousStatus: IdeaStatus;

  /** Plain text shown on the idea (never HTML). */
  @Column({ type: 'text', default: '' })
  note: string;

  /** The employee who moved it (null once their account is erased). */
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<AccountEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
