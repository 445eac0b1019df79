import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { ThreadEntity } from '../threads/thread.entity';
import { SigningKeyEntity } from './signing-key.entity';

/**
 * One signed version of an announcement (a thread of kind ANNOUNCEMENT). The signature covers the canonical
 * form of (id, version, title, body, author id, author name, author title, signed-at); verification compares
 * it with the thread's stored text now, so a changed row shows as not verified.
 */
@Entity('announcement_versions')
@Index('announcement_versions_thread_version', ['threadId', 'version'], { unique: true })
export class AnnouncementVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  threadId: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<ThreadEntity>;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<AccountEntity>;

  @Column({ type: 'text' })
  authorName: string;

  @Column({ type: 'text' })
  authorTitle: string;

  @Column({ type: 'timestamptz' })
  signedAt: Date;

  @Column({ type: 'text' })
  keyId: string;

  @ManyToOne(() => SigningKeyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'key_id' })
  key?: Relation<SigningKeyEntity>;

  @Column({ type: 'text', default: 'Ed25519' })
  algorithm: string;

  /** Base64 signature over the canonical form. */
  @Column({ type: 'text' })
  signature: string;
}
