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

export enum RevisionTarget {
  THREAD = 'THREAD',
  ANSWER = 'ANSWER',
}

/** The text a post had before an edit: who changed it and when. Anyone can read them. */
@Entity('revisions')
@Index('revisions_target', ['targetId', 'createdAt'])
export class RevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: RevisionTarget, enumName: 'revision_target' })
  targetType: RevisionTarget;

  @Column({ type: 'uuid' })
  targetId: string;

  @Column({ type: 'uuid' })
  editorId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'editor_id' })
  editor?: Relation<AccountEntity>;

  /** Previous title (threads only). */
  @Column({ type: 'text', nullable: true })
  title: string | null;

  /** Previous Markdown body. */
  @Column({ type: 'text' })
  body: string;

  /** Previous tags (threads only). */
  @Column({ type: 'text', array: true, nullable: true })
  tags: string[] | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
