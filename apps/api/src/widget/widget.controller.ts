// The embeddable widget's server side. A brand's site adds `<script src="https://community/widget.js">`; the
// loader (apps/web/src/widget/loader.ts, built to dist/web/widget.js) asks /widget/config whether the site may
// embed it (CORS: only WIDGET_ORIGINS get an answer they can read) and then frames /widget/panel, which only
// those sites may frame (`frame-ancestors`). The panel is a small page of its own (no React) that searches the
// community and shows the expected wait, in an iframe so the host page's styles cannot touch it.
import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CONFIG, Config } from '../config/config';
import { matchLocale, type Locale } from '../i18n/locales';
import { intlFor, type ServerMessageId } from '../i18n/translate';
import { publicOrigin } from '../pages/public-origin';
import { PANEL_CSS } from './panel-style';

export type WidgetLocale = Locale;

/** `ru-RU` → ru, `zh`/`zh-Hans` → zh-CN; anything else → en. */
export function widgetLocale(raw: unknown): WidgetLocale {
  return (typeof raw === 'string' && matchLocale(raw)) || 'en';
}

/**
 * The widget's words come from the server's catalogs, only the ones a part needs and only in its language: the
 * loader's (worded here: they have no placeholders) arrive with its config, the panel's (ICU, it formats them)
 * in its page. So neither script carries a dictionary, and the loader stays small.
 */
function widgetMessages(locale: Locale, prefix: 'widget.loader.' | 'widget.panel.'): Record<string, string> {
  const messages = intlFor(locale).messages as Record<string, string>;
  return Object.fromEntries(
    Object.keys(messages)
      .filter((id) => id.startsWith(prefix))
      .map((id) => [id, messages[id]]),
  );
}

function loaderWords(locale: Locale): Record<string, string> {
  const intl = intlFor(locale);
  return Object.fromEntries(
    Object.keys(widgetMessages(locale, 'widget.loader.')).map((id) => [id, intl.formatMessage({ id })]),
  );
}

const word = (locale: Locale, id: ServerMessageId) => intlFor(locale).formatMessage({ id });

/** JSON inside a <script> element: nothing in it can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const escapeAttribute = (v: string) => v.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

@Controller('widget')
export class WidgetController {
  constructor(@Inject(CONFIG) private readonly config: Config) {}

  /** Whether a page at `origin` may embed the widget: listed in WIDGET_ORIGINS, or the community itself. */
  allowed(origin: string, req: Request): boolean {
    return this.config.widgetOrigins.includes(origin) || origin === publicOrigin(this.config, req);
  }

  @Get('config')
  configFor(
    @Req() req: Request,
    @Res() res: Response,
    @Query('category') category?: string,
    @Query('locale') locale?: string,
  ): void {
    const origin = req.headers.origin;
    res.setHeader('Vary', 'Origin');
    res.setHeader('Cache-Control', 'no-store');
    if (origin && !this.allowed(origin, req)) {
      // No Access-Control-Allow-Origin: the refused page cannot even read this answer.
      res.status(403).json({
        error: 'FORBIDDEN',
        message: `${origin} may not embed this community's widget: add it to WIDGET_ORIGINS.`,
      });
      return;
    }
    if (origin) res.setHeader('Access-Control-Allow-Origin', origin);
    const slug = typeof category === 'string' && SLUG.test(category) ? category : null;
    const lang = widgetLocale(locale);
    const query = new URLSearchParams({ locale: lang, ...(slug ? { category: slug } : {}) });
    res.json({
      panelUrl: `/widget/panel?${query}`,
      locale: lang,
      category: slug,
      messages: loaderWords(lang),
    });
  }

  @Get('panel')
  panel(
    @Req() req: Request,
    @Res() res: Response,
    @Query('category') category?: string,
    @Query('locale') locale?: string,
  ): void {
    const lang = widgetLocale(locale);
    const slug = typeof category === 'string' && SLUG.test(category) ? category : '';
    const ancestors = ["'self'", ...this.config.widgetOrigins].join(' ');
    // The app's policy, but framable by the listed sites (and no X-Frame-Options, which cannot list them).
    const csp = String(res.getHeader('Content-Security-Policy') ?? '').replace(
      /frame-ancestors [^;]*/,
      `frame-ancestors ${ancestors}`,
    );
    res.setHeader('Content-Security-Policy', csp || `frame-ancestors ${ancestors}`);
    res.removeHeader('X-Frame-Options');
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeAttribute(word(lang, 'widget.loader.title'))}</title>
<style>${PANEL_CSS}</style>
</head>
<body data-category="${escapeAttribute(slug)}" data-locale="${lang}">
<main id="panel" aria-live="polite"></main>
<script type="application/json" id="widget-messages">${scriptJson(widgetMessages(lang, 'widget.panel.'))}</script>
<script src="/widget-panel.js" defer></script>
</body>
</html>
`);
  }
}
