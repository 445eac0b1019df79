import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { MailModule } from '../mail/mail.module';
import { QaEventsModule } from '../qa/qa-events.module';
import { ExportsController } from './exports.controller';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const PRIVACY_RESOLVERS = [PrivacyResolver];

@Module({
  imports: [AccountsModule, MailModule, QaEventsModule],
  controllers: [ExportsController],
  providers: [PrivacyService, ...PRIVACY_RESOLVERS],
})
export class PrivacyModule {}
