import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** How often notification emails go out: one each (after the delay), in the daily/weekly digest, or never. */
export enum NotificationEmailFrequency {
  IMMEDIATE = 'IMMEDIATE',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  NEVER = 'NEVER',
}

export enum DigestFrequency {
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  NEVER = 'NEVER',
}

/** An account's email choices; no row means the defaults (IMMEDIATE notifications, WEEKLY digest). */
@Entity('email_preferences')
export class EmailPreferenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  accountId: string;

  @Column({
    type: 'enum',
    enum: NotificationEmailFrequency,
    enumName: 'notification_email_frequency',
    default: NotificationEmailFrequency.IMMEDIATE,
  })
  notifications: NotificationEmailFrequency;

  @Column({
    type: 'enum',
    enum: DigestFrequency,
    enumName: 'digest_frequency',
    default: DigestFrequency.WEEKLY,
  })
  digest: DigestFrequency;

  /** When the last digest covered activity up to (idempotent across restarts). */
  @Column({ type: 'timestamptz', nullable: true })
  lastDigestAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
