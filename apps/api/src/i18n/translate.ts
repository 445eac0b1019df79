// The server's own words (error messages, reasons, emails) from the ICU catalogs in ./messages, one per locale.
import { PEOPLE_DATE_OPTIONS } from '@community/domain';
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import en from './messages/en.json';
import ru from './messages/ru.json';
import sl from './messages/sl.json';
import zhCN from './messages/zh-CN.json';
import { LOCALES, type Locale } from './locales';

export type ServerMessageId = keyof typeof en;
/** A moment said for people in the reader's language, in UTC ("28 Nov 2026, 14:05 UTC", "28 нояб. 2026 г., 14:05 UTC"). */
export interface Moment {
  moment: Date;
}

/** Values of a message's {placeholders}; a value may itself be a message, or a moment, worded in the same language. */
export type MessageValues = { [name: string]: string | number | Date | Msg | Moment };

/** A message to be worded in the reader's language once it is known (an error's, a reason's). */
export interface Msg {
  id: ServerMessageId;
  values?: MessageValues;
}

export const msg = (id: ServerMessageId, values?: MessageValues): Msg => ({ id, values });

/** A date and time as a plain {placeholder} value, worded like formatForPeople in the reader's language. */
export const moment = (date: Date): Moment => ({ moment: date });

const isMoment = (value: unknown): value is Moment =>
  typeof value === 'object' && value !== null && (value as Moment).moment instanceof Date;

const momentFormats = new Map<Locale, Intl.DateTimeFormat>();
function formatMoment(locale: Locale, date: Date): string {
  let format = momentFormats.get(locale);
  if (!format) {
    // en-GB for English: "28 Nov 2026, 14:05", as libs/domain formatForPeople says it.
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, PEOPLE_DATE_OPTIONS);
    momentFormats.set(locale, format);
  }
  return `${format.format(date)} UTC`;
}

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
        Object.entries(message.values).map(([k, v]) => [
          k,
          isMsg(v) ? translate(locale, v) : isMoment(v) ? formatMoment(locale, v.moment) : v,
        ]),
      )
    : undefined;
  return intl.formatMessage({ id: message.id }, values);
}

export { LOCALES };
