// Reading the email the product sent to the e2e run's SMTP catcher (see global-setup.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface CaughtMail {
  to: string[];
  parsed: ParsedMail;
}

async function caught(): Promise<CaughtMail[]> {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error('E2E_MAIL_DIR is not set: global setup starts the mail catcher.');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort();
  return Promise.all(
    files.map(async (f) => {
      const raw = readFileSync(join(dir, f), 'utf8');
      const to = (raw.match(/^X-Envelope-To: (.*)$/m)?.[1] ?? '').split(', ');
      return { to, parsed: await simpleParser(raw) };
    }),
  );
}

/** Waits for an email to `address` whose subject matches. */
export async function waitForMail(address: string, subject: RegExp, timeoutMs = 15_000): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = (await caught()).find(
      (m) => m.to.includes(address.toLowerCase()) && subject.test(m.parsed.subject ?? ''),
    );
    if (found) return found;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`No email to ${address} matching ${subject} within ${timeoutMs / 1000} s`);
}
