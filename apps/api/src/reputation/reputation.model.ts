import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ReputationReason } from '@community/domain';
import { ConnectionType } from '../common/connection';

export enum ReputationReasonEnum {
  THREAD_UPVOTED = 'THREAD_UPVOTED',
  ANSWER_UPVOTED = 'ANSWER_UPVOTED',
  DOWNVOTE_RECEIVED = 'DOWNVOTE_RECEIVED',
  DOWNVOTE_CAST = 'DOWNVOTE_CAST',
  ANSWER_ACCEPTED = 'ANSWER_ACCEPTED',
  ACCEPTED_AN_ANSWER = 'ACCEPTED_AN_ANSWER',
}
registerEnumType(ReputationReasonEnum, { name: 'ReputationReason' });

export enum PrivilegeEnum {
  UPVOTE = 'upvote',
  FLAG = 'flag',
  COMMENT = 'comment',
  DOWNVOTE = 'downvote',
  EDIT_OTHERS = 'editOthers',
}
registerEnumType(PrivilegeEnum, { name: 'Privilege' });

@ObjectType('ReputationEvent', { description: 'One row of an account’s reputation ledger.' })
export class ReputationEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => ReputationReasonEnum)
  reason: ReputationReason;

  @Field(() => Int, { description: 'Points granted (0 when the daily cap swallowed a gain).' })
  delta: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('PrivilegeStatus')
export class PrivilegeStatus {
  @Field(() => PrivilegeEnum)
  privilege: PrivilegeEnum;

  @Field()
  label: string;

  @Field(() => Int, { description: 'Reputation needed.' })
  required: number;

  @Field({ description: 'Whether the account has it now (staff and moderators have all).' })
  granted: boolean;
}

export const ReputationEventConnection = ConnectionType(ReputationEventModel, 'ReputationEvent', false);
