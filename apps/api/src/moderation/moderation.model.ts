import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../common/connection';
import { FlagReason, FlagStatus, ModerationTarget } from './flag.entity';
import { ModerationActionKind } from './moderation-action-kind';

registerEnumType(FlagReason, { name: 'FlagReason' });
registerEnumType(FlagStatus, { name: 'FlagStatus' });
registerEnumType(ModerationTarget, { name: 'ModerationTarget' });
registerEnumType(ModerationActionKind, { name: 'ModerationActionKind' });

@ObjectType('Flag', { description: 'A member’s report that a post needs a moderator.' })
export class FlagModel {
  @Field(() => ID)
  id: string;

  @Field(() => ModerationTarget)
  targetType: ModerationTarget;

  @Field(() => ID)
  targetId: string;

  @Field(() => FlagReason)
  reason: FlagReason;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => FlagStatus)
  status: FlagStatus;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('FlagGroup', { description: 'The open flags on one post.' })
export class FlagGroupModel {
  @Field(() => ModerationTarget)
  targetType: ModerationTarget;

  @Field(() => ID)
  targetId: string;

  @Field(() => ID, { nullable: true })
  threadId: string | null;

  @Field(() => Int)
  count: number;

  @Field(() => GraphQLISODateTime, { description: 'When the oldest open flag was raised.' })
  oldestAt: Date;

  @Field(() => String, { description: 'The flagged text, as plain text (first 300 characters).' })
  excerpt: string;

  @Field(() => Boolean)
  hidden: boolean;

  @Field(() => [FlagModel], { description: 'Oldest first.' })
  flags: FlagModel[];
}

@ObjectType('ModerationAction', { description: 'One row of the audit log.' })
export class ModerationActionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ModerationActionKind)
  action: ModerationActionKind;

  @Field(() => ModerationTarget)
  targetType: ModerationTarget;

  @Field(() => ID)
  targetId: string;

  @Field()
  reason: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

export const FlagGroupConnection = ConnectionType(FlagGroupModel, 'FlagGroup');
export const ModerationActionConnection = ConnectionType(ModerationActionModel, 'ModerationAction');
