// GET /exports/:id: the download behind requestDataExport's link, for the signed-in person who requested it.
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SESSION_COOKIE, SessionsService } from '../accounts/sessions.service';
import { isUuid } from '../common/connection';
import { AppError, ErrorCode } from '../common/errors';
import { PrivacyService } from './privacy.service';
import { requestLocale } from '../i18n/locales';
import { msg, translate } from '../i18n/translate';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
};

@Controller('exports')
export class ExportsController {
  constructor(
    private readonly privacy: PrivacyService,
    private readonly sessions: SessionsService,
  ) {}

  @Get(':id')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('cache-control', 'private, no-store');
    let viewer: Awaited<ReturnType<SessionsService['resolve']>> = null;
    try {
      if (!isUuid(id)) throw new AppError(ErrorCode.NOT_FOUND, msg('errors.notFound.export'));
      viewer = await this.sessions.resolve(req.cookies?.[SESSION_COOKIE]);
      const { filename, json } = await this.privacy.download(viewer, id);
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${filename}"`);
      res.send(json);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      // Worded in the person's language (their account's, else this browser's).
      const message = translate(requestLocale(req, viewer?.account, 'en'), e.wording.message);
      res.status(STATUS[e.code] ?? 400).json({ error: { code: e.code, message } });
    }
  }
}
