// Email through a real SMTP server (smtp-server on a loopback port), parsed with mailparser.
import { answer, askQuestion, createAccount, createTestApp, TestApp } from '@community/testing';
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { MailService } from './mail.service';

interface Received {
  to: string[];
  parsed: ParsedMail;
}

/** A real SMTP server that can be stopped and started again on the same port. */
class Sink {
  readonly messages: Received[] = [];
  private server: SMTPServer | null = null;
  port = 0;

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            this.messages.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), parsed });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  to(address: string): Received[] {
    return this.messages.filter((m) => m.to.includes(address.toLowerCase()));
  }
}

let t: TestApp;
let mail: MailService;
const sink = new Sink();

beforeAll(async () => {
  await sink.start();
  t = await createTestApp({
    smtpUrl: `smtp://127.0.0.1:${sink.port}`,
    // An address alone: the sender is named with the community's live name (see "in the recipient's language").
    mailFrom: 'community@example.com',
    notificationEmailDelaySeconds: 0,
    publicUrl: 'https://community.example.com',
  });
  mail = t.app.get(MailService);
});
afterAll(async () => {
  await t.close();
  await sink.stop().catch(() => undefined);
});

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = await probe();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const text = (m: Received) => m.parsed.text ?? '';

describe('notification emails', () => {
  it('reach the asker over SMTP with text, HTML, a link, the reason and one-click unsubscribe', async () => {
    const asker = await createAccount(t);
    const staff = await createAccount(t, { role: 'EMPLOYEE', name: 'Ada from Support' });
    const threadId = await askQuestion(t, asker, { title: 'Router firmware will not install' });
    await answer(staff, threadId, 'Download the **firmware** again and install it from the recovery page.');
    const [message] = await until('the email', () => {
      const m = sink.to(asker.email).filter((x) => /answer/.test(x.parsed.subject ?? ''));
      return m.length ? m : undefined;
    });
    expect(message.parsed.subject).toBe(
      'An official answer to your question: Router firmware will not install',
    );
    expect(message.parsed.from?.text).toContain('community@example.com');
    expect(text(message)).toContain('Download the firmware again and install it from the recovery page.');
    expect(text(message)).toContain('Ada from Support wrote:');
    expect(text(message)).toContain(`https://community.example.com/t/${threadId}`);
    expect(text(message)).toContain('You get this because you asked this question.');
    expect(message.parsed.html).toContain(`href="https://community.example.com/t/${threadId}"`);
    const header = (name: string) =>
      message.parsed.headerLines
        .find((h: { key: string; line: string }) => h.key === name)
        ?.line.replace(/\r?\n\s+/g, ' ');
    expect(header('list-unsubscribe')).toMatch(
      /^List-Unsubscribe: <https:\/\/community\.example\.com\/email\/unsubscribe\?token=[^>]+>$/,
    );
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const unsubscribe = { url: header('list-unsubscribe')!.match(/<([^>]+)>/)![1] };

    // The one-click endpoint works (RFC 8058: a POST with List-Unsubscribe=One-Click) and stops later emails.
    const url = new URL(unsubscribe.url);
    const res = await fetch(`${t.baseUrl}${url.pathname}${url.search}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBe(200);
    const { emailPreferences } = await asker.client.ok('{ emailPreferences { notifications digest } }');
    expect(emailPreferences).toEqual({ notifications: 'NEVER', digest: 'WEEKLY' });
    const forged = await fetch(`${t.baseUrl}/email/unsubscribe?token=${url.searchParams.get('token')}x`, {
      method: 'POST',
    });
    expect(forged.status).toBe(400);
    // A new item after unsubscribing queues no email.
    await asker.client.ok('mutation { markNotificationsRead(input: { all: true }) }');
    await answer(await createAccount(t), threadId, 'Another answer nobody emails about.');
    await until('the new notification', async () => {
      const [{ n }] = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND read_at IS NULL',
        [asker.id],
      );
      return n === 1;
    });
    await mail.drain();
    expect(sink.to(asker.email).filter((x) => /answer/.test(x.parsed.subject ?? ''))).toHaveLength(1);
  });

  it('waits out the delay and is skipped when the notification was read on the site meanwhile', async () => {
    const asker = await createAccount(t);
    const threadId = await askQuestion(t, asker);
    t.config.notificationEmailDelaySeconds = 3600;
    await answer(await createAccount(t), threadId, 'Delayed answer.');
    const row = await until('the queued email', async () => {
      const [m] = await t.dataSource.query(
        `SELECT id, available_at > now() + interval '50 minutes' AS later FROM mail_messages
         WHERE account_id = $1 AND purpose = 'NOTIFICATION' AND status = 'PENDING'`,
        [asker.id],
      );
      return m;
    }).finally(() => (t.config.notificationEmailDelaySeconds = 0));
    expect(row.later).toBe(true);
    await asker.client.ok('mutation { markNotificationsRead(input: { all: true }) }');
    await t.dataSource.query(`UPDATE mail_messages SET available_at = now() WHERE id = $1`, [row.id]);
    await until('the email to be settled', async () => {
      const [m] = await t.dataSource.query('SELECT status, skip_reason FROM mail_messages WHERE id = $1', [
        row.id,
      ]);
      return m.status !== 'PENDING' && m;
    });
    const [m] = await t.dataSource.query('SELECT status, skip_reason FROM mail_messages WHERE id = $1', [
      row.id,
    ]);
    expect(m).toEqual({ status: 'SKIPPED', skip_reason: 'Read on the site before the email was due.' });
    expect(sink.to(asker.email).filter((x) => /answer/.test(x.parsed.subject ?? ''))).toEqual([]);
  });

  it('loses nothing while the SMTP server is down and sends every email exactly once when it is back', async () => {
    const askers = [await createAccount(t), await createAccount(t), await createAccount(t)];
    await sink.stop();
    const answerer = await createAccount(t);
    for (const asker of askers)
      await answer(answerer, await askQuestion(t, asker), 'Answer while mail is down.');
    await until('failed attempts', async () => {
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM mail_messages
         WHERE account_id = ANY($1) AND purpose = 'NOTIFICATION' AND attempts > 0 AND status = 'PENDING'`,
        [askers.map((a) => a.id)],
      );
      return n === 3;
    });
    await sink.start(); // same port
    // Skip the back-off wait rather than sleeping through it.
    await t.dataSource.query(`UPDATE mail_messages SET available_at = now() WHERE status = 'PENDING'`);
    await until('the emails', () =>
      askers.every((a) => sink.to(a.email).some((x) => /answer/.test(x.parsed.subject ?? ''))),
    );
    await mail.drain();
    await new Promise((r) => setTimeout(r, 300));
    for (const a of askers)
      expect(sink.to(a.email).filter((x) => /answer/.test(x.parsed.subject ?? ''))).toHaveLength(1);
    const rows = await t.dataSource.query(
      `SELECT status, attempts FROM mail_messages WHERE account_id = ANY($1) AND purpose = 'NOTIFICATION'`,
      [askers.map((a) => a.id)],
    );
    expect(rows.map((r: { status: string }) => r.status)).toEqual(['SENT', 'SENT', 'SENT']);
  });

  it('shows admins the mail log with tokens redacted, and nobody else', async () => {
    const admin = await createAccount(t, { role: 'ADMIN' });
    const member = await createAccount(t);
    await t.client().ok('mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }', {
      i: { email: member.email },
    });
    const LOG =
      '{ mailLog(first: 50) { edges { node { purpose toAddress subject textBody status skipReason } } } }';
    const { mailLog } = await until('the reset email in the log', async () => {
      const r = await admin.client.ok(LOG);
      return (
        r.mailLog.edges.some(
          (e: { node: { purpose: string; status: string } }) =>
            e.node.purpose === 'PASSWORD_RESET' && e.node.status === 'SENT',
        ) && r
      );
    });
    const reset = mailLog.edges.find(
      (e: { node: { purpose: string } }) => e.node.purpose === 'PASSWORD_RESET',
    ).node;
    expect(reset.toAddress).toBe(member.email);
    expect(reset.textBody).toContain('/reset-password?token=[redacted]');
    expect((await member.client.gql(LOG)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('password reset', () => {
  const REQUEST = 'mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }';
  const RESET = 'mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }';
  const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { id } }';

  it('emails a single-use link that sets a new password and signs out other sessions', async () => {
    const member = await createAccount(t);
    const visitor = t.client();
    expect(
      (await visitor.ok(REQUEST, { i: { email: member.email.toUpperCase() } })).requestPasswordReset,
    ).toBe(true);
    const [message] = await until('the reset email', () => {
      const m = sink.to(member.email).filter((x) => /reset-password/.test(text(x)));
      return m.length ? m : undefined;
    });
    expect(message.parsed.subject).toBe('Reset your Acme Community password');
    const token = text(message).match(/reset-password\?token=([A-Za-z0-9_-]+)/)![1];
    expect(message.parsed.headerLines.some((h: { key: string }) => h.key === 'list-unsubscribe')).toBe(false);

    await visitor.ok(RESET, { i: { token, password: 'a brand new password' } });
    // The old session is gone; the new password works; the link does not work twice.
    expect((await member.client.gql('{ unreadNotificationCount }')).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await t.client().gql(SIGN_IN, { i: { email: member.email, password: member.password } })).errors,
    ).toBeDefined();
    await t.client().ok(SIGN_IN, { i: { email: member.email, password: 'a brand new password' } });
    const again = await visitor.gql(RESET, { i: { token, password: 'another new password' } });
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers true for unknown addresses, refuses expired tokens and rate limits requests', async () => {
    const visitor = t.client({ forwardedFor: '10.99.0.1' });
    expect(
      (await visitor.ok(REQUEST, { i: { email: 'nobody-here@example.com' } })).requestPasswordReset,
    ).toBe(true);
    const member = await createAccount(t);
    await visitor.ok(REQUEST, { i: { email: member.email } });
    const [message] = await until('the reset email', () => {
      const m = sink.to(member.email).filter((x) => /reset-password/.test(text(x)));
      return m.length ? m : undefined;
    });
    const token = text(message).match(/reset-password\?token=([A-Za-z0-9_-]+)/)![1];
    await t.dataSource.query(
      `UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE account_id = $1`,
      [member.id],
    );
    const expired = await visitor.gql(RESET, { i: { token, password: 'a brand new password' } });
    expect(expired.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(expired.errors?.[0].message).toMatch(/expired/);
    await visitor.ok(REQUEST, { i: { email: member.email } });
    await visitor.ok(REQUEST, { i: { email: member.email } });
    const limited = await visitor.gql(REQUEST, { i: { email: member.email } });
    expect(limited.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('verifies the email address from the sign-up email', async () => {
    const member = await createAccount(t);
    const [message] = await until('the confirmation email', () => {
      const m = sink.to(member.email).filter((x) => /verify-email/.test(text(x)));
      return m.length ? m : undefined;
    });
    const token = text(message).match(/verify-email\?token=([A-Za-z0-9_-]+)/)![1];
    const VERIFY = 'mutation($i: VerifyEmailInput!) { verifyEmail(input: $i) }';
    expect((await t.client().ok(VERIFY, { i: { token } })).verifyEmail).toBe(true);
    const [row] = await t.dataSource.query('SELECT email_verified_at FROM accounts WHERE id = $1', [
      member.id,
    ]);
    expect(row.email_verified_at).toBeInstanceOf(Date);
    expect((await t.client().gql(VERIFY, { i: { token } })).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('data export emails', () => {
  it('send the download link to whoever asked; the link downloads the archive for them only', async () => {
    const member = await createAccount(t);
    const { requestDataExport } = await member.client.ok<{
      requestDataExport: { id: string; downloadUrl: string; expiresAt: string };
    }>('mutation { requestDataExport(input: {}) { id downloadUrl expiresAt } }');
    const [message] = await until('the export email', () => {
      const m = sink.to(member.email).filter((x) => /data export is ready/.test(x.parsed.subject ?? ''));
      return m.length ? m : undefined;
    });
    const link = `https://community.example.com/exports/${requestDataExport.id}`;
    expect(text(message)).toContain(link);
    expect(message.parsed.html).toContain(`href="${link}"`);
    expect(text(message)).toContain(`signed in as ${member.handle}`);
    // The date as the reader writes dates (English here), the day the export expires (UTC).
    const expires = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(requestDataExport.expiresAt),
    );
    expect(text(message)).toContain(`until ${expires}.`);
    expect(text(message)).toContain('You get this because you asked for a data export.');
    // Marked sent once the SMTP server accepted it (just after the message arrived there).
    const row = await until('the row marked sent', async () => {
      const [r] = await t.dataSource.query(
        `SELECT status, account_id FROM mail_messages WHERE dedupe_key = $1 AND status = 'SENT'`,
        [`data-export:${requestDataExport.id}`],
      );
      return r;
    });
    expect(row).toEqual({ status: 'SENT', account_id: member.id });

    const path = new URL(link).pathname;
    const mine = await fetch(`${t.baseUrl}${path}`, { headers: { cookie: member.client.cookie } });
    expect(mine.status).toBe(200);
    expect(await mine.text()).toContain(member.email);
    const other = await createAccount(t);
    expect((await fetch(`${t.baseUrl}${path}`, { headers: { cookie: other.client.cookie } })).status).toBe(
      404,
    );
  });

  it('are skipped, not sent, when the export is gone before the email goes out', async () => {
    const member = await createAccount(t);
    // An export email whose export was erased meanwhile (erasure deletes the person's exports).
    const key = `data-export:${randomUUID()}`;
    await t.dataSource.query(
      `INSERT INTO mail_messages (purpose, account_id, to_address, dedupe_key) VALUES ('DATA_EXPORT', $1, $2, $3)`,
      [member.id, member.email, key],
    );
    await mail.drain();
    // The app's own drain may have claimed the row first (this drain then skips it as locked): wait for it.
    const row = await until('the row settled', async () => {
      const [r] = await t.dataSource.query(
        `SELECT status, skip_reason FROM mail_messages WHERE dedupe_key = $1 AND status <> 'PENDING'`,
        [key],
      );
      return r;
    });
    expect(row).toEqual({ status: 'SKIPPED', skip_reason: 'The export no longer exists.' });
    expect(sink.to(member.email).filter((x) => /data export/.test(x.parsed.subject ?? ''))).toEqual([]);
  });
});

describe("emails in the recipient's language", () => {
  const REQUEST = 'mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }';
  const resetTo = (email: string) =>
    until('the reset email', () => {
      const m = sink.to(email).filter((x) => /reset-password/.test(text(x)));
      return m.length ? m[m.length - 1] : undefined;
    });

  it("are worded in the account's language, else the community's (English), from the live site name", async () => {
    const russian = await createAccount(t);
    const english = await createAccount(t);
    await russian.client.ok('mutation { setLocale(locale: "ru") }');
    await t.client({ forwardedFor: '10.97.0.1' }).ok(REQUEST, { i: { email: russian.email } });
    await t.client({ forwardedFor: '10.97.0.2' }).ok(REQUEST, { i: { email: english.email } });
    const ru = await resetTo(russian.email);
    const en = await resetTo(english.email);

    expect(ru.parsed.subject).toBe('Сброс пароля в Acme Community');
    expect(text(ru)).toContain(
      `Кто-то (надеемся, что вы) попросил сбросить пароль учётной записи ${russian.handle}.`,
    );
    expect(text(ru)).toMatch(
      /Задать новый пароль: https:\/\/community\.example\.com\/reset-password\?token=/,
    );
    expect(text(ru)).toContain(
      'Вы получили это письмо, потому что для вашей учётной записи запросили сброс пароля.',
    );
    expect(ru.parsed.html).toContain('<html lang="ru">');
    expect(ru.parsed.html).toContain('>Задать новый пароль</a>');
    expect(en.parsed.subject).toBe('Reset your Acme Community password');
    expect(text(en)).toContain(`Someone (we hope you) asked to reset the password of ${english.handle}.`);
    expect(en.parsed.html).toContain('<html lang="en">');
    // MAIL_FROM is an address alone: the sender carries the community's name.
    expect(ru.parsed.from?.value[0]).toEqual({ name: 'Acme Community', address: 'community@example.com' });

    // A notification email is worded when it is sent, in the language the recipient has then.
    const threadId = await askQuestion(t, russian, { title: 'Роутер не обновляется' });
    await answer(await createAccount(t, { name: 'Ada Lovelace' }), threadId, 'Скачайте прошивку заново.');
    const [notified] = await until('the notification email', () => {
      const m = sink.to(russian.email).filter((x) => /Роутер не обновляется/.test(x.parsed.subject ?? ''));
      return m.length ? m : undefined;
    });
    expect(notified.parsed.subject).toBe('Новый ответ на ваш вопрос: Роутер не обновляется');
    expect(text(notified)).toContain('Ada Lovelace пишет:');
    expect(text(notified)).toContain(`Открыть тему: https://community.example.com/t/${threadId}`);
    expect(text(notified)).toContain('Вы получили это письмо, потому что задали этот вопрос.');
    expect(text(notified)).toMatch(
      /Отписаться: https:\/\/community\.example\.com\/email\/unsubscribe\?token=/,
    );
    process.stdout.write(
      `--- a Russian notification email ---\n${notified.parsed.subject}\n\n${text(notified)}\n`,
    );

    // The unsubscribe page the link opens speaks the account's language too.
    const link = text(notified).match(/Отписаться: (\S+)/)![1];
    const page = await (await fetch(`${t.baseUrl}${new URL(link).pathname}${new URL(link).search}`)).text();
    expect(page).toContain('<html lang="ru">');
    expect(page).toContain('Больше не получать эти письма от Acme Community?');
  });

  it('greet a new member in the language they chose before signing up', async () => {
    const visitor = t.client({ forwardedFor: '10.97.0.4' });
    await visitor.ok('mutation { setLocale(locale: "sl") }');
    const tag = randomUUID().slice(0, 8);
    const email = `nova_${tag}@example.com`;
    await visitor.ok('mutation($input: SignUpInput!) { signUp(input: $input) { id locale } }', {
      input: { email, handle: `nova_${tag}`, displayName: `Nova ${tag}`, password: `password-${tag}` },
    });
    const [message] = await until('the confirmation email', () => {
      const m = sink.to(email).filter((x) => /verify-email/.test(text(x)));
      return m.length ? m : undefined;
    });
    expect(message.parsed.subject).toBe('Potrdite e-poštni naslov za Acme Community');
    expect(text(message)).toContain(`Dobrodošli, nova_${tag}`);
    expect(text(message)).toMatch(
      /Potrdi moj e-poštni naslov: https:\/\/community\.example\.com\/verify-email\?token=/,
    );
    const { me } = await visitor.ok('{ me { locale } }');
    expect(me.locale).toBe('sl');
  });

  it('name the community as admins renamed it, in the sender and the words', async () => {
    const admin = await createAccount(t, { role: 'ADMIN' });
    const member = await createAccount(t);
    const RENAME = 'mutation($i: UpdateSiteSettingsInput!) { updateSiteSettings(input: $i) { name } }';
    await admin.client.ok(RENAME, { i: { name: 'Nordlicht Help' } });
    try {
      await t.client({ forwardedFor: '10.97.0.3' }).ok(REQUEST, { i: { email: member.email } });
      const message = await resetTo(member.email);
      expect(message.parsed.subject).toBe('Reset your Nordlicht Help password');
      expect(message.parsed.from?.value[0]).toEqual({
        name: 'Nordlicht Help',
        address: 'community@example.com',
      });
      expect(text(message).trim().split('\n').pop()).toBe('Nordlicht Help');
    } finally {
      await admin.client.ok(RENAME, { i: { name: null } });
    }
  });
});
