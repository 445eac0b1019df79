// Serves the uploaded logo. Its URL carries its hash, so it is kept by browsers and CDNs for a year; SVGs go
// out with a policy that lets nothing in them run or load, even opened on their own.
import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { SiteService } from './site.service';

@Controller()
export class LogoController {
  constructor(private readonly site: SiteService) {}

  @Get('brand/logo/:hash')
  async logo(@Param('hash') hash: string, @Res() res: Response): Promise<void> {
    const logo = /^[0-9a-f]{32}$/.test(hash) ? await this.site.logo(hash) : null;
    if (!logo) throw new NotFoundException('No such logo.');
    res.setHeader('content-type', logo.contentType);
    res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    res.send(logo.bytes);
  }
}
