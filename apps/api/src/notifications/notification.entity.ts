import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum NotificationKind {
  ANSWER = 'ANSWER',
  OFFICIAL_ANSWER = 'OFFICIAL_ANSWER',
  COMMENT = 'COMMENT',
  ACCEPTED = 'ACCEPTED',
  MENTION = 'MENTION',
  PRIVATE_MESSAGE = 'PRIVATE_MESSAGE',
  WATCHED_REPLY = 'WATCHED_REPLY',
  WATCHED_NEW_THREAD = 'WATCHED_NEW_THREAD',
  INVITED_TO_ANSWER = 'INVITED_TO_ANSWER',
  MODERATION = 'MODERATION',
  /** A colleague assigned a thread in the care queue to me. */
  ASSIGNED = 'ASSIGNED',
  /** An employee moved an idea I voted for, asked or watch on the roadmap (reason: the new status). */
  IDEA_STATUS = 'IDEA_STATUS',
}

/** Unread items that absorb later events of their kind on their thread (the others stand alone). */
export const COLLAPSE_WHERE = `read_at IS NULL AND thread_id IS NOT NULL AND kind NOT IN ('MODERATION', 'INVITED_TO_ANSWER')`;

/**
 * One item in a person's notification list. Events of one kind on one thread collapse into the unread item
 * (count grows, createdAt moves to the latest event) through the partial unique index
 * `notifications_unread_collapse` (migration), so "3 new answers" is one row.
 */
@Entity('notifications')
@Index('notifications_recipient_recent', ['recipientId', 'createdAt', 'id'])
@Index('notifications_unread_collapse', ['recipientId', 'threadId', 'kind'], {
  unique: true,
  where: COLLAPSE_WHERE,
})
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  recipientId: string;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Column({ type: 'uuid', nullable: true })
  threadId: string | null;

  /** The answer the latest event concerns (answer, accepted answer, comment's answer), if any. */
  @Column({ type: 'uuid', nullable: true })
  answerId: string | null;

  /** Who caused the latest event (null for the system). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** How many events this item stands for. */
  @Column({ type: 'integer', default: 1 })
  count: number;

  /** Plain text of the latest post, cut short. */
  @Column({ type: 'text', default: '' })
  excerpt: string;

  /** Why, for MODERATION (the moderator's reason) and INVITED_TO_ANSWER; the new status for IDEA_STATUS. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** When the latest event happened. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
