import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum MailPurpose {
  NOTIFICATION = 'NOTIFICATION',
  DIGEST = 'DIGEST',
  PASSWORD_RESET = 'PASSWORD_RESET',
  VERIFY_EMAIL = 'VERIFY_EMAIL',
  /** To an address's owner when someone signs up with it. */
  ACCOUNT_EXISTS = 'ACCOUNT_EXISTS',
  /** The link to a finished data export. */
  DATA_EXPORT = 'DATA_EXPORT',
}

/** PENDING: waiting (delay, back-off); SENT; SKIPPED: deliberately not sent (skipReason says why); DEAD: failed for good. */
export enum MailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  SKIPPED = 'SKIPPED',
  DEAD = 'DEAD',
}

/**
 * The mail outbox and the mail log in one table: a row is written in the transaction that causes the email
 * (the dedupe key makes a second row for the same event impossible), drained with SKIP LOCKED, retried with
 * back-off, and kept afterwards as the log admins read.
 */
@Entity('mail_messages')
@Index('mail_messages_ready', ['status', 'availableAt', 'id'])
@Index('mail_messages_recent', ['createdAt', 'id'])
export class MailMessageEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'enum', enum: MailPurpose, enumName: 'mail_purpose' })
  purpose: MailPurpose;

  @Column({ type: 'uuid', nullable: true })
  accountId: string | null;

  @Column({ type: 'text' })
  toAddress: string;

  /** One email per event: e.g. notification:<id>, digest:<account>:<period>, reset:<token id>. */
  @Index('mail_messages_dedupe', { unique: true })
  @Column({ type: 'text' })
  dedupeKey: string;

  /** For notification emails, rendered when sent (the item may have grown, or been read). */
  @Column({ type: 'uuid', nullable: true })
  notificationId: string | null;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Column({ type: 'text', nullable: true })
  textBody: string | null;

  @Column({ type: 'text', nullable: true })
  htmlBody: string | null;

  @Column({ type: 'enum', enum: MailStatus, enumName: 'mail_status', default: MailStatus.PENDING })
  status: MailStatus;

  @Column({ type: 'text', nullable: true })
  skipReason: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt: Date;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
