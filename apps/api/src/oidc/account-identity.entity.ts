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

/** An account's identity at an OpenID provider: (issuer, subject) signs in as that account. */
@Entity('account_identities')
@Index('account_identities_subject', ['issuer', 'subject'], { unique: true })
export class AccountIdentityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  account?: Relation<AccountEntity>;

  @Column({ type: 'text' })
  issuer: string;

  @Column({ type: 'text' })
  subject: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;
}
