// `timestamptz` values from Postgres as Dates, without three regular expressions per value: a thread page reads a
// few hundred of them, and pg's parser (postgres-date) was ~2 % of the page's CPU. The text Postgres sends in
// its ISO DateStyle (`2026-01-01 07:25:49.901+00`, `… 07:25:49+05:30`) is read by position; anything else (BC
// dates, years before 100 or after 9999, infinities, offsets with seconds, other DateStyles) goes to
// pg's own parser (postgres-date), and the fast path computes exactly what it would (tests compare the two).
import { types } from 'pg';

const TIMESTAMPTZ = 1184;

/** pg's own parser for timestamptz text (postgres-date): the fallback, and what the fast path must equal. */
export const pgTimestamptz = types.getTypeParser(TIMESTAMPTZ, 'text') as (
  text: string,
) => Date | number | null;
const parseDate = pgTimestamptz;

const digit = (text: string, at: number): number => text.charCodeAt(at) - 48;
const two = (text: string, at: number): number => digit(text, at) * 10 + digit(text, at + 1);

/** True when every character in [from, to) is an ASCII digit. */
function digits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A `timestamptz` in Postgres's ISO output as postgres-date parses it. */
export function parseTimestamptz(text: string): Date | number | null {
  // YYYY-MM-DD HH:MM:SS at fixed places, then an optional fraction, then the zone: ±HH or ±HH:MM.
  if (
    text.length < 22 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 32 ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58 ||
    !digits(text, 0, 4) ||
    !digits(text, 5, 7) ||
    !digits(text, 8, 10) ||
    !digits(text, 11, 13) ||
    !digits(text, 14, 16) ||
    !digits(text, 17, 19)
  )
    return parseDate(text);
  let zone = 19;
  let ms = 0;
  if (text.charCodeAt(19) === 46) {
    zone = 20;
    while (zone < text.length && digit(text, zone) >= 0 && digit(text, zone) <= 9) zone++;
    if (zone === 20) return parseDate(text);
    ms = 1000 * parseFloat(text.slice(19, zone));
  }
  const sign = text.charCodeAt(zone);
  const rest = text.length - zone;
  if ((sign !== 43 && sign !== 45) || (rest !== 3 && rest !== 6) || !digits(text, zone + 1, zone + 3))
    return parseDate(text);
  let offset = two(text, zone + 1) * 60;
  if (rest === 6) {
    if (text.charCodeAt(zone + 3) !== 58 || !digits(text, zone + 4, zone + 6)) return parseDate(text);
    offset += two(text, zone + 4);
  }
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + two(text, 2);
  // Date.UTC reads years 0–99 as 1900–1999; postgres-date corrects that, and such dates are not worth a copy.
  if (year < 100) return parseDate(text);
  const time = Date.UTC(
    year,
    two(text, 5) - 1,
    two(text, 8),
    two(text, 11),
    two(text, 14),
    two(text, 17),
    ms,
  );
  return new Date(sign === 45 ? time + offset * 60_000 : time - offset * 60_000);
}

/** pg's type parsers, with `timestamptz` text read by parseTimestamptz (for the Pool's `types` option). */
export const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === TIMESTAMPTZ && format !== 'binary') return parseTimestamptz;
    return format === 'binary' ? types.getTypeParser(oid, 'binary') : types.getTypeParser(oid, 'text');
  },
};
