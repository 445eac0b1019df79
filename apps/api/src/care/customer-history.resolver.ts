// GraphQL for customer history; thin: the rules live in CustomerHistoryService and the guardian (guardian/care.ts).
import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountModel } from '../accounts/account.model';
import { Guardian } from '../guardian/guardian';
import { CurrentGuardian } from '../common/decorators';
import { CustomerHistoryModel } from './care.model';
import { CustomerHistory, CustomerHistoryService } from './customer-history.service';

@Resolver(() => CustomerHistoryModel)
export class CustomerHistoryResolver {
  constructor(private readonly history: CustomerHistoryService) {}

  @Query(() => CustomerHistoryModel, { description: 'Employees only.' })
  customerHistory(
    @Args('accountId', { type: () => ID }) accountId: string,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<CustomerHistory> {
    return this.history.forAccount(guardian, accountId);
  }

  @ResolveField(() => AccountModel)
  account(@Parent() h: CustomerHistory): AccountEntity {
    return h.account;
  }
}
