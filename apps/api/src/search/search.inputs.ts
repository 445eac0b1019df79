import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../common/connection';
import { ThreadKind, ThreadStatus } from '../threads/thread.entity';
import { CategoryRef, Trim } from '../common/validation';

export const QUERY_MAX = 200;
export const SIMILAR_MAX = 20;

@InputType()
export class SearchFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @CategoryRef()
  categoryId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Threads carrying every one of these tags.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5, { message: 'Filter by at most 5 tags.' })
  @IsString({ each: true })
  tags?: string[] | null;

  @Field(() => ThreadKind, { nullable: true })
  @IsOptional()
  @IsEnum(ThreadKind)
  kind?: ThreadKind | null;

  @Field(() => ThreadStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ThreadStatus)
  status?: ThreadStatus | null;
}

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field({ description: 'Words to find; "quoted phrases", -excluded and or work as on the web.' })
  @Trim()
  @IsString()
  @MaxLength(QUERY_MAX, { message: `Search for at most ${QUERY_MAX} characters.` })
  @IsNotEmpty({ message: 'Type something to search for.' })
  query: string;

  @Field(() => SearchFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SearchFilter)
  filter?: SearchFilter | null;
}

@InputType()
export class SimilarThreadsInput {
  @Field({ description: 'The draft title as typed so far.' })
  @Trim()
  @IsString()
  @MaxLength(300, { message: 'The title is too long.' })
  title: string;

  @Field({ nullable: true, defaultValue: '' })
  @IsOptional()
  @IsString()
  @MaxLength(30_000)
  body?: string;

  @Field(() => Int, { defaultValue: 5 })
  @IsInt()
  @Min(1, { message: 'first must be at least 1.' })
  @Max(SIMILAR_MAX, { message: `first must be at most ${SIMILAR_MAX}.` })
  first: number = 5;
}

@InputType()
export class RecordSearchClickInput {
  @Field(() => ID)
  @IsString()
  @IsNotEmpty()
  queryId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be a thread id.' })
  threadId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number | null;
}

@InputType()
export class RecordDeflectionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be a thread id.' })
  threadId: string;

  @Field()
  @Trim()
  @IsString()
  @MaxLength(300)
  draftTitle: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @CategoryRef()
  categoryId?: string | null;
}

@InputType()
export class SearchAnalyticsInput {
  @Field()
  @Type(() => Date)
  @IsDate({ message: 'from must be a date.' })
  from: Date;

  @Field()
  @Type(() => Date)
  @IsDate({ message: 'to must be a date.' })
  to: Date;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;
}

@InputType()
export class RetrySearchDeadLettersInput {
  @Field(() => [ID], { nullable: true, description: 'Which to retry; all when omitted.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  ids?: string[] | null;
}

@InputType()
export class SynonymGroupInput {
  @Field({ description: 'A word people search for, e.g. "wifi".' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Each synonym group needs a word.' })
  @MaxLength(50)
  word: string;

  @Field(() => [String], { description: 'Words that mean the same, e.g. ["wi-fi", "wlan"].' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  synonyms: string[];
}

@InputType()
export class SetSearchSynonymsInput {
  @Field(() => [SynonymGroupInput], { description: 'The complete list: it replaces the previous one.' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => SynonymGroupInput)
  groups: SynonymGroupInput[];
}
