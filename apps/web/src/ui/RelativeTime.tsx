// A timestamp in words ("3 hours ago") with the exact time in a tooltip and a machine-readable datetime.
import { useHydrated, useRenderEnvironment } from '../app/render-environment';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

// The page's language (html lang="en"), not the machine's: server and browser must print the same words.
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const local = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const utc = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function formatRelative(iso: string, now = Date.now()): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

export function RelativeTime({ value, prefix }: { value: string; prefix?: string }) {
  const hydrated = useHydrated();
  const { renderedAt } = useRenderEnvironment();
  const date = new Date(value);
  // Until hydrated, the server's clock and UTC: the browser's own come right after.
  const now = hydrated ? Date.now() : renderedAt;
  const title = hydrated ? local.format(date) : `${utc.format(date)} UTC`;
  return (
    <time dateTime={value} title={title} className="relative-time">
      {prefix ? `${prefix} ` : null}
      {formatRelative(value, now)}
    </time>
  );
}
