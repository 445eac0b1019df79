// GraphQL types of the community analytics dashboard.
import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsUUID } from 'class-validator';
import { Type } from 'class-transformer';
import { AccountModel } from '../accounts/account.model';
import type { AccountEntity } from '../accounts/account.entity';
import { ThreadModel } from '../threads/thread.model';
import type { ThreadEntity } from '../threads/thread.entity';
import { msg } from '../i18n/translate';
import { says } from '../common/validation';

@InputType()
export class CommunityAnalyticsInput {
  @Field(() => GraphQLISODateTime, { description: 'Start of the period (inclusive).' })
  @Type(() => Date)
  @IsDate()
  from: Date;

  @Field(() => GraphQLISODateTime, { description: 'End of the period (exclusive).' })
  @Type(() => Date)
  @IsDate()
  to: Date;

  @Field(() => ID, { nullable: true, description: 'One category; omitted means all.' })
  @IsOptional()
  @IsUUID('all', { message: says(msg('errors.input.categoryId')) })
  categoryId?: string | null;
}

@ObjectType('FirstResponseStats', {
  description: 'Minutes from a question to its first official answer, over questions asked in the period.',
})
export class FirstResponseStats {
  @Field(() => Float, { nullable: true })
  medianMinutes: number | null;

  @Field(() => Float, { nullable: true })
  p90Minutes: number | null;

  @Field(() => Int, { nullable: true, description: "The category's target; null across all categories." })
  targetMinutes: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share of questions answered officially within their target, among those answered or already past it.',
  })
  withinTargetRate: number | null;

  @Field(() => Int, { description: 'Questions with an official answer.' })
  responded: number;
}

@ObjectType('Contributor')
export class ContributorStats {
  @Field(() => AccountModel)
  account: AccountEntity;

  @Field(() => Int)
  answers: number;

  @Field(() => Int)
  accepted: number;
}

@ObjectType('HeatmapCell', {
  description: 'Posts (threads, answers, comments) in one UTC hour of one weekday.',
})
export class HeatmapCell {
  @Field(() => Int, { description: '0 = Sunday … 6 = Saturday (UTC).' })
  dayOfWeek: number;

  @Field(() => Int, { description: '0 … 23 (UTC).' })
  hour: number;

  @Field(() => Int)
  count: number;
}

@ObjectType('DailyActivity')
export class DailyActivity {
  @Field({ description: 'YYYY-MM-DD (UTC).' })
  date: string;

  @Field(() => Int)
  questions: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median first-response minutes of that day’s questions.',
  })
  medianFirstResponseMinutes: number | null;
}

@ObjectType('CommunityAnalytics', {
  description: 'Figures over questions asked in [from, to); rates are 0 … 1 (null without questions).',
})
export class CommunityAnalytics {
  @Field(() => Int)
  questions: number;

  @Field(() => FirstResponseStats)
  firstResponse: FirstResponseStats;

  @Field(() => Float, { nullable: true, description: 'Questions with at least one answer.' })
  answerRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Questions with an accepted answer.' })
  solvedRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Of the answers posted in the period, the share written by the community rather than staff.',
  })
  communityAnswerShare: number | null;

  @Field(() => Int, { description: 'Askers who opened a suggested thread instead of asking (ask page).' })
  deflections: number;

  @Field(() => Float, { nullable: true })
  satisfactionAverage: number | null;

  @Field(() => Int)
  satisfactionCount: number;

  @Field(() => [ContributorStats], {
    description: 'Community members (not staff) by answers, then accepted.',
  })
  topContributors: ContributorStats[];

  @Field(() => [ThreadModel], {
    description: 'The most negative threads of the period (sentiment ≤ −0.1, at most 5).',
  })
  mostNegativeThreads: ThreadEntity[];

  @Field(() => [HeatmapCell], { description: 'Only hours with activity.' })
  activityHeatmap: HeatmapCell[];

  @Field(() => [DailyActivity])
  daily: DailyActivity[];
}
