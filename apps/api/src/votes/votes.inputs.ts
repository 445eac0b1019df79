import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { VoteValue } from '../threads/thread.model';

@InputType()
export class VoteInput {
  @Field(() => ID, { description: 'A thread id or an answer id.' })
  @IsUUID('all', { message: 'targetId must be a thread or answer id.' })
  targetId: string;

  @Field(() => VoteValue)
  @IsEnum(VoteValue, { message: 'value must be UP, DOWN or NONE.' })
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
