// One-click unsubscribe (RFC 8058): mail clients POST "List-Unsubscribe=One-Click" to the URL in the
// List-Unsubscribe header; a person following the link gets a page with a button that does the same. Both pages
// speak the language of the account the link is for (else the visitor's, else the community's).
import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { requestLocale, type Locale } from '../i18n/locales';
import { escapeHtml, MailService, mailWords } from './mail.service';

const STYLE = 'font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto';

@Controller('email')
export class UnsubscribeController {
  constructor(private readonly mail: MailService) {}

  private async locale(req: Request, token: string | undefined): Promise<Locale> {
    const preference = token ? await this.mail.tokenLocale(token) : null;
    return requestLocale(req, { locale: preference }, this.mail.localeFor(null));
  }

  @Get('unsubscribe')
  async page(
    @Query('token') token: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const locale = await this.locale(req, token);
    const t = mailWords(locale);
    const title = escapeHtml(t('mail.unsubscribe'));
    const q = escapeHtml(t('mail.unsubscribePage.question', { community: this.mail.communityName }));
    res
      .type('html')
      .setHeader('cache-control', 'no-store')
      .send(
        `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width"></head><body style="${STYLE}">
<h1>${title}</h1><p>${q}</p>
<form method="post" action="/email/unsubscribe?token=${escapeHtml(token ?? '')}"><input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">${escapeHtml(t('mail.unsubscribe'))}</button></form></body></html>`,
      );
  }

  @Post('unsubscribe')
  @HttpCode(200)
  async oneClick(
    @Query('token') token: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const list = token ? await this.mail.unsubscribe(token) : null;
    const locale = await this.locale(req, list ? token : undefined);
    const t = mailWords(locale);
    if (!list) {
      res.status(400).type('text').send(t('mail.unsubscribePage.invalid'));
      return;
    }
    const title = escapeHtml(t('mail.unsubscribePage.doneTitle'));
    res.type('html').send(
      `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${title}</title></head>
<body style="${STYLE}"><h1>${title}</h1>
<p>${escapeHtml(t('mail.unsubscribePage.done', { list }))} <a href="/settings/email">${escapeHtml(t('mail.unsubscribePage.settings'))}</a></p></body></html>`,
    );
  }
}
