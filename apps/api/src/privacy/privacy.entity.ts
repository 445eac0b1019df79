import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum PrivacyRequestKind {
  EXPORT = 'EXPORT',
  ERASE = 'ERASE',
}

/**
 * The audit trail of exports and erasures: who asked, for whom, when, and what was done (counts only). It holds
 * no personal data itself, so it survives the erasure it records. No foreign keys: it outlives both accounts.
 */
@Entity('privacy_requests')
@Index('privacy_requests_account', ['accountId', 'createdAt'])
export class PrivacyRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: PrivacyRequestKind, enumName: 'privacy_request_kind' })
  kind: PrivacyRequestKind;

  /** Whose data. */
  @Column({ type: 'uuid' })
  accountId: string;

  /** The person themselves, or the admin acting on their request. */
  @Column({ type: 'uuid' })
  requestedById: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** What was done, as counts per kind of data (never the data). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, number | boolean>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A built export archive, downloadable by whoever requested it until it expires; erased with the account. */
@Entity('data_exports')
@Index('data_exports_account', ['accountId'])
export class DataExportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  accountId: string;

  @Column({ type: 'uuid' })
  requestedById: string;

  @Column({ type: 'jsonb', select: false })
  archive: unknown;

  @Column({ type: 'integer' })
  sizeBytes: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
