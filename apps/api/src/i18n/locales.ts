// The interface languages and how a request's language is chosen: the account's preference, else the `locale`
// cookie a visitor set with the language selector, else Accept-Language, else the community default.
import type { IncomingMessage } from 'node:http';

export const LOCALES = ['en', 'ru', 'sl', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** Set by `setLocale` for everyone (visitors have no account to keep it on). */
export const LOCALE_COOKIE = 'locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The supported locale a language tag stands for (`ru-RU` → ru, `zh`, `zh-Hans-CN`, `zh-TW` → zh-CN), or null. */
export function matchLocale(tag: string): Locale | null {
  const lower = tag.trim().toLowerCase();
  if (!lower) return null;
  const exact = LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split(/[-_]/)[0];
  if (language === 'zh') return 'zh-CN';
  return LOCALES.find((l) => l === language) ?? null;
}

/** The best supported locale of an Accept-Language header (by q, then order), or null when none fits. */
export function negotiateLocale(header: string | undefined | null): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.tag && r.tag !== '*' && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = matchLocale(tag);
    if (locale) return locale;
  }
  return null;
}

function cookie(
  req: IncomingMessage & { cookies?: Record<string, string> },
  name: string,
): string | undefined {
  if (req.cookies) return req.cookies[name];
  // Websocket upgrade requests have no cookie-parser.
  return (req.headers.cookie ?? '')
    .split(';')
    .map((pair) => pair.trim().split('='))
    .find(([key]) => key === name)?.[1];
}

/** The locale a request is answered in. */
export function requestLocale(
  req: (IncomingMessage & { cookies?: Record<string, string> }) | undefined,
  account: { locale?: string | null } | null | undefined,
  communityDefault: Locale,
): Locale {
  if (isLocale(account?.locale)) return account.locale;
  if (!req) return communityDefault;
  const chosen = cookie(req, LOCALE_COOKIE);
  if (isLocale(chosen)) return chosen;
  const header = req.headers['accept-language'];
  return negotiateLocale(Array.isArray(header) ? header.join(',') : header) ?? communityDefault;
}

/** The community's default language, set by admins in /admin (site settings). */
export function communityLocale(site: { community(): { defaultLocale: string } }): Locale {
  const locale = site.community().defaultLocale;
  return isLocale(locale) ? locale : 'en';
}
