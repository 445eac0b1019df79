// Words the guardian's reasons ("Sign in to vote.") in the reader's language wherever `can` is published.
import { ResolveField, Resolver } from '@nestjs/graphql';
import type { NoArgs } from '../common/decorators';
import type { RequestContext } from '../common/context';
import { AbilityModel, FREE } from '../guardian/ability.model';
import type { Ability } from '../guardian/ability';
import { SiteService } from '../site/site.service';
import { communityLocale, requestLocale, type Locale } from './locales';
import { translate } from './translate';

/** The request's language, worked out once per request rather than once per reason. */
const LOCALES = new WeakMap<RequestContext, Locale>();

@Resolver(() => AbilityModel)
export class AbilityReasonResolver {
  constructor(private readonly site: SiteService) {}

  @ResolveField(() => String, {
    ...FREE,
    nullable: true,
    description: 'The sentence to show when not allowed.',
  })
  // Once per ability on a page (hundreds): graphql-js's own arguments, no parameter decorators (see NoArgs).
  reason(ability: Ability, _args: NoArgs, ctx: RequestContext): string | null {
    if (ability.reason === null || ability.reason === undefined) return null;
    if (typeof ability.reason === 'string') return ability.reason;
    let locale = LOCALES.get(ctx);
    if (!locale) {
      locale = requestLocale(ctx.req, ctx.viewer?.account, communityLocale(this.site));
      LOCALES.set(ctx, locale);
    }
    return translate(locale, ability.reason);
  }
}
