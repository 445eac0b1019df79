// The interface's words and formats in the page's language: react-intl (ICU messages) over the catalogs in
// ./messages. `t('nav.home')` for text, <Message> when a value is an element; numbers, dates
// and relative times through useIntl()'s formatters, so they follow the interface language, not the machine's.
import type { ReactNode } from 'react';
import { createIntl, FormattedMessage, IntlProvider, useIntl, type IntlShape } from 'react-intl';
import type en from './messages/en.json';
import type { Locale } from './locales';

export type MessageId = keyof typeof en;
export type Messages = Record<string, string>;
type Values = Record<string, string | number | Date | null | undefined>;

export function I18nProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Messages;
  children: ReactNode;
}) {
  return (
    <IntlProvider locale={locale} messages={messages} defaultLocale="en">
      {children}
    </IntlProvider>
  );
}

// The browser shows one language per page load: code outside components (error helpers) words through this.
let pageIntl: IntlShape | null = null;

/** Called once in the browser, with the page's language and catalog. */
export function setPageLanguage(locale: Locale, messages: Messages): void {
  pageIntl = createIntl({ locale, messages, defaultLocale: 'en' });
}

/** A message in the page's language, outside components (browser only; the id itself before setPageLanguage). */
export function pageT(id: MessageId, values?: Values): string {
  return pageIntl ? pageIntl.formatMessage({ id }, values as Record<string, string | number | Date>) : id;
}

/** The translate function for the page's language. */
export function useT(): (id: MessageId, values?: Values) => string {
  const intl = useIntl();
  return (id, values) => intl.formatMessage({ id }, values as Record<string, string | number | Date>);
}

/** The page's language. */
export function useLocale(): Locale {
  return useIntl().locale as Locale;
}

/** A message whose values may be elements (a link inside a sentence): `values={{ link: (s) => <a>{s}</a> }}`. */
export function Message({
  id,
  values,
}: {
  id: MessageId;
  values?: Record<string, ReactNode | ((chunks: ReactNode[]) => ReactNode)>;
}) {
  return <FormattedMessage id={id} values={values as never} />;
}

export { useIntl };
