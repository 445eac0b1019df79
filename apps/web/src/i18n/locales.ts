// The interface languages. The server chooses the page's (account, then the visitor's choice, then
// Accept-Language, then the community default) and writes it into <html lang>; the browser reads it from there,
// so server and browser always render in the same one.
export const LOCALES = ['en', 'ru', 'sl', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in itself, for the selector. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  ru: 'Русский',
  sl: 'Slovenščina',
  'zh-CN': '简体中文',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language the server rendered this page in. */
export function pageLocale(): Locale {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}
