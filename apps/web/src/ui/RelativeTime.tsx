// A timestamp in words ("3 hours ago") with the exact time in a tooltip and a machine-readable datetime, in the
// interface language (not the browser's: an English page says "12 minutes ago" in a Russian browser too).
import type { IntlShape } from 'react-intl';
import { useHydrated, useRenderEnvironment } from '../app/render-environment';
import { useIntl, type MessageId } from '../i18n/I18n';
import { SPACE } from './typography';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

export function formatRelative(intl: IntlShape, iso: string, now = Date.now()): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) {
      return intl.formatRelativeTime(Math.round(seconds / size), unit, { numeric: 'auto' });
    }
  }
  return intl.formatMessage({ id: 'time.justNow' });
}

/**
 * `labelId` is the message that words the sentence around the time ("asked {time}"), since languages put it in
 * different places, with any other `values` it needs ("version {version}, edited {time}"). It is named like the
 * catalog check expects message ids to be (`labelId=`), and so the JSX lint does not take the id for English.
 * `label` is its former name and `prefix` the older English-only form, both kept until their callers move.
 */
export function RelativeTime({
  value,
  labelId,
  label = labelId,
  values,
  prefix,
}: {
  value: string;
  labelId?: MessageId;
  /** @deprecated Use labelId. */
  label?: MessageId;
  values?: Record<string, string | number>;
  /** @deprecated English only: use labelId. */
  prefix?: string;
}) {
  const intl = useIntl();
  const hydrated = useHydrated();
  const { renderedAt } = useRenderEnvironment();
  const date = new Date(value);
  // Until hydrated, the server's clock and UTC: the browser's own come right after.
  const now = hydrated ? Date.now() : renderedAt;
  const title = hydrated
    ? intl.formatDate(date, { dateStyle: 'medium', timeStyle: 'short' })
    : `${intl.formatDate(date, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`;
  return (
    <time dateTime={value} title={title} className="relative-time">
      {label ? (
        intl.formatMessage({ id: label }, { ...values, time: formatRelative(intl, value, now) })
      ) : (
        <>
          {prefix ? prefix + SPACE : null}
          {formatRelative(intl, value, now)}
        </>
      )}
    </time>
  );
}
