// Digests through a real SMTP server (smtp-server on a loopback port, parsed with mailparser), with the
// scheduler's clock moved by the test instead of waiting.
import { answer, askQuestion, createAccount, createTestApp, TestApp } from '@community/testing';
import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { MailService } from '../mail/mail.service';
import { DigestScheduler, digestPeriod } from './digests';

const received: { to: string[]; parsed: ParsedMail }[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData: (stream, session, callback) => {
    simpleParser(stream)
      .then((parsed) => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), parsed });
        callback();
      })
      .catch(callback);
  },
});

let t: TestApp;
let digests: DigestScheduler;
let mail: MailService;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  t = await createTestApp({
    smtpUrl: `smtp://127.0.0.1:${port}`,
    publicUrl: 'https://community.example.com',
    notificationEmailDelaySeconds: 0,
  });
  digests = t.app.get(DigestScheduler);
  mail = t.app.get(MailService);
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const PREFS = `mutation($i: UpdateEmailPreferencesInput!) { updateEmailPreferences(input: $i) { digest } }`;
const VIEW = `mutation($i: RecordViewInput!) { recordView(input: $i) { id } }`;
const DAY = 86_400_000;

async function settled(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const [{ n }] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM notification_events WHERE status = 'PENDING')
            + (SELECT count(*) FROM mail_messages WHERE status = 'PENDING' AND available_at <= now())::int AS n`,
    );
    if (Number(n) === 0) return;
    await mail.drain();
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('outboxes were not drained');
}

const digestsTo = (email: string) =>
  received.filter((m) => m.to.includes(email.toLowerCase()) && /summary/.test(m.parsed.subject ?? ''));

describe('periods', () => {
  it('are UTC days and ISO weeks', () => {
    const wednesday = new Date('2026-11-25T18:00:00Z');
    expect(digestPeriod('DAILY', wednesday)).toMatchObject({ key: '2026-11-25', days: 1 });
    expect(digestPeriod('WEEKLY', wednesday)).toMatchObject({
      key: 'W2026-11-23',
      start: new Date('2026-11-23T00:00:00Z'),
    });
    expect(digestPeriod('WEEKLY', new Date('2026-11-29T23:59:00Z')).key).toBe('W2026-11-23');
    expect(digestPeriod('WEEKLY', new Date('2026-11-30T00:00:00Z')).key).toBe('W2026-11-30');
  });
});

describe('scheduling', () => {
  afterEach(() => jest.useRealTimers());

  it.each([
    ['inline', 1],
    ['off', 0],
  ] as const)(
    'DIGEST_SCHEDULER=%s starts %i pass(es) in the first minute after start',
    (scheduler, passes) => {
      jest.useFakeTimers();
      const scheduled = new DigestScheduler(t.dataSource, mail, { ...t.config, digestScheduler: scheduler });
      const run = jest.spyOn(scheduled, 'run').mockResolvedValue(0);
      scheduled.onApplicationBootstrap();
      jest.advanceTimersByTime(60_000);
      expect(run).toHaveBeenCalledTimes(passes);
      void scheduled.onModuleDestroy();
    },
  );
});

describe('digests', () => {
  it('sends a daily digest once per day with unread notifications, popular and unanswered threads', async () => {
    const reader = await createAccount(t);
    const quiet = await createAccount(t);
    const other = await createAccount(t);
    await reader.client.ok(PREFS, { i: { digest: 'DAILY', notifications: 'NEVER' } });
    await quiet.client.ok(PREFS, { i: { digest: 'NEVER', notifications: 'NEVER' } });
    const own = await askQuestion(t, reader, { title: 'Reader asks about the fan noise?' });
    await answer(other, own, 'Clean the filter.');
    const popular = await askQuestion(t, other, { title: 'Popular: the hub drops Wi-Fi at night?' });
    await answer(await createAccount(t), popular, 'Change the channel.');
    const waiting = await askQuestion(t, other, { title: 'Waiting: can the sensor run on AAA?' });
    const opened = await askQuestion(t, other, { title: 'Opened: the app asks for location?' });
    await answer(await createAccount(t), opened, 'It needs it for Bluetooth.');
    await reader.client.ok(VIEW, { i: { threadId: opened } });
    await settled();

    // Tomorrow (UTC): the reader's daily digest is due; the clock is the test's, nothing waits. A minute into
    // the new day, so the digest's last 24 hours hold what was posted just now at any time of day (7 h in, a
    // run before 07:00 UTC found its threads older than the window).
    const tomorrow = new Date(digestPeriod('DAILY', new Date()).start.getTime() + DAY + 60_000);
    digests.clock = () => tomorrow;
    expect(await digests.run()).toBeGreaterThanOrEqual(1);
    await settled();
    const [digest, ...more] = digestsTo(reader.email);
    expect(more).toEqual([]);
    const text = digest.parsed.text ?? '';
    expect(digest.parsed.subject).toBe('Your daily summary from Acme Community');
    expect(text).toContain('A new answer to your question: Reader asks about the fan noise?');
    expect(text).toContain('Popular: the hub drops Wi-Fi at night?');
    expect(text).toContain(`https://community.example.com/t/${popular}`);
    expect(text).toContain(`Waiting: can the sensor run on AAA? https://community.example.com/t/${waiting}`);
    expect(text).not.toContain('Opened: the app asks for location?');
    expect(digest.parsed.html).toContain('Popular: the hub drops Wi-Fi at night?');
    const header = (name: string) => digest.parsed.headerLines.find((h) => h.key === name)?.line ?? '';
    expect(header('list-unsubscribe')).toContain('https://community.example.com/email/unsubscribe?token=');
    expect(header('list-unsubscribe-post')).toContain('List-Unsubscribe=One-Click');
    expect(digestsTo(quiet.email)).toEqual([]);

    // Again the same day (a restart, a second pass): nothing more.
    digests.clock = () => new Date(tomorrow.getTime() + 3600_000);
    await digests.run();
    await settled();
    expect(digestsTo(reader.email)).toHaveLength(1);

    // The next day, two replicas run at once: one digest (the unread notification is still unread).
    const dayAfter = new Date(tomorrow.getTime() + DAY);
    const results = await Promise.all([digests.run(dayAfter), digests.run(dayAfter)]);
    await settled();
    expect(digestsTo(reader.email)).toHaveLength(2);
    expect(results.filter((r) => r > 0)).toHaveLength(1);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM mail_messages WHERE purpose = 'DIGEST' AND account_id = $1`,
      [reader.id],
    );
    expect(n).toBe(2);
  });

  it('sends nothing when there is nothing to tell, and weekly digests by default on the next week', async () => {
    const idle = await createAccount(t);
    await t.dataSource.query(`UPDATE notifications SET read_at = now()`);
    const nextWeek = new Date(digestPeriod('WEEKLY', new Date()).start.getTime() + 7 * DAY + 60_000);
    // Everything in the community so far is older than a week by then, and idle has no notifications.
    const inTwoWeeks = new Date(nextWeek.getTime() + 7 * DAY);
    await digests.run(inTwoWeeks);
    await settled();
    expect(digestsTo(idle.email)).toEqual([]);
    const [row] = await t.dataSource.query(
      'SELECT last_digest_at FROM email_preferences WHERE account_id = $1',
      [idle.id],
    );
    expect(new Date(row.last_digest_at)).toEqual(inTwoWeeks);

    // A default (WEEKLY) account with an unread notification hears about it in the next week's digest.
    const asker = await createAccount(t);
    const threadId = await askQuestion(t, asker, { title: 'Weekly: does the lamp dim?' });
    await answer(await createAccount(t), threadId, 'Yes, hold the button.');
    await settled();
    expect(await digests.run(nextWeek)).toBeGreaterThanOrEqual(1);
    await settled();
    const [weekly] = digestsTo(asker.email);
    expect(weekly.parsed.subject).toBe('Your weekly summary from Acme Community');
    expect(weekly.parsed.text).toContain('Weekly: does the lamp dim?');
  });
});
