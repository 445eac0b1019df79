import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { VoteValue } from '../threads/thread.model';
import { msg } from '../i18n/translate';
import { says } from '../common/validation';

@InputType()
export class VoteInput {
  @Field(() => ID, { description: 'A thread id or an answer id.' })
  @IsUUID('all', { message: says(msg('errors.input.postTargetId')) })
  targetId: string;

  @Field(() => VoteValue)
  @IsEnum(VoteValue, { message: says(msg('errors.votes.value')) })
  value: VoteValue;
}

@ObjectType('VoteResult')
export class VoteResult {
  @Field(() => ID)
  targetId: string;

  @Field(() => Int)
  score: number;

  @Field(() => VoteValue)
  viewerVote: VoteValue;
}
