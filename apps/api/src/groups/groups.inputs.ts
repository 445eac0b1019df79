import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { Trim } from '../common/validation';
import { GroupVisibility } from './group.entity';

export const GROUP_NAME_RULE = 'Group name must be 2–60 characters.';

@InputType()
export class CreateGroupInput {
  @Field()
  @Trim()
  @Length(2, 60, { message: GROUP_NAME_RULE })
  @IsString()
  name: string;

  @Field({ defaultValue: '' })
  @MaxLength(500, { message: 'Description must be at most 500 characters.' })
  @IsString()
  description: string = '';

  @Field(() => GroupVisibility, {
    defaultValue: GroupVisibility.PRIVATE,
    description: 'PRIVATE (the default) keeps the group and its members to themselves and staff.',
  })
  @IsEnum(GroupVisibility, { message: 'visibility must be PUBLIC or PRIVATE.' })
  visibility: GroupVisibility = GroupVisibility.PRIVATE;
}

@InputType()
export class GroupMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'groupId must be a group id.' })
  groupId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be an account id.' })
  accountId: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'addGroupMember only: make them an owner (admins only); owners add and remove members.',
  })
  @IsOptional()
  @IsBoolean()
  owner?: boolean | null;
}

@InputType()
export class SetCategoryPermissionsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'categoryId must be a category id.' })
  categoryId: string;

  @Field(() => [ID], { description: 'Groups that may read the category; empty: public.' })
  @ArrayMaxSize(50, { message: 'At most 50 read groups.' })
  @IsUUID('all', { each: true, message: 'read must list group ids.' })
  read: string[];

  @Field(() => [ID], { description: 'Groups that may post in it; empty: everyone who can read.' })
  @ArrayMaxSize(50, { message: 'At most 50 post groups.' })
  @IsUUID('all', { each: true, message: 'post must list group ids.' })
  post: string[];
}
