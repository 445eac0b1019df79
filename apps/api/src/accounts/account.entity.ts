import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum Role {
  MEMBER = 'MEMBER',
  EMPLOYEE = 'EMPLOYEE',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}

@Entity('accounts')
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

  /** Set when the account followed the emailed confirmation link. */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** Set when the person's data was erased; the row stays as an anonymous tombstone for their public posts. */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
