import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { PostColumns } from '../qa/post-columns.entity';
import { AnswerEntity } from '../answers/answer.entity';
import { ThreadEntity } from '../threads/thread.entity';

/** A short remark on a thread or on one of its answers (answerId set); the post columns come from PostColumns. */
@Entity('comments')
@Index('comments_thread', ['threadId', 'createdAt'])
@Index('comments_answer', ['answerId', 'createdAt'])
export class CommentEntity extends PostColumns {
  @Column({ type: 'uuid' })
  threadId: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<ThreadEntity>;

  @Column({ type: 'uuid', nullable: true })
  answerId: string | null;

  @ManyToOne(() => AnswerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'answer_id' })
  answer?: Relation<AnswerEntity>;
}
