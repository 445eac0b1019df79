// GraphQL for groups and category permissions; thin: the rules live in GroupsService and guardian/groups.ts.
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountModel } from '../accounts/account.model';
import type { CategoryEntity } from '../categories/category.entity';
import { CategoryModel } from '../categories/category.model';
import { RequestContext } from '../common/context';
import { Ctx, CurrentGuardian } from '../common/decorators';
import { Guardian } from '../guardian/guardian';
import { GroupEntity } from './group.entity';
import { CategoryPermissionsModel, GroupAbilities, GroupModel } from './group.model';
import {
  CreateGroupInput,
  GroupIdInput,
  GroupMemberInput,
  SetCategoryPermissionsInput,
  UpdateGroupInput,
} from './groups.inputs';
import { GroupsService } from './groups.service';

@Resolver(() => GroupModel)
export class GroupsResolver {
  constructor(private readonly service: GroupsService) {}

  @Query(() => [GroupModel], {
    description: 'Groups the viewer may see: public ones, their own; every group for moderators and staff.',
  })
  groups(@CurrentGuardian() guardian: Guardian): Promise<GroupEntity[]> {
    return this.service.list(guardian);
  }

  @Query(() => GroupModel, {
    nullable: true,
    description: 'Null when it does not exist or is private to others.',
  })
  group(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<GroupEntity | null> {
    return this.service.find(ctx.guardian, ctx.loaders, id);
  }

  @Mutation(() => GroupModel, { description: 'Admins only.' })
  createGroup(
    @Args('input') input: CreateGroupInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<GroupEntity> {
    return this.service.create(guardian, input);
  }

  @Mutation(() => GroupModel, {
    description: 'Admins only: rename, describe or change the visibility of a group.',
  })
  updateGroup(@Args('input') input: UpdateGroupInput, @Ctx() ctx: RequestContext): Promise<GroupEntity> {
    return this.service.update(ctx.guardian, ctx.loaders, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Admins only. Its memberships go with it. Refused while a category reads or posts through this group alone ' +
      '(deleting it would open the category to everyone): give the category another group first.',
  })
  deleteGroup(@Args('input') input: GroupIdInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.service.remove(ctx.guardian, ctx.loaders, input);
  }

  @Mutation(() => GroupModel, { description: "Admins and the group's owners; `owner: true` by admins only." })
  addGroupMember(@Args('input') input: GroupMemberInput, @Ctx() ctx: RequestContext): Promise<GroupEntity> {
    return this.service.addMember(ctx.guardian, ctx.loaders, input);
  }

  @Mutation(() => GroupModel, {
    description: "Admins and the group's owners; members may remove themselves.",
  })
  removeGroupMember(
    @Args('input') input: GroupMemberInput,
    @Ctx() ctx: RequestContext,
  ): Promise<GroupEntity> {
    return this.service.removeMember(ctx.guardian, ctx.loaders, input);
  }

  @Mutation(() => CategoryModel, {
    description:
      'Admins only: which groups read and post in a category. Empty read: public; empty post: every reader.',
  })
  setCategoryPermissions(
    @Args('input') input: SetCategoryPermissionsInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<CategoryEntity> {
    return this.service.setCategoryPermissions(guardian, input);
  }

  @ResolveField(() => [AccountModel], { description: 'Owners first, then by name.' })
  members(@Parent() group: GroupEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity[]> {
    return this.service.membersOf(ctx.loaders, group.id);
  }

  @ResolveField(() => [ID], { description: 'The members who may add and remove members.' })
  async ownerIds(@Parent() group: GroupEntity, @Ctx() ctx: RequestContext): Promise<string[]> {
    return (await this.service.membersOf(ctx.loaders, group.id)).filter((m) => m.groupOwner).map((m) => m.id);
  }

  @ResolveField(() => Int)
  memberCount(@Parent() group: GroupEntity, @Ctx() ctx: RequestContext): Promise<number> {
    return this.service.memberCount(ctx.loaders, group.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer belongs to it.' })
  async viewerIsMember(@Parent() group: GroupEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    return !!(await this.service.membership(ctx.guardian, ctx.loaders, group.id));
  }

  @ResolveField(() => GroupAbilities)
  async can(@Parent() group: GroupEntity, @Ctx() ctx: RequestContext): Promise<GroupAbilities> {
    const membership = await this.service.membership(ctx.guardian, ctx.loaders, group.id);
    return {
      manageMembers: ctx.guardian.groups.canManageMembers(group, membership),
      edit: ctx.guardian.groups.canEdit(),
    };
  }
}

@Resolver(() => CategoryModel)
export class CategoryPermissionsResolver {
  constructor(private readonly groups: GroupsService) {}

  @ResolveField(() => Boolean, {
    description:
      'Readable only by members of its read groups (and staff); only they ever see that it exists.',
  })
  async private(@Parent() category: CategoryEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await this.groups.permissionsOf(ctx.loaders, category.id)).read.length > 0;
  }

  @ResolveField(() => CategoryPermissionsModel, {
    nullable: true,
    description: 'Admins only (null for others): the groups that read and post in it.',
  })
  permissions(
    @Parent() category: CategoryEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<{ read: GroupEntity[]; post: GroupEntity[] }> | null {
    if (!ctx.guardian.groups.canSetCategoryPermissions().allowed) return null;
    return this.groups.permissionsOf(ctx.loaders, category.id);
  }
}
