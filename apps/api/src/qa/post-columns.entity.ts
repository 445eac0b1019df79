// The columns every post-like table shares, declared once (issue 9): threads, answers and comments extend these
// abstract classes (TypeORM inherits their columns; they are not tables themselves, and the column names are the
// same as before, so the schema does not change). Announcements are threads (kind ANNOUNCEMENT).
import {
  Column,
  CreateDateColumn,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';

/** Any post: who wrote it, what it says (Markdown and its rendered HTML), and its removal and hiding. */
export abstract class PostColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<AccountEntity>;

  /** Markdown as written. */
  @Column({ type: 'text' })
  body: string;

  /** Sanitized HTML rendered from `body` on write. */
  @Column({ type: 'text' })
  bodyHtml: string;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /** Hidden by a moderator: invisible to everyone but staff and moderators. */
  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A post people vote on, comment on and edit (threads and answers). */
export abstract class VotedPostColumns extends PostColumns {
  /** Up votes minus down votes. */
  @Column({ type: 'integer', default: 0 })
  score: number;

  @Column({ type: 'integer', default: 0 })
  upVotes: number;

  @Column({ type: 'integer', default: 0 })
  downVotes: number;

  @Column({ type: 'integer', default: 0 })
  commentCount: number;

  /** Sentiment of the text, -1 (negative) … 1 (positive); computed on write. */
  @Column({ type: 'real', nullable: true })
  sentiment: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
