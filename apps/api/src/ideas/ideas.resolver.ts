import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountModel } from '../accounts/account.model';
import { AccountsService } from '../accounts/accounts.service';
import { RequestContext } from '../common/context';
import { CurrentGuardian, NoArgs } from '../common/decorators';
import { AbilityModel, ThreadAbilities } from '../guardian/ability.model';
import { Guardian } from '../guardian/guardian';
import type { ThreadAbilitySet } from '../guardian/publish';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadModel } from '../threads/thread.model';
import type { IdeaStatusChangeEntity } from './idea-status-change.entity';
import { IdeaStatusChangeModel, SetIdeaStatusInput } from './ideas.model';
import { IdeasService } from './ideas.service';

@Resolver(() => ThreadModel)
export class IdeasResolver {
  constructor(private readonly ideas: IdeasService) {}

  @Mutation(() => ThreadModel, {
    description:
      'Employees move an idea on the roadmap; the note shows on the idea and stays in its history, and its voters and watchers are notified.',
  })
  setIdeaStatus(
    @Args('input') input: SetIdeaStatusInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<ThreadEntity> {
    return this.ideas.setStatus(guardian, input);
  }

  @ResolveField(() => [IdeaStatusChangeModel], {
    description: "An idea's moves on the roadmap, oldest first, with the notes; empty for other kinds.",
  })
  async ideaStatusHistory(
    thread: ThreadEntity,
    _args: NoArgs,
    ctx: RequestContext,
  ): Promise<IdeaStatusChangeEntity[]> {
    if (!thread.ideaStatus) return [];
    return this.ideas.historyOf(ctx.loaders, thread.id);
  }
}

@Resolver(() => IdeaStatusChangeModel)
export class IdeaStatusChangeResolver {
  constructor(private readonly accounts: AccountsService) {}

  @ResolveField(() => AccountModel, { nullable: true, description: 'The employee who moved it.' })
  async author(
    change: IdeaStatusChangeEntity,
    _args: NoArgs,
    ctx: RequestContext,
  ): Promise<AccountEntity | null> {
    return change.authorId ? this.accounts.load(ctx.loaders, change.authorId) : null;
  }
}

/** The ideas ability on a thread: moving it on the roadmap (employees, ideas only). */
@Resolver(() => ThreadAbilities)
export class IdeaAbilityResolver {
  @ResolveField(() => AbilityModel, {
    complexity: 0,
    description: 'Set the roadmap status of this idea (employees).',
  })
  setIdeaStatus(can: ThreadAbilitySet, _args: NoArgs, { guardian }: RequestContext): AbilityModel {
    return guardian.ideas.canSetStatus(can.thread);
  }
}
