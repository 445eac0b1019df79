// One-click unsubscribe (RFC 8058): mail clients POST "List-Unsubscribe=One-Click" to the URL in the
// List-Unsubscribe header; a person following the link gets a page with a button that does the same.
import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { escapeHtml, MailService } from './mail.service';

@Controller('email')
export class UnsubscribeController {
  constructor(private readonly mail: MailService) {}

  @Get('unsubscribe')
  page(@Query('token') token: string | undefined, @Res() res: Response): void {
    const t = escapeHtml(token ?? '');
    res
      .type('html')
      .setHeader('cache-control', 'no-store')
      .send(
        `<!doctype html><html><head><meta charset="utf-8"><title>Unsubscribe</title>
<meta name="viewport" content="width=device-width"></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto">
<h1>Unsubscribe</h1><p>Stop these emails from ${escapeHtml(this.mail.communityName)}? You can turn them on again in your settings.</p>
<form method="post" action="/email/unsubscribe?token=${t}"><input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">Unsubscribe</button></form></body></html>`,
      );
  }

  @Post('unsubscribe')
  @HttpCode(200)
  async oneClick(@Query('token') token: string | undefined, @Res() res: Response): Promise<void> {
    const list = token ? await this.mail.unsubscribe(token) : null;
    if (!list) {
      res
        .status(400)
        .type('text')
        .send('This unsubscribe link is not valid. Change your emails in Settings.');
      return;
    }
    const what = list === 'digest' ? 'digest emails' : 'notification emails';
    res.type('html').send(
      `<!doctype html><html><head><meta charset="utf-8"><title>Unsubscribed</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto"><h1>Unsubscribed</h1>
<p>You will get no more ${what}. <a href="/settings/email">Email settings</a></p></body></html>`,
    );
  }
}
