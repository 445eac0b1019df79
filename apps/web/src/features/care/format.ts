// How the care console writes durations ("45 min", "3 hr 5 min", "2 days 4 hr"), in the page's language: units
// and their joining come from Intl (CLDR), so Russian reads "3 ч 5 мин" and Chinese "3小时5分钟".
import type { IntlShape } from 'react-intl';
import { useIntl } from '../../i18n/I18n';

export function formatMinutes(intl: IntlShape, total: number): string {
  const m = Math.abs(Math.round(total));
  const unit = (value: number, name: 'minute' | 'hour' | 'day') =>
    intl.formatNumber(value, { style: 'unit', unit: name, unitDisplay: 'short' });
  let parts: string[];
  if (m < 60) parts = [unit(m, 'minute')];
  else if (m < 60 * 24)
    parts = [unit(Math.floor(m / 60), 'hour'), ...(m % 60 ? [unit(m % 60, 'minute')] : [])];
  else {
    const hours = Math.floor((m % (60 * 24)) / 60);
    parts = [unit(Math.floor(m / (60 * 24)), 'day'), ...(hours ? [unit(hours, 'hour')] : [])];
  }
  return intl.formatList(parts, { type: 'unit', style: 'narrow' });
}

/** formatMinutes in the page's language. */
export function useFormatMinutes(): (total: number) => string {
  const intl = useIntl();
  return (total) => formatMinutes(intl, total);
}
