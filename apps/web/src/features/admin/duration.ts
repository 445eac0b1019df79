// A span of time in the page's language ("10 minutes", "1 час", "2 dni"): Intl's unit format words the plural.
import type { IntlShape } from 'react-intl';

const UNITS: [number, 'day' | 'hour' | 'minute'][] = [
  [86_400, 'day'],
  [3_600, 'hour'],
  [60, 'minute'],
];

/** The largest whole unit: 600 → "10 minutes", 3600 → "1 hour", 90 → "90 seconds". */
export function formatSeconds(intl: IntlShape, seconds: number): string {
  const [size, unit] = UNITS.find(([s]) => seconds % s === 0) ?? [1, 'second' as const];
  return intl.formatNumber(seconds / size, { style: 'unit', unit, unitDisplay: 'long' });
}
