import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { CategoriesModule } from '../categories/categories.module';
import { QaEventsModule } from '../qa/qa-events.module';
import { SiteModule } from '../site/site.module';
import { ThreadsModule } from '../threads/threads.module';
import { AnnouncementVersionEntity } from './announcement-version.entity';
import { AnnouncementsController } from './announcements.controller';
import { AnnouncementsResolver, SigningKeyResolver } from './announcements.resolver';
import { AnnouncementsService } from './announcements.service';
import { SigningKeyEntity } from './signing-key.entity';
import { SigningKeysService } from './signing-keys.service';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const ANNOUNCEMENTS_RESOLVERS = [AnnouncementsResolver, SigningKeyResolver];

@Module({
  imports: [
    TypeOrmModule.forFeature([AnnouncementVersionEntity, SigningKeyEntity]),
    AccountsModule,
    CategoriesModule,
    QaEventsModule,
    SiteModule,
    ThreadsModule,
  ],
  controllers: [AnnouncementsController],
  providers: [SigningKeysService, AnnouncementsService, ...ANNOUNCEMENTS_RESOLVERS],
  exports: [AnnouncementsService, SigningKeysService],
})
export class AnnouncementsModule {}
