import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { AccountModel } from '../accounts/account.model';
import type { AccountEntity } from '../accounts/account.entity';
import { CurrentGuardian } from '../common/decorators';
import { Guardian } from '../guardian/guardian';
import { PersonRecord } from './people.model';
import { PeopleService } from './people.service';

@Resolver()
export class PeopleResolver {
  constructor(private readonly service: PeopleService) {}

  @Query(() => [AccountModel], {
    description: 'Admins only: accounts whose handle, display name or email contains the text.',
  })
  people(
    @Args('query') query: string,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'At most 50.' }) first: number,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<AccountEntity[]> {
    return this.service.search(guardian, query, first);
  }

  @Query(() => PersonRecord, { description: 'Admins only: one account’s posts, flags and sign-ins.' })
  person(
    @Args('accountId', { type: () => ID }) accountId: string,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<PersonRecord> {
    return this.service.record(guardian, accountId);
  }
}
