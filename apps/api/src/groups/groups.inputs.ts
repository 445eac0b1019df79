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
import { says, Trim } from '../common/validation';
import { GroupVisibility } from './group.entity';
import { msg } from '../i18n/translate';

export const GROUP_NAME_RULE = says(msg('errors.groups.nameLength'));

@InputType()
export class CreateGroupInput {
  @Field()
  @Trim()
  @Length(2, 60, { message: GROUP_NAME_RULE })
  @IsString()
  name: string;

  @Field({ defaultValue: '' })
  @MaxLength(500, { message: says(msg('errors.input.descriptionTooLong', { max: 500 })) })
  @IsString()
  description: string = '';

  @Field(() => GroupVisibility, {
    defaultValue: GroupVisibility.PRIVATE,
    description: 'PRIVATE (the default) keeps the group and its members to themselves and staff.',
  })
  @IsEnum(GroupVisibility, { message: says(msg('errors.groups.visibility')) })
  visibility: GroupVisibility = GroupVisibility.PRIVATE;
}

@InputType()
export class UpdateGroupInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.groups.groupId')) })
  groupId: string;

  @Field(() => String, {
    nullable: true,
    description: 'A new name (2–60 characters); unchanged when left out.',
  })
  @IsOptional()
  @Trim()
  @Length(2, 60, { message: GROUP_NAME_RULE })
  @IsString()
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Unchanged when left out.' })
  @IsOptional()
  @MaxLength(500, { message: says(msg('errors.input.descriptionTooLong', { max: 500 })) })
  @IsString()
  description?: string | null;

  @Field(() => GroupVisibility, { nullable: true, description: 'Unchanged when left out.' })
  @IsOptional()
  @IsEnum(GroupVisibility, { message: says(msg('errors.groups.visibility')) })
  visibility?: GroupVisibility | null;
}

@InputType()
export class GroupIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.groups.groupId')) })
  groupId: string;
}

@InputType()
export class GroupMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.groups.groupId')) })
  groupId: string;

  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.input.accountId')) })
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
  @IsUUID('all', { message: says(msg('errors.input.categoryId')) })
  categoryId: string;

  @Field(() => [ID], { description: 'Groups that may read the category; empty: public.' })
  @ArrayMaxSize(50, { message: says(msg('errors.groups.readMax', { max: 50 })) })
  @IsUUID('all', { each: true, message: says(msg('errors.groups.readIds')) })
  read: string[];

  @Field(() => [ID], { description: 'Groups that may post in it; empty: everyone who can read.' })
  @ArrayMaxSize(50, { message: says(msg('errors.groups.postMax', { max: 50 })) })
  @IsUUID('all', { each: true, message: says(msg('errors.groups.postIds')) })
  post: string[];
}
