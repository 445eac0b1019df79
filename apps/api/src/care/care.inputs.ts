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
import { CategoryRef, says, TagFilter } from '../common/validation';
import { msg } from '../i18n/translate';

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
  @IsUUID('all', { message: says(msg('errors.care.assigneeId')) })
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
  @IsUUID('all', { message: says(msg('errors.input.threadId')) })
  threadId: string;

  @Field(() => ID, { nullable: true, description: 'An employee; null unassigns the person.' })
  @IsOptional()
  @IsUUID('all', { message: says(msg('errors.care.assigneeId')) })
  assigneeId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Route to this team; omitted keeps the current team, null clears it.',
  })
  @IsOptional()
  @IsUUID('all', { message: says(msg('errors.care.teamId')) })
  teamId?: string | null;
}

@InputType()
export class CreateTeamInput {
  @Field()
  @IsString()
  @MinLength(2, { message: says(msg('errors.care.teamNameShort', { min: 2 })) })
  @MaxLength(60, { message: says(msg('errors.care.teamNameLong', { max: 60 })) })
  name: string;
}

@InputType()
export class TeamMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.care.teamId')) })
  teamId: string;

  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.input.accountId')) })
  accountId: string;
}

@InputType()
export class SetCategoryTeamInput {
  @Field(() => ID)
  @CategoryRef()
  categoryId: string;

  @Field(() => ID, { nullable: true, description: 'null stops routing new questions to a team.' })
  @IsOptional()
  @IsUUID('all', { message: says(msg('errors.care.teamId')) })
  teamId?: string | null;
}

@InputType()
export class CreateSavedReplyInput {
  @Field()
  @IsString()
  @MinLength(1, { message: says(msg('errors.care.replyTitleRequired')) })
  @MaxLength(REPLY_TITLE_MAX, {
    message: says(msg('errors.care.replyTitleTooLong', { max: REPLY_TITLE_MAX })),
  })
  title: string;

  @Field({ description: 'Markdown; {{customer_name}} and {{thread_title}} are filled in when used.' })
  @IsString()
  @MinLength(1, { message: says(msg('errors.care.replyBodyRequired')) })
  @MaxLength(REPLY_BODY_MAX, { message: says(msg('errors.care.replyBodyTooLong', { max: REPLY_BODY_MAX })) })
  body: string;
}

@InputType()
export class UpdateSavedReplyInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.care.savedReplyId')) })
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: says(msg('errors.care.replyTitleRequired')) })
  @MaxLength(REPLY_TITLE_MAX, {
    message: says(msg('errors.care.replyTitleTooLong', { max: REPLY_TITLE_MAX })),
  })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: says(msg('errors.care.replyBodyRequired')) })
  @MaxLength(REPLY_BODY_MAX, { message: says(msg('errors.care.replyBodyTooLong', { max: REPLY_BODY_MAX })) })
  body?: string | null;
}

@InputType()
export class RenderSavedReplyInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.care.savedReplyIdField')) })
  savedReplyId: string;

  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.input.threadId')) })
  threadId: string;
}

@InputType()
export class OpenPrivateFollowUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.input.threadId')) })
  threadId: string;

  @Field({ description: 'The first message, Markdown.' })
  @IsString()
  @MaxLength(MESSAGE_MAX, { message: says(msg('errors.care.messageTooLong', { max: MESSAGE_MAX })) })
  body: string;
}

@InputType()
export class ReplyPrivateFollowUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.care.conversationId')) })
  conversationId: string;

  @Field()
  @IsString()
  @MaxLength(MESSAGE_MAX, { message: says(msg('errors.care.messageTooLong', { max: MESSAGE_MAX })) })
  body: string;
}

@InputType()
export class RateHelpInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.input.threadId')) })
  threadId: string;

  @Field(() => Int, { description: '1 (poor) … 5 (excellent).' })
  @IsInt()
  @Min(1, { message: says(msg('errors.care.ratingRange')) })
  @Max(5, { message: says(msg('errors.care.ratingRange')) })
  rating: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RATING_COMMENT_MAX, {
    message: says(msg('errors.care.ratingCommentTooLong', { max: RATING_COMMENT_MAX })),
  })
  comment?: string | null;
}
