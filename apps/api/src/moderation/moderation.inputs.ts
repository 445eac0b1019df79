import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../common/connection';
import { FlagReason, ModerationTarget } from './flag.entity';
import { ModerationActionKind } from './moderation-action-kind';
import { PostCategory, PostTags, says, Trim } from '../common/validation';
import { msg } from '../i18n/translate';

const REASON = says(msg('errors.moderation.giveReason'));

@InputType({ isAbstract: true })
abstract class WithReason {
  @Field({ description: 'Why: written to the audit log. Required.' })
  @Trim()
  @MaxLength(1000, { message: says(msg('errors.moderation.reasonTooLong', { max: 1000 })) })
  @IsNotEmpty({ message: REASON })
  @IsString({ message: REASON })
  reason: string;
}

@InputType()
export class PostActionInput extends WithReason {
  @Field(() => ID, { description: 'A thread, answer or comment.' })
  @IsUUID('all', { message: says(msg('errors.moderation.notPostId')) })
  targetId: string;
}

@InputType()
export class ThreadActionInput extends WithReason {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.moderation.notThreadId')) })
  threadId: string;
}

@InputType()
export class CloseAsDuplicateInput extends ThreadActionInput {
  @Field(() => ID, { description: 'The original thread.' })
  @IsUUID('all', { message: says(msg('errors.moderation.chooseOriginal')) })
  duplicateOfId: string;

  @Field({ defaultValue: false, description: 'Move this thread’s answers to the original.' })
  @IsBoolean()
  mergeAnswers: boolean = false;
}

@InputType()
export class MoveThreadInput extends ThreadActionInput {
  @Field(() => ID)
  @PostCategory()
  categoryId: string;
}

@InputType()
export class EditTagsInput extends ThreadActionInput {
  @Field(() => [String])
  @PostTags()
  tags: string[];
}

@InputType()
export class PinThreadInput extends ThreadActionInput {
  @Field(() => GraphQLISODateTime, { description: 'Pinned until then.' })
  @IsDate({ message: says(msg('errors.moderation.choosePinEnd')) })
  until: Date;
}

@InputType()
export class SuspendAccountInput extends WithReason {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.moderation.notAccountId')) })
  accountId: string;

  @Field(() => GraphQLISODateTime, { description: 'The account cannot post until then.' })
  @IsDate({ message: says(msg('errors.moderation.chooseSuspensionEnd')) })
  until: Date;
}

@InputType()
export class AccountActionInput extends WithReason {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.moderation.notAccountId')) })
  accountId: string;
}

@InputType()
export class ResolveFlagsInput extends PostActionInput {
  @Field({
    defaultValue: false,
    description: 'The flags were unfounded (DISMISSED), not acted on (RESOLVED).',
  })
  @IsBoolean()
  dismiss: boolean = false;
}

@InputType()
export class FlagInput {
  @Field(() => ID, { description: 'A thread, answer or comment.' })
  @IsUUID('all', { message: says(msg('errors.moderation.notPostId')) })
  targetId: string;

  @Field(() => FlagReason)
  @IsEnum(FlagReason, { message: says(msg('errors.moderation.chooseReason')) })
  reason: FlagReason;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(500, { message: says(msg('errors.moderation.noteTooLong', { max: 500 })) })
  @IsString()
  note?: string | null;
}

@InputType()
export class ModerationLogFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: says(msg('errors.moderation.actorId')) })
  actorId?: string | null;

  @Field(() => ModerationActionKind, { nullable: true })
  @IsOptional()
  @IsEnum(ModerationActionKind)
  action?: ModerationActionKind | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: says(msg('errors.moderation.targetId')) })
  targetId?: string | null;

  @Field(() => ModerationTarget, { nullable: true })
  @IsOptional()
  @IsEnum(ModerationTarget)
  targetType?: ModerationTarget | null;
}

@ArgsType()
export class ModerationLogArgs extends PageArgs {
  @Field(() => ModerationLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ModerationLogFilter)
  filter?: ModerationLogFilter | null;
}
