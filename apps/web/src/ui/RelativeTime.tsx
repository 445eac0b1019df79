// A timestamp in words ("3 hours ago") with the exact time in a tooltip and a machine-readable datetime.
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatRelative(iso: string, now = Date.now()): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

export function RelativeTime({ value, prefix }: { value: string; prefix?: string }) {
  const date = new Date(value);
  return (
    <time dateTime={value} title={absolute.format(date)} className="relative-time">
      {prefix ? `${prefix} ` : null}
      {formatRelative(value)}
    </time>
  );
}
