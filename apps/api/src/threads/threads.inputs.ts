import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { PageArgs } from '../common/connection';
import { IdeaStatus, ThreadKind, ThreadStatus } from './thread.entity';
import { ThreadSort } from './thread.model';
import {
  CategoryRef,
  PostBody,
  PostCategory,
  PostTags,
  PostTitle,
  says,
  TagFilter,
} from '../common/validation';
import { msg } from '../i18n/translate';

// Title, body, category and tags use the named validators every post-like input shares (common/validation.ts).

@InputType()
export class CreateThreadInput {
  @Field(() => ThreadKind)
  @IsEnum(ThreadKind, { message: says(msg('errors.threads.kind')) })
  kind: ThreadKind;

  @Field(() => ID)
  @PostCategory()
  categoryId: string;

  @Field()
  @PostTitle()
  title: string;

  @Field({ description: 'Markdown, up to 30 000 characters.' })
  @PostBody()
  body: string;

  @Field(() => [String], { defaultValue: [], description: 'Up to 5 tags, normalised to lower-case slugs.' })
  @PostTags()
  tags: string[] = [];
}

@InputType()
export class EditThreadInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.input.threadId')) })
  threadId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PostTitle()
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PostBody()
  body?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @PostTags()
  tags?: string[] | null;
}

@InputType()
export class DeleteThreadInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.input.threadId')) })
  threadId: string;
}

@InputType()
export class RecordViewInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.input.threadId')) })
  threadId: string;
}

@InputType()
export class ThreadFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @CategoryRef()
  categoryId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TagFilter()
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
