// /auth/oidc/start and /auth/oidc/callback: the browser side of single sign-on.
import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SessionsService } from '../accounts/sessions.service';
import { CONFIG, Config } from '../config/config';
import { communityLocale, requestLocale } from '../i18n/locales';
import { translate } from '../i18n/translate';
import { SiteService } from '../site/site.service';
import { OidcService, PendingSignIn, SignInRefused } from './oidc.service';

const PENDING_COOKIE = 'community_oidc';
const PENDING_TTL_MS = 10 * 60_000;

/** Only same-site paths, so the sign-in cannot be turned into an open redirect. */
const safeNext = (next: unknown) =>
  typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')
    ? next
    : '/';

@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    private readonly sessions: SessionsService,
    private readonly site: SiteService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  private base(req: Request): string {
    return this.config.publicUrl ?? `${req.protocol}://${req.get('host')}`;
  }

  /** Back to the sign-in page with the reason, in the visitor's language (cookie, browser, community). */
  private fail(req: Request, res: Response, refused: SignInRefused): void {
    const message = translate(requestLocale(req, null, communityLocale(this.site)), refused.wording);
    res.clearCookie(PENDING_COOKIE, { path: '/auth/oidc' });
    res.redirect(302, `/signin?sso_error=${encodeURIComponent(message)}`);
  }

  @Get('start')
  async start(@Query('next') next: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const { url, pending } = await this.oidc.start(`${this.base(req)}/auth/oidc/callback`, safeNext(next));
      res.cookie(PENDING_COOKIE, JSON.stringify(pending), {
        httpOnly: true,
        // Lax: the provider's redirect back is a top-level GET, which still carries it.
        sameSite: 'lax',
        secure: this.config.cookieSecure,
        path: '/auth/oidc',
        maxAge: PENDING_TTL_MS,
      });
      res.redirect(302, url);
    } catch (e) {
      if (e instanceof SignInRefused) return this.fail(req, res, e);
      throw e;
    }
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    let pending: PendingSignIn | null = null;
    try {
      pending = JSON.parse(String(req.cookies?.[PENDING_COOKIE] ?? 'null')) as PendingSignIn | null;
    } catch {
      pending = null;
    }
    try {
      const callbackUrl = new URL(req.originalUrl, this.base(req));
      const account = await this.oidc.finish(callbackUrl, pending);
      const session = await this.sessions.start(account.id, {
        ip: req.ip ?? 'unknown',
        userAgent: req.get('user-agent'),
      });
      res.clearCookie(PENDING_COOKIE, { path: '/auth/oidc' });
      this.sessions.setCookie(res, session.token, session.expiresAt);
      res.redirect(302, safeNext(pending?.next));
    } catch (e) {
      if (e instanceof SignInRefused) return this.fail(req, res, e);
      throw e;
    }
  }
}
