import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmailPreferenceEntity } from './email-preference.entity';
import { MailMessageEntity } from './mail-message.entity';
import { MailResolver } from './mail.resolver';
import { MailService } from './mail.service';
import { UnsubscribeController } from './unsubscribe.controller';
import { SystemModule } from '../system/system.module';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const MAIL_RESOLVERS = [MailResolver];

/** Depends on nothing but the database and config, so accounts and notifications can both use it. */
@Module({
  imports: [TypeOrmModule.forFeature([MailMessageEntity, EmailPreferenceEntity]), SystemModule],
  controllers: [UnsubscribeController],
  providers: [MailService, ...MAIL_RESOLVERS],
  exports: [MailService],
})
export class MailModule {}
