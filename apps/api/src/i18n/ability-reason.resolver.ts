// Words the guardian's reasons ("Sign in to vote.") in the reader's language wherever `can` is published.
import { ResolveField, Resolver } from '@nestjs/graphql';
import { LRUCache } from 'lru-cache';
import type { NoArgs } from '../common/decorators';
import type { RequestContext } from '../common/context';
import { AbilityModel, FREE } from '../guardian/ability.model';
import type { Ability } from '../guardian/ability';
import { SiteService } from '../site/site.service';
import { communityLocale, requestLocale, type Locale } from './locales';
import { translate, type Msg } from './translate';

/**
 * Per request: its language, worked out once rather than once per reason, and the reasons already worded (a
 * thread page repeats the same few reasons on every answer and comment, and wording one costs ICU formatting).
 */
const WORDED = new WeakMap<
  RequestContext,
  { locale: Locale; said: Map<string, string>; messages: WeakMap<Msg, string> }
>();

/**
 * Reasons worded by earlier requests, by language and message: wording is a pure function of those, and every
 * signed-in thread page words the same dozen (ICU formatting was ~1 % of its CPU).
 */
const WORDED_BEFORE = new LRUCache<string, string>({ max: 2000 });

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
    let worded = WORDED.get(ctx);
    if (!worded) {
      const locale = requestLocale(ctx.req, ctx.viewer?.account, communityLocale(this.site));
      worded = { locale, said: new Map(), messages: new WeakMap() };
      WORDED.set(ctx, worded);
    }
    // The guardian hands the same refusal to every post of a page: known by the message itself, no key is built.
    let said = worded.messages.get(ability.reason);
    if (said !== undefined) return said;
    const { id, values } = ability.reason;
    const key = values ? `${id} ${JSON.stringify(values)}` : id;
    said = worded.said.get(key);
    if (said === undefined) {
      const everywhere = `${worded.locale} ${key}`;
      said = WORDED_BEFORE.get(everywhere);
      if (said === undefined) {
        said = translate(worded.locale, ability.reason);
        WORDED_BEFORE.set(everywhere, said);
      }
      worded.said.set(key, said);
    }
    worded.messages.set(ability.reason, said);
    return said;
  }
}
