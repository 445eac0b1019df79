// Groups (like Discourse's): named sets of accounts. A category's read and post permissions name groups.
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { CategoryEntity } from '../categories/category.entity';

/** PUBLIC: anyone sees the group and its members. PRIVATE: only its members and staff know it exists. */
export enum GroupVisibility {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
}

@Entity('groups')
export class GroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({
    type: 'enum',
    enum: GroupVisibility,
    enumName: 'group_visibility',
    default: GroupVisibility.PRIVATE,
  })
  visibility: GroupVisibility;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<AccountEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** One account in one group; owners may add and remove members. Personal data (erased with the account). */
@Entity('group_members')
@Index(['accountId'])
export class GroupMemberEntity {
  @PrimaryColumn({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: Relation<GroupEntity>;

  @PrimaryColumn({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<AccountEntity>;

  @Column({ type: 'boolean', default: false })
  owner: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

export enum CategoryAccessKind {
  READ = 'READ',
  POST = 'POST',
}

/**
 * Which groups may read (and post in) a category. No READ rows: public. No POST rows: everyone who can
 * read may post. The guardian reads this table (guardian/category-access.ts) to decide visibility.
 */
@Entity('category_permissions')
@Index(['groupId'])
export class CategoryPermissionEntity {
  @PrimaryColumn({ type: 'uuid' })
  categoryId: string;

  @ManyToOne(() => CategoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'category_id' })
  category?: Relation<CategoryEntity>;

  @PrimaryColumn({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: Relation<GroupEntity>;

  @PrimaryColumn({ type: 'enum', enum: CategoryAccessKind, enumName: 'category_access_kind' })
  access: CategoryAccessKind;
}
