// Dates in messages people read (refusals, notices): "28 Nov 2026, 14:05 UTC", never an ISO timestamp. The
// server does not know the reader's time zone, so it says UTC; the web app shows local times itself.

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

export function formatForPeople(date: Date): string {
  return `${FORMAT.format(date)} UTC`;
}
