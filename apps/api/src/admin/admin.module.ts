// The admin console's own reads (people); its changes go through each feature's service.
import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const ADMIN_RESOLVERS = [PeopleResolver];

@Module({
  imports: [AccountsModule],
  providers: [PeopleService, ...ADMIN_RESOLVERS],
})
export class AdminModule {}
