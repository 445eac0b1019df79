import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';

export enum VoteTarget {
  THREAD = 'THREAD',
  ANSWER = 'ANSWER',
}

/** One vote per account and target: +1 or -1. Removing a vote deletes the row. */
@Entity('votes')
@Index('votes_target', ['targetId'])
export class VoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  @PrimaryColumn({ type: 'uuid' })
  targetId: string;

  @Column({ type: 'enum', enum: VoteTarget, enumName: 'vote_target' })
  targetType: VoteTarget;

  @Column({ type: 'smallint' })
  value: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
