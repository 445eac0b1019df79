// The server's own words (error messages, reasons, emails) from the ICU catalogs in ./messages, one per locale.
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import en from './messages/en.json';
import ru from './messages/ru.json';
import sl from './messages/sl.json';
import zhCN from './messages/zh-CN.json';
import { LOCALES, type Locale } from './locales';

export type ServerMessageId = keyof typeof en;
/** Values of a message's {placeholders}; a value may itself be a message, worded in the same language. */
export type MessageValues = { [name: string]: string | number | Date | Msg };

/** A message to be worded in the reader's language once it is known (an error's, a reason's). */
export interface Msg {
  id: ServerMessageId;
  values?: MessageValues;
}

export const msg = (id: ServerMessageId, values?: MessageValues): Msg => ({ id, values });

export function isMsg(value: unknown): value is Msg {
  return typeof value === 'object' && value !== null && typeof (value as Msg).id === 'string';
}

const CATALOGS: Record<Locale, Record<string, string>> = { en, ru, sl, 'zh-CN': zhCN };
const cache = createIntlCache();
const intls = new Map<Locale, IntlShape<string>>();

export function intlFor(locale: Locale): IntlShape<string> {
  let intl = intls.get(locale);
  if (!intl) {
    intl = createIntl(
      { locale, messages: CATALOGS[locale], defaultLocale: 'en', onError: () => undefined },
      cache,
    );
    intls.set(locale, intl);
  }
  return intl;
}

/** The message in `locale`; English when a catalog lacks it (the catalog test keeps that from happening). */
export function translate(locale: Locale, message: Msg | string): string {
  if (typeof message === 'string') return message;
  const intl = intlFor(CATALOGS[locale][message.id] === undefined ? 'en' : locale);
  const values = message.values
    ? Object.fromEntries(
        Object.entries(message.values).map(([k, v]) => [k, isMsg(v) ? translate(locale, v) : v]),
      )
    : undefined;
  return intl.formatMessage({ id: message.id }, values);
}

export { LOCALES };
