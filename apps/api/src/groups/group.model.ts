// GraphQL types of groups and category permissions (entities never go out as GraphQL types).
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AbilityModel, FREE } from '../guardian/ability.model';
import { GroupVisibility } from './group.entity';

registerEnumType(GroupVisibility, {
  name: 'GroupVisibility',
  description:
    'PUBLIC: anyone sees the group and its members. PRIVATE: only its members, moderators and staff know it exists.',
});

@ObjectType('GroupAbilities', { description: 'What the viewer may do with this group now.' })
export class GroupAbilities {
  @Field(() => AbilityModel, { ...FREE, description: 'Add and remove members (admins and owners).' })
  manageMembers: AbilityModel;

  @Field(() => AbilityModel, { ...FREE, description: 'Rename, describe or delete the group (admins).' })
  edit: AbilityModel;
}

@ObjectType('Group', {
  description: 'A named set of accounts; categories name groups that may read and post in them.',
})
export class GroupModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => GroupVisibility)
  visibility: GroupVisibility;

  @Field(() => Int, { description: 'How many accounts belong to it.' })
  memberCount: number;
}

@ObjectType('CategoryPermissions', {
  description: 'Who may read and post in a category. No read groups: public. No post groups: every reader.',
})
export class CategoryPermissionsModel {
  @Field(() => [GroupModel], { description: 'Only members of these groups (and staff) see the category.' })
  read: unknown[];

  @Field(() => [GroupModel], {
    description: 'Only members of these groups (and staff) start threads and reply.',
  })
  post: unknown[];
}
