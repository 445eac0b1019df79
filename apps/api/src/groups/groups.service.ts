// Groups and who reads and posts in a category. This feature owns groups, group_members and
// category_permissions; the guardian decides what a membership lets someone see (guardian/category-access.ts).
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { ErasedPerson, ErasureCounts, eraseRows } from '../common/erasure';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountsService } from '../accounts/accounts.service';
import { CategoriesService } from '../categories/categories.service';
import type { CategoryEntity } from '../categories/category.entity';
import { isUuid } from '../common/connection';
import { badInput, notFound } from '../common/errors';
import { Loaders, listLoaderFor, loaderFor } from '../common/loaders';
import { inTransaction } from '../database/transaction';
import { Guardian } from '../guardian/guardian';
import type { Membership } from '../guardian/groups';
import { PageCache } from '../pages/page-cache';
import {
  CategoryAccessKind,
  CategoryPermissionEntity,
  GroupEntity,
  GroupMemberEntity,
  GroupVisibility,
} from './group.entity';
import {
  CreateGroupInput,
  GroupIdInput,
  GroupMemberInput,
  SetCategoryPermissionsInput,
  UpdateGroupInput,
} from './groups.inputs';
import { msg } from '../i18n/translate';

@Injectable()
export class GroupsService {
  constructor(
    @InjectRepository(GroupEntity) private readonly groups: Repository<GroupEntity>,
    @InjectRepository(GroupMemberEntity) private readonly members: Repository<GroupMemberEntity>,
    @InjectRepository(CategoryPermissionEntity)
    private readonly permissions: Repository<CategoryPermissionEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly categories: CategoriesService,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** The viewer's membership of a group (batched per request), or null. */
  membership(guardian: Guardian, loaders: Loaders, groupId: string): Promise<Membership | null> {
    const viewerId = guardian.account?.id;
    if (!viewerId) return Promise.resolve(null);
    return loaderFor<string, GroupMemberEntity>(
      loaders,
      'viewerGroupMembership',
      (ids) => this.members.find({ where: { groupId: In([...ids]), accountId: viewerId } }),
      (m) => m.groupId,
    ).load(groupId);
  }

  /** Groups the viewer may see: public ones, their own, and every group for staff and moderators. */
  async list(guardian: Guardian): Promise<GroupEntity[]> {
    const qb = this.groups.createQueryBuilder('g').orderBy('lower(g.name)', 'ASC');
    if (!(guardian.isStaff || guardian.isModerator)) {
      qb.where(
        `g.visibility = 'PUBLIC' OR EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = g.id AND m.account_id = :viewer)`,
        { viewer: guardian.account?.id ?? null },
      );
    }
    return qb.getMany();
  }

  /** The group if the viewer may see it (NOT_FOUND otherwise, as if it did not exist). */
  async find(guardian: Guardian, loaders: Loaders, id: string): Promise<GroupEntity | null> {
    if (!isUuid(id)) return null;
    const group = await this.load(loaders, id);
    if (!group) return null;
    return guardian.groups.canSee(group, await this.membership(guardian, loaders, id)) ? group : null;
  }

  load(loaders: Loaders, id: string): Promise<GroupEntity | null> {
    return loaderFor<string, GroupEntity>(
      loaders,
      'groupById',
      (ids) => this.groups.find({ where: { id: In([...ids]) } }),
      (g) => g.id,
    ).load(id);
  }

  /** Members, owners first, then by name. */
  membersOf(loaders: Loaders, groupId: string): Promise<(AccountEntity & { groupOwner: boolean })[]> {
    return listLoaderFor<string, AccountEntity & { groupId: string; groupOwner: boolean }>(
      loaders,
      'groupMembersByGroup',
      async (ids) => {
        const rows = await this.members
          .createQueryBuilder('m')
          .innerJoinAndSelect('m.account', 'a')
          .where('m.group_id IN (:...ids)', { ids: [...ids] })
          .orderBy('m.owner', 'DESC')
          .addOrderBy('lower(a.display_name)', 'ASC')
          .getMany();
        return rows.map((r) => Object.assign(r.account!, { groupId: r.groupId, groupOwner: r.owner }));
      },
      (a) => a.groupId,
    ).load(groupId);
  }

  memberCount(loaders: Loaders, groupId: string): Promise<number> {
    return loaderFor<string, { groupId: string; n: number }>(
      loaders,
      'groupMemberCount',
      (ids) =>
        this.dataSource.query(
          `SELECT group_id AS "groupId", count(*)::int AS n FROM group_members WHERE group_id = ANY($1) GROUP BY group_id`,
          [[...ids]],
        ),
      (r) => r.groupId,
    )
      .load(groupId)
      .then((r) => r?.n ?? 0);
  }

  async create(guardian: Guardian, input: CreateGroupInput): Promise<GroupEntity> {
    const admin = guardian.ensure(guardian.groups.canCreate());
    const name = input.name.trim();
    await this.ensureNameFree(name, null);
    return this.groups.save(
      this.groups.create({
        name,
        description: input.description.trim(),
        visibility: input.visibility ?? GroupVisibility.PRIVATE,
        createdById: admin.id,
      }),
    );
  }

  /** Group names are unique whatever their case. */
  private async ensureNameFree(name: string, except: string | null): Promise<void> {
    const qb = this.groups.createQueryBuilder('g').where('lower(g.name) = lower(:name)', { name });
    if (except) qb.andWhere('g.id <> :except', { except });
    const taken = await qb.getOne();
    if (taken) throw badInput('name', msg('errors.groups.nameTaken', { name: taken.name }));
  }

  /** Renames, describes or changes the visibility of a group (admins). */
  async update(guardian: Guardian, loaders: Loaders, input: UpdateGroupInput): Promise<GroupEntity> {
    guardian.ensure(guardian.groups.canEdit());
    const group = await this.load(loaders, input.groupId);
    if (!group) throw notFound('group');
    if (input.name != null) {
      const name = input.name.trim();
      await this.ensureNameFree(name, group.id);
      group.name = name;
    }
    if (input.description != null) group.description = input.description.trim();
    if (input.visibility != null) group.visibility = input.visibility;
    const saved = await this.groups.save(group);
    // Category pages name the groups a private category belongs to.
    this.moduleRef.get(PageCache, { strict: false }).invalidate();
    return saved;
  }

  /**
   * Deletes a group and its memberships (admins). A category whose only read (or post) group this is would,
   * with no such rows left, be open to everyone: refused, naming the categories, until they get another group.
   */
  async remove(guardian: Guardian, loaders: Loaders, input: GroupIdInput): Promise<boolean> {
    guardian.ensure(guardian.groups.canEdit());
    const group = await this.load(loaders, input.groupId);
    if (!group) throw notFound('group');
    await inTransaction(this.dataSource, async (manager) => {
      // Locks the group's permission rows, so a concurrent change of a category's groups waits for this.
      const alone: { name: string; access: CategoryAccessKind }[] = await manager.query(
        `SELECT c.name, p.access FROM category_permissions p JOIN categories c ON c.id = p.category_id
          WHERE p.group_id = $1
            AND NOT EXISTS (SELECT 1 FROM category_permissions o
                             WHERE o.category_id = p.category_id AND o.access = p.access AND o.group_id <> $1)
          ORDER BY c.name
          FOR UPDATE OF p`,
        [group.id],
      );
      if (alone.length) {
        const names = [...new Set(alone.map((a) => a.name))];
        throw badInput(
          'groupId',
          msg('errors.groups.onlyGroupOf', { categories: names.join(', '), count: names.length }),
        );
      }
      await manager.delete(GroupEntity, { id: group.id });
    });
    this.moduleRef.get(PageCache, { strict: false }).invalidate();
    return true;
  }

  private async managed(guardian: Guardian, loaders: Loaders, groupId: string) {
    const group = await this.load(loaders, groupId);
    const membership = group ? await this.membership(guardian, loaders, groupId) : null;
    guardian.check(guardian.groups.see(group, membership));
    return { group: group!, membership };
  }

  async addMember(guardian: Guardian, loaders: Loaders, input: GroupMemberInput): Promise<GroupEntity> {
    const { group, membership } = await this.managed(guardian, loaders, input.groupId);
    guardian.ensure(guardian.groups.canManageMembers(group, membership));
    if (input.owner) guardian.ensure(guardian.groups.canAppointOwners());
    const account = await this.accounts.findById(input.accountId);
    if (!account || account.erasedAt) throw badInput('accountId', msg('errors.care.noSuchAccount'));
    if (input.owner == null)
      await this.members
        .createQueryBuilder()
        .insert()
        .values({ groupId: group.id, accountId: account.id })
        .orIgnore()
        .execute();
    else
      await this.members.upsert({ groupId: group.id, accountId: account.id, owner: input.owner }, [
        'groupId',
        'accountId',
      ]);
    return group;
  }

  async removeMember(guardian: Guardian, loaders: Loaders, input: GroupMemberInput): Promise<GroupEntity> {
    const { group, membership } = await this.managed(guardian, loaders, input.groupId);
    guardian.ensure(guardian.groups.canRemove(group, membership, input.accountId));
    const removed = await this.members.delete({ groupId: group.id, accountId: input.accountId });
    if (!removed.affected) throw badInput('accountId', msg('errors.groups.notMember'));
    return group;
  }

  /** Replaces who may read and post in a category; guests' kept pages are dropped at once. */
  async setCategoryPermissions(
    guardian: Guardian,
    input: SetCategoryPermissionsInput,
  ): Promise<CategoryEntity> {
    guardian.ensure(guardian.groups.canSetCategoryPermissions());
    const category = await this.categories.findById(input.categoryId);
    if (!category) throw notFound('category');
    const read = [...new Set(input.read)];
    const post = [...new Set(input.post)];
    const wanted = [...new Set([...read, ...post])];
    const found = wanted.length
      ? await this.groups.find({ where: { id: In(wanted) }, select: { id: true } })
      : [];
    const missing = wanted.filter((id) => !found.some((g) => g.id === id));
    if (missing.length)
      throw badInput(
        read.some((id) => missing.includes(id)) ? 'read' : 'post',
        msg('errors.groups.noSuchGroup', { id: missing[0] }),
      );
    await inTransaction(this.dataSource, async (manager) => {
      await manager.delete(CategoryPermissionEntity, { categoryId: category.id });
      const rows = [
        ...read.map((groupId) => ({ categoryId: category.id, groupId, access: CategoryAccessKind.READ })),
        ...post.map((groupId) => ({ categoryId: category.id, groupId, access: CategoryAccessKind.POST })),
      ];
      if (rows.length) await manager.insert(CategoryPermissionEntity, rows);
    });
    this.moduleRef.get(PageCache, { strict: false }).invalidate();
    return category;
  }

  /** A category's read and post groups (batched per request). */
  async permissionsOf(
    loaders: Loaders,
    categoryId: string,
  ): Promise<{ read: GroupEntity[]; post: GroupEntity[] }> {
    const rows = await listLoaderFor<string, CategoryPermissionEntity>(
      loaders,
      'categoryPermissions',
      (ids) =>
        this.permissions.find({
          where: { categoryId: In([...ids]) },
          relations: { group: true },
        }),
      (p) => p.categoryId,
    ).load(categoryId);
    const of = (access: CategoryAccessKind) =>
      rows
        .filter((r) => r.access === access)
        .map((r) => r.group!)
        .sort((a, b) => a.name.localeCompare(b.name));
    return { read: of(CategoryAccessKind.READ), post: of(CategoryAccessKind.POST) };
  }

  /** Erasure: group memberships say who is in a beta or partner programme; groups they created stay. */
  erasePerson(manager: EntityManager, person: ErasedPerson): Promise<ErasureCounts> {
    return eraseRows(
      manager,
      {
        groupMemberships: 'DELETE FROM group_members WHERE account_id = $1',
        groupsCreated: 'UPDATE groups SET created_by_id = NULL WHERE created_by_id = $1',
      },
      [person.id],
    );
  }

  /** The groups an account belongs to (its data export). */
  groupsOf(accountId: string): Promise<GroupMemberEntity[]> {
    return this.members.find({ where: { accountId }, relations: { group: true } });
  }
}
