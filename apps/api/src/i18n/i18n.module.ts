import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { SiteModule } from '../site/site.module';
import { AbilityReasonResolver } from './ability-reason.resolver';
import { LocaleResolver } from './locale.resolver';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const I18N_RESOLVERS = [LocaleResolver, AbilityReasonResolver];

@Module({
  imports: [AccountsModule, SiteModule],
  providers: [...I18N_RESOLVERS],
})
export class I18nModule {}
