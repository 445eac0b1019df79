import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { VotedPostColumns } from '../qa/post-columns.entity';
import { ThreadEntity } from '../threads/thread.entity';

/** An answer to a thread; the post-like columns come from VotedPostColumns. */
@Entity('answers')
@Index('answers_thread', ['threadId', 'createdAt'])
@Index('answers_author', ['authorId', 'createdAt'])
export class AnswerEntity extends VotedPostColumns {
  @Column({ type: 'uuid' })
  threadId: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<ThreadEntity>;

  /** Written by staff (employee or admin) at the time: the brand's own voice. */
  @Column({ type: 'boolean', default: false })
  official: boolean;
}
