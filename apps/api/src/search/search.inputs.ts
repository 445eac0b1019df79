import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  isUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_PAGE_SIZE, PageArgs, pageSizeProblems } from '../common/connection';
import { badInput, FieldProblem } from '../common/errors';
import { ThreadKind, ThreadStatus } from '../threads/thread.entity';
import { CategoryRef, says, Trim } from '../common/validation';
import { msg } from '../i18n/translate';

export const QUERY_MAX = 200;
export const SIMILAR_MAX = 20;
const TAGS_FILTER_MAX = 5;
const DRAFT_TITLE_MAX = 300;
const DRAFT_BODY_MAX = 30_000;
const CURSOR_MAX = 500;

/** The words search and similarThreads refuse input with (checked below, not by decorators). */
export const SEARCH_INPUT_MESSAGES = {
  queryEmpty: msg('errors.search.queryRequired'),
  queryTooLong: msg('errors.search.queryTooLong', { max: QUERY_MAX }),
  categoryId: msg('errors.input.categoryId'),
  tags: msg('errors.search.tagsMax', { max: TAGS_FILTER_MAX }),
  after: msg('errors.search.cursorTooLong', { max: CURSOR_MAX }),
  titleTooLong: msg('errors.search.titleTooLong'),
  body: msg('errors.search.draftBodyTooLong', { max: DRAFT_BODY_MAX }),
};

// search and similarThreads answer as people type (the search box, the ask form's similar questions), so their
// arguments are checked by hand (checkSearchArgs, checkSimilarThreadsInput) rather than by the validation pipe,
// whose class-transformer and class-validator passes were ~4 % of a search's CPU. The resolver declares the
// arguments with these classes (the schema) and receives them as the interfaces below, which the pipe skips.
// GraphQL has already checked the types (String, Int, the enums), so what is left are lengths and ranges.

@InputType()
export class SearchFilter {
  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Threads carrying every one of these tags.' })
  tags?: string[] | null;

  @Field(() => ThreadKind, { nullable: true })
  kind?: ThreadKind | null;

  @Field(() => ThreadStatus, { nullable: true })
  status?: ThreadStatus | null;
}

/** first and after come from PageArgs (its decorators' rules are the ones checkSearchArgs applies). */
@ArgsType()
export class SearchArgs extends PageArgs {
  @Field({ description: 'Words to find; "quoted phrases", -excluded and or work as on the web.' })
  query: string;

  @Field(() => SearchFilter, { nullable: true })
  filter?: SearchFilter | null;
}

/** search's arguments as GraphQL hands them over (an interface: the validation pipe leaves it alone). */
export interface SearchArgsValue {
  query: string;
  filter?: SearchFilter | null;
  first: number;
  after?: string | null;
}

@InputType()
export class SimilarThreadsInput {
  @Field({ description: 'The draft title as typed so far.' })
  title: string;

  @Field({ nullable: true, defaultValue: '' })
  body?: string;

  @Field(() => Int, { defaultValue: 5 })
  first: number = 5;
}

/** similarThreads' input as GraphQL hands it over (an interface: the validation pipe leaves it alone). */
export interface SimilarThreadsInputValue {
  title: string;
  body?: string | null;
  first: number;
}

/** search's arguments, the query trimmed; every problem at once, as BAD_USER_INPUT (like the pipe). */
export function checkSearchArgs(args: SearchArgsValue): SearchArgsValue {
  const query = args.query.trim();
  const problems: FieldProblem[] = [];
  if (!query) problems.push({ field: 'query', message: SEARCH_INPUT_MESSAGES.queryEmpty });
  else if (query.length > QUERY_MAX)
    problems.push({ field: 'query', message: SEARCH_INPUT_MESSAGES.queryTooLong });
  const filter = args.filter;
  if (filter?.categoryId != null && !isUUID(filter.categoryId, 'all')) {
    problems.push({ field: 'filter.categoryId', message: SEARCH_INPUT_MESSAGES.categoryId });
  }
  if (filter?.tags != null && filter.tags.length > TAGS_FILTER_MAX) {
    problems.push({ field: 'filter.tags', message: SEARCH_INPUT_MESSAGES.tags });
  }
  problems.push(...pageSizeProblems(args.first, MAX_PAGE_SIZE));
  if (args.after != null && args.after.length > CURSOR_MAX) {
    problems.push({ field: 'after', message: SEARCH_INPUT_MESSAGES.after });
  }
  if (problems.length) throw badInput(problems);
  return { ...args, query };
}

/** similarThreads' input, the title trimmed; every problem at once, as BAD_USER_INPUT (like the pipe). */
export function checkSimilarThreadsInput(input: SimilarThreadsInputValue): SimilarThreadsInputValue {
  const title = input.title.trim();
  const problems: FieldProblem[] = [];
  if (title.length > DRAFT_TITLE_MAX)
    problems.push({ field: 'title', message: SEARCH_INPUT_MESSAGES.titleTooLong });
  if (input.body != null && input.body.length > DRAFT_BODY_MAX) {
    problems.push({ field: 'body', message: SEARCH_INPUT_MESSAGES.body });
  }
  problems.push(...pageSizeProblems(input.first, SIMILAR_MAX));
  if (problems.length) throw badInput(problems);
  return { ...input, title };
}

@InputType()
export class RecordSearchClickInput {
  @Field(() => ID)
  @IsString()
  @IsNotEmpty()
  queryId: string;

  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.input.threadId')) })
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
  @IsUUID('all', { message: says(msg('errors.input.threadId')) })
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
  @IsDate({ message: says(msg('errors.search.from')) })
  from: Date;

  @Field()
  @Type(() => Date)
  @IsDate({ message: says(msg('errors.search.to')) })
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
  @IsNotEmpty({ message: says(msg('errors.search.synonymWord')) })
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
