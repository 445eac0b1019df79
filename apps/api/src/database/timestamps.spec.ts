import { createTestDatabase, TestDatabase } from '@community/testing';
import { Client } from 'pg';
import { parseTimestamptz, pgTimestamptz, pgTypes } from './timestamps';

/** A parse result as comparable text: a Date by its time, anything else (Infinity, null) as itself. */
const shown = (value: Date | number | null) =>
  value instanceof Date ? `Date(${value.getTime()})` : `${typeof value}(${String(value)})`;
const differences = (texts: string[]) =>
  texts
    .map((text) => ({ text, ours: shown(parseTimestamptz(text)), pg: shown(pgTimestamptz(text)) }))
    .filter((r) => r.ours !== r.pg);

describe('timestamptz text', () => {
  it("reads what pg's own parser reads, for every shape Postgres writes and for text it does not", () => {
    const texts = [
      '2026-01-01 07:25:49.901+00',
      '2026-01-01 07:25:49+00',
      '2026-12-31 23:59:59.999999+00',
      '2026-03-29 01:30:00.5+01',
      '2026-03-29 01:30:00.123-08',
      '1999-12-31 18:30:00+05:30',
      '1999-12-31 18:30:00.25-03:30',
      '1950-06-15 12:00:00.0005+00',
      '0099-06-01 00:00:00+00', // years before 100 go to pg's parser
      '0001-01-01 00:00:00+00 BC',
      '12026-01-01 00:00:00+00',
      '1883-11-18 12:03:58-04:56:02', // an offset with seconds (local mean time)
      'infinity',
      '-infinity',
      '2026-01-01T07:25:49.901Z',
      '2026-01-01 07:25:49.+00',
      '2026-01-01 07:25:49.901',
      '2026-01-01 07:25:49.901+0',
      '2026-01-01 07:25:49.901+00:3',
      '2026-01-01',
      'garbage',
    ];
    expect(differences(texts)).toEqual([]);
  });

  it('agrees with pg on every fraction length, offset and time of year (generated)', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    const texts: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const when = new Date(Date.UTC(1900, 0, 1) + Math.floor(Math.random() * 200 * 365.25 * 86_400_000));
      const digits = i % 7; // 0 = no fraction, else 1–6 digits
      const fraction = digits
        ? `.${String(Math.floor(Math.random() * 10 ** digits)).padStart(digits, '0')}`
        : '';
      const hours = Math.floor(Math.random() * 15);
      const minutes = [0, 30, 45][i % 3];
      const zone = `${i % 2 ? '-' : '+'}${pad(hours)}${minutes ? `:${pad(minutes)}` : ''}`;
      texts.push(
        `${when.getUTCFullYear()}-${pad(when.getUTCMonth() + 1)}-${pad(when.getUTCDate())} ` +
          `${pad(when.getUTCHours())}:${pad(when.getUTCMinutes())}:${pad(when.getUTCSeconds())}${fraction}${zone}`,
      );
    }
    expect(differences(texts)).toEqual([]);
  });

  describe('from Postgres', () => {
    let db: TestDatabase;
    let client: Client;
    beforeAll(async () => {
      db = await createTestDatabase();
      client = new Client({ connectionString: db.url, types: pgTypes });
      await client.connect();
    });
    afterAll(async () => {
      await client.end();
      await db.drop();
    });

    it.each(['UTC', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Chatham', 'America/Los_Angeles'])(
      'gives the instant Postgres holds, to the millisecond, with the session in %s',
      async (zone) => {
        await client.query(`SET TIME ZONE '${zone}'`);
        const { rows } = await client.query<{ at: Date; ms: string; text: string }>(
          `SELECT t AS at, floor(extract(epoch FROM t) * 1000)::bigint::text AS ms, t::text AS text
             FROM (SELECT timestamptz '1890-01-01 00:00:00.123456+00' + n * interval '17 days 3 hours 7.654321 seconds' AS t
                     FROM generate_series(0, 2000) AS n) s`,
        );
        const wrong = rows.filter((r) => !(r.at instanceof Date) || r.at.getTime() !== Number(r.ms));
        expect(wrong).toEqual([]);
        // The texts Postgres wrote are what the fast path reads (and pg's parser reads them the same way).
        expect(differences(rows.map((r) => r.text))).toEqual([]);
      },
    );
  });
});
