import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Trim } from '../common/validation';
import { WatchLevel, WatchTarget } from './watch.entity';

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These notifications (yours only).' })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'Mark at most 100 notifications at once, or use all: true.' })
  @IsUUID('all', { each: true, message: 'ids must be notification ids.' })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Every unread notification.' })
  @IsOptional()
  @IsBoolean()
  all?: boolean | null;
}

@InputType()
export class WatchInput {
  @Field(() => WatchTarget)
  @IsEnum(WatchTarget, { message: 'targetType must be THREAD, CATEGORY or TAG.' })
  targetType: WatchTarget;

  @Field({ description: 'A thread or category id, or a tag name.' })
  @Trim()
  @IsNotEmpty({ message: 'targetId is required.' })
  @MaxLength(100, { message: 'targetId must be at most 100 characters.' })
  targetId: string;

  @Field(() => WatchLevel)
  @IsEnum(WatchLevel, { message: 'level must be WATCHING, TRACKING, NORMAL or MUTED.' })
  level: WatchLevel;
}

@InputType()
export class InviteToAnswerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be a thread id.' })
  threadId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'accountId must be an account id.' })
  accountId: string;
}
