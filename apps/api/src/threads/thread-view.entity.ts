import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { ThreadEntity } from './thread.entity';

/** Last counted view per viewer (account id, or a hash of address and browser for visitors). */
@Entity('thread_views')
export class ThreadViewEntity {
  @PrimaryColumn({ type: 'uuid' })
  threadId: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<ThreadEntity>;

  @PrimaryColumn({ type: 'text' })
  viewerKey: string;

  @Column({ type: 'timestamptz' })
  viewedAt: Date;
}
