import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { ThreadEntity } from '../threads/thread.entity';

@Entity('answers')
@Index('answers_thread', ['threadId', 'createdAt'])
@Index('answers_author', ['authorId', 'createdAt'])
export class AnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  threadId: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<ThreadEntity>;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<AccountEntity>;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text' })
  bodyHtml: string;

  /** Written by staff (employee or admin) at the time: the brand's own voice. */
  @Column({ type: 'boolean', default: false })
  official: boolean;

  @Column({ type: 'integer', default: 0 })
  score: number;

  @Column({ type: 'integer', default: 0 })
  upVotes: number;

  @Column({ type: 'integer', default: 0 })
  downVotes: number;

  @Column({ type: 'integer', default: 0 })
  commentCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /** Hidden by a moderator. */
  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  /** Sentiment of the answer text, -1 … 1; computed on write. */
  @Column({ type: 'real', nullable: true })
  sentiment: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
