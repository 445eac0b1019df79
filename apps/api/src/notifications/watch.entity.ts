import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export enum WatchTarget {
  THREAD = 'THREAD',
  CATEGORY = 'CATEGORY',
  TAG = 'TAG',
}

/**
 * WATCHING: every new answer and comment (and, on a category or tag, every new thread); TRACKING: new
 * answers on a thread, new threads in a category or tag; NORMAL: only what concerns you directly (answers to
 * your question, comments on your post, mentions); MUTED: nothing from there except moderation and private
 * messages.
 */
export enum WatchLevel {
  WATCHING = 'WATCHING',
  TRACKING = 'TRACKING',
  NORMAL = 'NORMAL',
  MUTED = 'MUTED',
}

/** A person's level for a thread, category or tag; targetId is a thread or category id, or a tag name. */
@Entity('watches')
@Index('watches_target', ['targetType', 'targetId', 'level'])
export class WatchEntity {
  @PrimaryColumn({ type: 'uuid' })
  accountId: string;

  @PrimaryColumn({ type: 'enum', enum: WatchTarget, enumName: 'watch_target' })
  targetType: WatchTarget;

  @PrimaryColumn({ type: 'text' })
  targetId: string;

  @Column({ type: 'enum', enum: WatchLevel, enumName: 'watch_level' })
  level: WatchLevel;

  /** False for the watch an asker or answerer gets automatically. */
  @Column({ type: 'boolean', default: true })
  explicit: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
