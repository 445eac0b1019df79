// What search engines and first-time visitors reach: robots.txt, sitemaps and (wired in server.ts) the
// server-rendered pages.
import { Module } from '@nestjs/common';
import { QaEventsModule } from '../qa/qa-events.module';
import { PageCache } from './page-cache';
import { SitemapsController } from './sitemaps.controller';

@Module({
  imports: [QaEventsModule],
  controllers: [SitemapsController],
  providers: [PageCache],
  exports: [PageCache],
})
export class PagesModule {}
