// What search engines and first-time visitors reach: robots.txt, sitemaps, (wired in server.ts) the
// server-rendered pages, and guests' GraphQL reads kept beside the guest pages.
import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { QaEventsModule } from '../qa/qa-events.module';
import { SearchModule } from '../search/search.module';
import { ThreadsModule } from '../threads/threads.module';
import { GuestReadCacheMiddleware } from './guest-read-cache';
import { PageCache } from './page-cache';
import { SitemapsController } from './sitemaps.controller';

@Module({
  imports: [QaEventsModule, ThreadsModule, SearchModule],
  controllers: [SitemapsController],
  providers: [PageCache, GuestReadCacheMiddleware],
  exports: [PageCache],
})
export class PagesModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Runs after the body parser and before Apollo's handler: a kept answer never reaches GraphQL.
    consumer.apply(GuestReadCacheMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.POST });
  }
}
