import { formatForPeople } from './dates';

describe('formatForPeople', () => {
  it('says the day, month, year and time in UTC', () => {
    expect(formatForPeople(new Date('2026-11-28T00:00:00.000Z'))).toBe('28 Nov 2026, 00:00 UTC');
    expect(formatForPeople(new Date('2027-01-05T17:45:30.000Z'))).toBe('5 Jan 2027, 17:45 UTC');
  });
});
