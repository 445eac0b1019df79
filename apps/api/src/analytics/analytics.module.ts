import { Module } from '@nestjs/common';
import { AnalyticsResolver } from './analytics.resolver';
import { AnalyticsService } from './analytics.service';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const ANALYTICS_RESOLVERS = [AnalyticsResolver];

@Module({
  providers: [AnalyticsService, ...ANALYTICS_RESOLVERS],
  exports: [AnalyticsService],
})
export class AnalyticsModule {}
