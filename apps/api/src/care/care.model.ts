// GraphQL types of the care console (entities never go out as GraphQL types).
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AccountModel } from '../accounts/account.model';
import { ConnectionType } from '../common/connection';
import { ThreadModel } from '../threads/thread.model';
import type { ThreadEntity } from '../threads/thread.entity';

export enum SentimentFilter {
  NEGATIVE = 'NEGATIVE',
  NEUTRAL = 'NEUTRAL',
  POSITIVE = 'POSITIVE',
}
registerEnumType(SentimentFilter, {
  name: 'SentimentFilter',
  description: 'Sentiment buckets: NEGATIVE ≤ −0.1 < NEUTRAL < 0.1 ≤ POSITIVE.',
});

export enum CareQueueSort {
  OLDEST = 'OLDEST',
  MOST_NEGATIVE = 'MOST_NEGATIVE',
}
registerEnumType(CareQueueSort, {
  name: 'CareQueueSort',
  description: 'OLDEST waits longest first; MOST_NEGATIVE puts unhappy customers first (unscored last).',
});

@ObjectType('Team', { description: 'A care team; categories route new questions to their default team.' })
export class TeamModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('CareQueueItem', { description: 'A question waiting for an official or accepted answer.' })
export class CareQueueItem {
  @Field(() => ThreadModel)
  thread: ThreadEntity;

  @Field(() => Int, { description: 'Minutes since the question was asked.' })
  waitingMinutes: number;

  @Field(() => Int, { description: "The category's response target in minutes." })
  targetMinutes: number;

  @Field(() => Int, { description: 'Target minus waiting time; negative when overdue.' })
  minutesLeft: number;

  @Field()
  overdue: boolean;

  @Field(() => Float, { nullable: true, description: '−1 … 1; null when the text is not English.' })
  sentiment: number | null;
}

export const CareQueueConnection = ConnectionType(CareQueueItem, 'CareQueue');

@ObjectType('CareQueueChange', { description: 'Something changed the care queue: refetch or patch it.' })
export class CareQueueChange {
  @Field(() => ID)
  threadId: string;

  @Field({ description: 'What happened: created, answered, accepted, assigned, deleted, …' })
  change: string;
}

@ObjectType('AssignmentEvent', { description: "A routing change in a thread's history." })
export class AssignmentEventModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'ASSIGN, REASSIGN or UNASSIGN.' })
  action: string;

  @Field(() => AccountModel)
  actor: unknown;

  @Field(() => AccountModel, { nullable: true })
  assignee: unknown;

  @Field(() => TeamModel, { nullable: true })
  team: unknown;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('SavedReply', {
  description: 'A shared reply template; {{customer_name}} and {{thread_title}} are filled in.',
})
export class SavedReplyModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'Markdown with placeholders.' })
  body: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType('PrivateMessage')
export class PrivateMessageModel {
  @Field(() => ID)
  id: string;

  @Field(() => AccountModel)
  author: unknown;

  @Field()
  body: string;

  @Field({ description: 'Sanitized HTML rendered from the Markdown.' })
  bodyHtml: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('PrivateConversation', {
  description: "A private follow-up between the brand and a thread's asker; only they and staff can read it.",
})
export class PrivateConversationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ThreadModel)
  thread: unknown;

  @Field(() => AccountModel)
  customer: unknown;

  @Field(() => AccountModel)
  openedBy: unknown;

  @Field(() => [PrivateMessageModel], { description: 'Oldest first.' })
  messages: unknown;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt: Date | null;
}

@ObjectType('SatisfactionRating', { description: "The asker's rating of the help on a solved question." })
export class SatisfactionRatingModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '1 (poor) … 5 (excellent).' })
  rating: number;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => ThreadModel)
  thread: unknown;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('CustomerHistory', { description: 'What the care team should know about a customer.' })
export class CustomerHistoryModel {
  @Field(() => AccountModel)
  account: unknown;

  @Field(() => [ThreadModel], { description: 'Their latest threads, newest first (at most 20).' })
  threads: ThreadEntity[];

  @Field(() => Int, { description: 'How many threads they started.' })
  threadCount: number;

  @Field(() => Int, { description: 'Answers others gave to their questions.' })
  answersReceived: number;

  @Field(() => [SatisfactionRatingModel], { description: 'Newest first.' })
  ratings: unknown[];

  @Field(() => [PrivateConversationModel], { description: 'Private follow-ups not yet closed.' })
  openConversations: unknown[];
}

@ObjectType('ExpectedWait', {
  description:
    'Median minutes to a first official answer for questions asked here in the last 4 weeks; null with fewer than 3 answered.',
})
export class ExpectedWaitModel {
  @Field(() => Int, { nullable: true })
  minutes: number | null;

  @Field(() => Int, { description: 'Answered questions the median is taken over.' })
  sampleSize: number;

  @Field(() => GraphQLISODateTime)
  computedAt: Date;
}
