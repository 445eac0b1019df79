import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { PageArgs } from '../common/connection';
import { CareQueueSort, SentimentFilter } from './care.model';
import { CategoryRef, TagFilter } from '../common/validation';

export const REPLY_TITLE_MAX = 120;
export const REPLY_BODY_MAX = 10_000;
export const MESSAGE_MAX = 10_000;
export const RATING_COMMENT_MAX = 1000;

@InputType()
export class CareQueueFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @CategoryRef()
  categoryId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TagFilter()
  tag?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be an account id.' })
  assigneeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only threads assigned to the viewer ("my queue").' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only threads nobody is assigned to.' })
  @IsOptional()
  @IsBoolean()
  unassigned?: boolean | null;

  @Field(() => SentimentFilter, { nullable: true })
  @IsOptional()
  @IsEnum(SentimentFilter)
  sentiment?: SentimentFilter | null;
}

@ArgsType()
export class CareQueueArgs extends PageArgs {
  @Field(() => CareQueueFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CareQueueFilter)
  filter?: CareQueueFilter | null;

  @Field(() => CareQueueSort, { defaultValue: CareQueueSort.OLDEST })
  @IsEnum(CareQueueSort)
  sort: CareQueueSort = CareQueueSort.OLDEST;
}

@InputType()
export class AssignThreadInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be a thread id.' })
  threadId: string;

  @Field(() => ID, { nullable: true, description: 'An employee; null unassigns the person.' })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be an account id.' })
  assigneeId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Route to this team; omitted keeps the current team, null clears it.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'teamId must be a team id.' })
  teamId?: string | null;
}

@InputType()
export class CreateTeamInput {
  @Field()
  @IsString()
  @MinLength(2, { message: 'A team name needs at least 2 characters.' })
  @MaxLength(60, { message: 'A team name has at most 60 characters.' })
  name: string;
}

@InputType()
export class TeamMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'teamId must be a team id.' })
  teamId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be an account id.' })
  accountId: string;
}

@InputType()
export class SetCategoryTeamInput {
  @Field(() => ID)
  @CategoryRef()
  categoryId: string;

  @Field(() => ID, { nullable: true, description: 'null stops routing new questions to a team.' })
  @IsOptional()
  @IsUUID('all', { message: 'teamId must be a team id.' })
  teamId?: string | null;
}

@InputType()
export class CreateSavedReplyInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'A saved reply needs a title.' })
  @MaxLength(REPLY_TITLE_MAX, { message: `A title has at most ${REPLY_TITLE_MAX} characters.` })
  title: string;

  @Field({ description: 'Markdown; {{customer_name}} and {{thread_title}} are filled in when used.' })
  @IsString()
  @MinLength(1, { message: 'A saved reply needs a body.' })
  @MaxLength(REPLY_BODY_MAX, { message: `A body has at most ${REPLY_BODY_MAX} characters.` })
  body: string;
}

@InputType()
export class UpdateSavedReplyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a saved reply id.' })
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'A saved reply needs a title.' })
  @MaxLength(REPLY_TITLE_MAX, { message: `A title has at most ${REPLY_TITLE_MAX} characters.` })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'A saved reply needs a body.' })
  @MaxLength(REPLY_BODY_MAX, { message: `A body has at most ${REPLY_BODY_MAX} characters.` })
  body?: string | null;
}

@InputType()
export class RenderSavedReplyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'savedReplyId must be a saved reply id.' })
  savedReplyId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be a thread id.' })
  threadId: string;
}

@InputType()
export class OpenPrivateFollowUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be a thread id.' })
  threadId: string;

  @Field({ description: 'The first message, Markdown.' })
  @IsString()
  @MaxLength(MESSAGE_MAX, { message: `A message has at most ${MESSAGE_MAX} characters.` })
  body: string;
}

@InputType()
export class ReplyPrivateFollowUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'conversationId must be a conversation id.' })
  conversationId: string;

  @Field()
  @IsString()
  @MaxLength(MESSAGE_MAX, { message: `A message has at most ${MESSAGE_MAX} characters.` })
  body: string;
}

@InputType()
export class RateHelpInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be a thread id.' })
  threadId: string;

  @Field(() => Int, { description: '1 (poor) … 5 (excellent).' })
  @IsInt()
  @Min(1, { message: 'A rating is from 1 to 5.' })
  @Max(5, { message: 'A rating is from 1 to 5.' })
  rating: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RATING_COMMENT_MAX, { message: `A comment has at most ${RATING_COMMENT_MAX} characters.` })
  comment?: string | null;
}
