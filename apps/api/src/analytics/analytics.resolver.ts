import { Args, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '../common/context';
import { CurrentViewer } from '../common/decorators';
import { CommunityAnalytics, CommunityAnalyticsInput } from './analytics.model';
import { AnalyticsService } from './analytics.service';

@Resolver()
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Query(() => CommunityAnalytics, { description: 'Employees only: figures for a period and category.' })
  communityAnalytics(
    @Args('input') input: CommunityAnalyticsInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<CommunityAnalytics> {
    return this.analytics.community(viewer, input);
  }
}
