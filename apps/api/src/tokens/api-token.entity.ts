import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';

/** What a token may do; never more than its owner's role allows (see api-token-scopes.ts). */
export enum ApiTokenScope {
  READ = 'READ',
  WRITE = 'WRITE',
  MODERATE = 'MODERATE',
  ADMIN = 'ADMIN',
}

/** A personal API token for scripts and integrations. The secret is shown once; only its SHA-256 is stored. */
@Entity('api_tokens')
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  account?: Relation<AccountEntity>;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'enum', enum: ApiTokenScope, enumName: 'api_token_scope', array: true })
  scopes: ApiTokenScope[];

  /** Hex SHA-256 of the secret: the secret has 256 random bits, so a fast hash is enough (no guessing). */
  @Index({ unique: true })
  @Column({ type: 'text', select: false })
  secretHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
