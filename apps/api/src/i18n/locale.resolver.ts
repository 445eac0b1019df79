// The language selector's mutation: kept on the account when signed in, and in a cookie for this browser.
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { AccountsService } from '../accounts/accounts.service';
import { Ctx } from '../common/decorators';
import type { RequestContext } from '../common/context';
import { badInput } from '../common/errors';
import { CONFIG, Config } from '../config/config';
import { SiteService } from '../site/site.service';
import { communityLocale, LOCALE_COOKIE, LOCALES, isLocale, negotiateLocale } from './locales';
import { msg } from './translate';

@Resolver()
export class LocaleResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly site: SiteService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Mutation(() => String, {
    description:
      'Chooses the interface language (en, ru, sl, zh-CN), or null to follow the browser: kept on the account when ' +
      'signed in, and in a cookie for this browser either way. Returns the language pages now use.',
  })
  async setLocale(
    @Args('locale', { type: () => String, nullable: true }) locale: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    if (locale !== null && !isLocale(locale)) {
      throw badInput('locale', msg('errors.unknownLocale', { locales: LOCALES.join(', ') }));
    }
    if (ctx.viewer) await this.accounts.setLocale(ctx.viewer, locale);
    if (locale) {
      ctx.res.cookie(LOCALE_COOKIE, locale, {
        maxAge: 365 * 24 * 3600 * 1000,
        sameSite: 'lax',
        httpOnly: true,
        secure: this.config.cookieSecure,
        path: '/',
      });
    } else ctx.res.clearCookie(LOCALE_COOKIE, { path: '/' });
    return locale ?? negotiateLocale(ctx.req.get('accept-language')) ?? communityLocale(this.site);
  }
}
