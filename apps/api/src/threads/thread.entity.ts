import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { AnswerEntity } from '../answers/answer.entity';
import { CategoryEntity } from '../categories/category.entity';
import { VotedPostColumns } from '../qa/post-columns.entity';

export enum ThreadKind {
  QUESTION = 'QUESTION',
  DISCUSSION = 'DISCUSSION',
  IDEA = 'IDEA',
  ANNOUNCEMENT = 'ANNOUNCEMENT',
}

/** Where an idea stands on the roadmap (ideas only; staff move it, see apps/api/src/ideas). */
export enum IdeaStatus {
  UNDER_REVIEW = 'UNDER_REVIEW',
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  SHIPPED = 'SHIPPED',
  DECLINED = 'DECLINED',
}

export enum ThreadStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  SOLVED = 'SOLVED',
}

/** A question, discussion, idea or announcement: the post-like columns come from VotedPostColumns. */
@Entity('threads')
@Index('threads_category_created', ['categoryId', 'createdAt'])
@Index('threads_category_activity', ['categoryId', 'lastActivityAt'])
@Index('threads_category_popular', ['categoryId', 'popularScore'])
@Index('threads_category_score', ['categoryId', 'score'])
@Index('threads_created', ['createdAt'])
@Index('threads_activity', ['lastActivityAt'])
@Index('threads_popular', ['popularScore'])
@Index('threads_author', ['authorId', 'createdAt'])
@Index('threads_assignee', ['assigneeId'])
@Index('threads_idea_roadmap', ['ideaStatus', 'score'])
export class ThreadEntity extends VotedPostColumns {
  @Column({ type: 'uuid' })
  categoryId: string;

  @ManyToOne(() => CategoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id' })
  category?: Relation<CategoryEntity>;

  @Column({ type: 'enum', enum: ThreadKind, enumName: 'thread_kind' })
  kind: ThreadKind;

  @Column({ type: 'enum', enum: ThreadStatus, enumName: 'thread_status', default: ThreadStatus.OPEN })
  status: ThreadStatus;

  /** Ideas only (UNDER_REVIEW when shared); null for every other kind. History: idea_status_changes. */
  @Column({ type: 'enum', enum: IdeaStatus, enumName: 'idea_status', nullable: true })
  ideaStatus: IdeaStatus | null;

  @Column({ type: 'text' })
  title: string;

  @Index('threads_tags', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'uuid', nullable: true })
  acceptedAnswerId: string | null;

  @ManyToOne(() => AnswerEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'accepted_answer_id' })
  acceptedAnswer?: Relation<AnswerEntity>;

  @Column({ type: 'integer', default: 0 })
  answerCount: number;

  @Column({ type: 'integer', default: 0 })
  viewCount: number;

  /** Time-decayed rank (libs/domain popular.ts), updated when votes, answers or views change. */
  @Column({ type: 'double precision', default: 0 })
  popularScore: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lockedAt: Date | null;

  /** Pinned by a moderator (or an announcement's pinnedUntil) until this time. */
  @Column({ type: 'timestamptz', nullable: true })
  pinnedUntil: Date | null;

  /** Featured by a moderator: leads the home page. */
  @Column({ type: 'timestamptz', nullable: true })
  featuredAt: Date | null;

  /** Closed as a duplicate of another thread (duplicateOfId). */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  duplicateOfId: string | null;

  @ManyToOne(() => ThreadEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'duplicate_of_id' })
  duplicateOf?: Relation<ThreadEntity>;

  /** The employee the care team routed this thread to. */
  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: Relation<AccountEntity>;

  /** The team the thread is routed to (the category's default team unless reassigned). */
  @Column({ type: 'uuid', nullable: true })
  assignedTeamId: string | null;

  /** When the first official (staff) answer arrived: the end of the response clock. */
  @Column({ type: 'timestamptz', nullable: true })
  firstOfficialAnswerAt: Date | null;
}
