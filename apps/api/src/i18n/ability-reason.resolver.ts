// Words the guardian's reasons ("Sign in to vote.") in the reader's language wherever `can` is published.
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/decorators';
import type { RequestContext } from '../common/context';
import { AbilityModel, FREE } from '../guardian/ability.model';
import type { Ability } from '../guardian/ability';
import { SiteService } from '../site/site.service';
import { communityLocale, requestLocale } from './locales';
import { translate } from './translate';

@Resolver(() => AbilityModel)
export class AbilityReasonResolver {
  constructor(private readonly site: SiteService) {}

  @ResolveField(() => String, {
    ...FREE,
    nullable: true,
    description: 'The sentence to show when not allowed.',
  })
  reason(@Parent() ability: Ability, @Ctx() ctx: RequestContext): string | null {
    if (ability.reason === null || ability.reason === undefined) return null;
    if (typeof ability.reason === 'string') return ability.reason;
    return translate(requestLocale(ctx.req, ctx.viewer?.account, communityLocale(this.site)), ability.reason);
  }
}
