import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum Role {
  MEMBER = 'MEMBER',
  EMPLOYEE = 'EMPLOYEE',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}

@Entity('accounts')
@Index('accounts_unconfirmed_email', ['unconfirmedEmail', 'createdAt'])
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Unique case-insensitively (citext). */
  @Column({ type: 'citext', unique: true })
  email: string;

  @Column({ type: 'text', unique: true })
  handle: string;

  @Column({ type: 'text' })
  displayName: string;

  /** argon2id; never loaded unless asked for (`addSelect`), so it cannot leak through a page. */
  @Column({ type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'enum', enum: Role, enumName: 'account_role', default: Role.MEMBER })
  role: Role;

  @Column({ type: 'text', nullable: true })
  jobTitle: string | null;

  /** Cached sum of the reputation ledger; never below 1. */
  @Column({ type: 'integer', default: 1 })
  reputation: number;

  /** A suspended account cannot post until then. */
  @Column({ type: 'timestamptz', nullable: true })
  suspendedUntil: Date | null;

  @Column({ type: 'text', nullable: true })
  suspensionReason: string | null;

  /**
   * Set only on an account made by signing up with an address another account already owns: the address that
   * was typed, shown to this account as its own, but never mailed, linked or confirmable (the owner is warned
   * instead). `email` then holds a unique placeholder under `.invalid`. See "Sign-up and taken addresses".
   */
  @Column({ type: 'citext', nullable: true })
  unconfirmedEmail: string | null;

  /** Set when the account followed the emailed confirmation link. */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** Set when the person's data was erased; the row stays as an anonymous tombstone for their public posts. */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  /** The interface language the person chose (en, ru, sl, zh-CN); null: their browser's, else the community's. */
  @Column({ type: 'text', nullable: true })
  locale: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
