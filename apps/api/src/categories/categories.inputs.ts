import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CategoryRef, says, Trim } from '../common/validation';
import { msg } from '../i18n/translate';

// class-validator runs the decorator nearest the property first; with stopAtFirstError that one's message wins.
export const SLUG_RULE = says(msg('errors.categories.slugRule'));
export const TARGET_RULE = says(msg('errors.categories.targetRule'));

@InputType()
export class CreateCategoryInput {
  @Field()
  @Trim()
  @Length(2, 60, { message: says(msg('errors.categories.nameLength')) })
  @IsString()
  name: string;

  @Field()
  @Matches(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, { message: SLUG_RULE })
  @Length(2, 40, { message: SLUG_RULE })
  @IsString()
  slug: string;

  @Field({ defaultValue: '' })
  @MaxLength(500, { message: says(msg('errors.input.descriptionTooLong', { max: 500 })) })
  @IsString()
  description: string = '';

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  position: number = 0;

  @Field(() => Int, {
    defaultValue: 1440,
    description: 'Minutes from a question to its first official answer.',
  })
  @Max(43_200, { message: TARGET_RULE })
  @Min(1, { message: TARGET_RULE })
  @IsInt()
  responseTargetMinutes: number = 1440;
}

@InputType()
export class UpdateCategoryInput {
  @Field(() => ID)
  @CategoryRef()
  categoryId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @Length(2, 60, { message: says(msg('errors.categories.nameLength')) })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, { message: SLUG_RULE })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: says(msg('errors.input.descriptionTooLong', { max: 500 })) })
  description?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  position?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Max(43_200, { message: TARGET_RULE })
  @Min(1, { message: TARGET_RULE })
  @IsInt()
  responseTargetMinutes?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Archive (true) or bring back (false): archived categories leave the lists and take no new threads.',
  })
  @IsOptional()
  @IsBoolean({ message: says(msg('errors.categories.archived')) })
  archived?: boolean | null;
}

@InputType()
export class ReorderCategoriesInput {
  @Field(() => [ID], { description: 'Every category id, in the order to show them.' })
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: says(msg('errors.categories.categoryIds')) })
  categoryIds: string[];
}
