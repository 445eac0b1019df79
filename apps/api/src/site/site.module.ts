import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { MailModule } from '../mail/mail.module';
import { AuditLogModule } from '../moderation/audit-log.module';
import { PagesModule } from '../pages/pages.module';
import { LogoController } from './logo.controller';
import { SiteResolver } from './site.resolver';
import { SiteService } from './site.service';
import { SiteSettingsEntity } from './site-settings.entity';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const SITE_RESOLVERS = [SiteResolver];

@Module({
  imports: [
    TypeOrmModule.forFeature([SiteSettingsEntity]),
    AccountsModule,
    AuditLogModule,
    MailModule,
    PagesModule,
  ],
  controllers: [LogoController],
  providers: [SiteService, ...SITE_RESOLVERS],
  exports: [SiteService],
})
export class SiteModule {}
