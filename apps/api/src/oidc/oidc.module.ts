import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { SiteModule } from '../site/site.module';
import { AccountIdentityEntity } from './account-identity.entity';
import { IdentitiesResolver } from './identities.resolver';
import { OidcController } from './oidc.controller';
import { OidcService } from './oidc.service';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const OIDC_RESOLVERS = [IdentitiesResolver];

@Module({
  imports: [TypeOrmModule.forFeature([AccountIdentityEntity]), AccountsModule, SiteModule],
  controllers: [OidcController],
  providers: [OidcService, ...OIDC_RESOLVERS],
  exports: [OidcService],
})
export class OidcModule {}
