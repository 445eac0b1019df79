import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { PageArgs } from '../common/connection';
import { IdeaStatus, ThreadKind, ThreadStatus } from './thread.entity';
import { ThreadSort } from './thread.model';
import { TitleLength, Trim } from '../common/validation';

// class-validator runs the decorator nearest the property first; with stopAtFirstError that one's message wins.
export const TITLE_MIN = 10;
export const TITLE_MAX = 150;
/** Characters of Chinese, Japanese and Korean count twice (see titleLength in libs/domain). */
export const TITLE_LENGTH_MESSAGE = `Title must be ${TITLE_MIN}–${TITLE_MAX} characters (Chinese, Japanese and Korean characters count twice).`;
export const BODY_MAX = 30_000;
export const TAGS_MAX = 5;

@InputType()
export class CreateThreadInput {
  @Field(() => ThreadKind)
  @IsEnum(ThreadKind, { message: 'Kind must be QUESTION, DISCUSSION or IDEA.' })
  kind: ThreadKind;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a category.' })
  categoryId: string;

  @Field()
  @Trim()
  @TitleLength(TITLE_MIN, TITLE_MAX, TITLE_LENGTH_MESSAGE)
  @IsString()
  title: string;

  @Field({ description: 'Markdown, up to 30 000 characters.' })
  @MaxLength(BODY_MAX, { message: `Body must be at most ${BODY_MAX.toLocaleString('en')} characters.` })
  @IsNotEmpty({ message: 'Body is required: describe your question.' })
  @IsString()
  body: string;

  @Field(() => [String], { defaultValue: [], description: 'Up to 5 tags, normalised to lower-case slugs.' })
  @IsString({ each: true })
  @ArrayMaxSize(TAGS_MAX, { message: 'At most 5 tags.' })
  @IsArray()
  tags: string[] = [];
}

@InputType()
export class EditThreadInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be a thread id.' })
  threadId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @TitleLength(TITLE_MIN, TITLE_MAX, TITLE_LENGTH_MESSAGE)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(BODY_MAX, { message: `Body must be at most ${BODY_MAX.toLocaleString('en')} characters.` })
  @IsNotEmpty({ message: 'Body cannot be empty.' })
  body?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(TAGS_MAX, { message: 'At most 5 tags.' })
  tags?: string[] | null;
}

@InputType()
export class DeleteThreadInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be a thread id.' })
  threadId: string;
}

@InputType()
export class RecordViewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be a thread id.' })
  threadId: string;
}

@InputType()
export class ThreadFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'categoryId must be a category id.' })
  categoryId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  tag?: string | null;

  @Field(() => ThreadKind, { nullable: true })
  @IsOptional()
  @IsEnum(ThreadKind)
  kind?: ThreadKind | null;

  @Field(() => ThreadStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ThreadStatus)
  status?: ThreadStatus | null;

  @Field(() => IdeaStatus, { nullable: true, description: 'Only ideas with this status (the roadmap).' })
  @IsOptional()
  @IsEnum(IdeaStatus)
  ideaStatus?: IdeaStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only threads without any answer.' })
  @IsOptional()
  @IsBoolean()
  unanswered?: boolean | null;
}

@ArgsType()
export class ThreadsArgs extends PageArgs {
  @Field(() => ThreadFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ThreadFilter)
  filter?: ThreadFilter | null;

  @Field(() => ThreadSort, { defaultValue: ThreadSort.NEWEST })
  @IsEnum(ThreadSort)
  sort: ThreadSort = ThreadSort.NEWEST;
}
