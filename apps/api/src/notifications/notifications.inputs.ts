import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { says, Trim } from '../common/validation';
import { WatchLevel, WatchTarget } from './watch.entity';
import { msg } from '../i18n/translate';

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These notifications (yours only).' })
  @IsOptional()
  @ArrayMaxSize(100, { message: says(msg('errors.notifications.markMax', { max: 100 })) })
  @IsUUID('all', { each: true, message: says(msg('errors.notifications.ids')) })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Every unread notification.' })
  @IsOptional()
  @IsBoolean()
  all?: boolean | null;
}

@InputType()
export class WatchInput {
  @Field(() => WatchTarget)
  @IsEnum(WatchTarget, { message: says(msg('errors.notifications.targetType')) })
  targetType: WatchTarget;

  @Field({ description: 'A thread or category id, or a tag name.' })
  @Trim()
  @IsNotEmpty({ message: says(msg('errors.notifications.targetIdRequired')) })
  @MaxLength(100, { message: says(msg('errors.notifications.targetIdTooLong', { max: 100 })) })
  targetId: string;

  @Field(() => WatchLevel)
  @IsEnum(WatchLevel, { message: says(msg('errors.notifications.level')) })
  level: WatchLevel;
}

@InputType()
export class InviteToAnswerInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.input.threadId')) })
  threadId: string;

  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.input.accountId')) })
  accountId: string;
}
