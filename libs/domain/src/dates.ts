// Dates in messages people read (refusals, notices): "28 Nov 2026, 14:05 UTC", never an ISO timestamp. The
// server does not know the reader's time zone, so it says UTC; the web app shows local times itself.

/** How such a date is written (in UTC); the server's messages use the same in the reader's language. */
export const PEOPLE_DATE_OPTIONS: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
};

const FORMAT = new Intl.DateTimeFormat('en-GB', PEOPLE_DATE_OPTIONS);

export function formatForPeople(date: Date): string {
  return `${FORMAT.format(date)} UTC`;
}
