// Puts a category's response target in words a customer reads at a glance, in the page's language
// ("2 hours", "2 часа", "2 uri", "2小时"): Intl's unit formatting knows each language's plural forms.
import type { IntlShape } from 'react-intl';

export function formatResponseTarget(intl: IntlShape, minutes: number): string {
  const unit = (value: number, name: 'minute' | 'hour' | 'day') =>
    intl.formatNumber(value, { style: 'unit', unit: name, unitDisplay: 'long', maximumFractionDigits: 1 });
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = minutes / 60;
  if (hours < 48) return unit(Math.round(hours * 10) / 10, 'hour');
  return unit(Math.round((hours / 24) * 10) / 10, 'day');
}
