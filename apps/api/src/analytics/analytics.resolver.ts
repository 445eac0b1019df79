import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentGuardian } from '../common/decorators';
import { Guardian } from '../guardian/guardian';
import { CommunityAnalytics, CommunityAnalyticsInput } from './analytics.model';
import { AnalyticsService } from './analytics.service';

@Resolver()
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Query(() => CommunityAnalytics, { description: 'Employees only: figures for a period and category.' })
  communityAnalytics(
    @Args('input') input: CommunityAnalyticsInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<CommunityAnalytics> {
    return this.analytics.community(guardian, input);
  }
}
