// A local SMTP catcher for development and the browser tests: `npm run mail-catcher -- --port 1025 --dir .data/mail`
// accepts every message (no auth, no TLS), writes it to <dir>/<time>-<n>.eml and prints who it is for and its
// subject. Point the product at it with SMTP_URL=smtp://127.0.0.1:1025.
import { mkdirSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface MailCatcher {
  port: number;
  dir: string;
  close(): Promise<void>;
}

export async function startMailCatcher(options: {
  port?: number;
  dir: string;
  onMessage?: (to: string[], raw: string) => void;
}): Promise<MailCatcher> {
  const dir = resolve(options.dir);
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        // The envelope recipients go first, so a reader need not parse headers to find its mail.
        writeFileSync(join(dir, `${Date.now()}-${++count}.eml`), `X-Envelope-To: ${to.join(', ')}\r\n${raw}`);
        options.onMessage?.(to, raw);
        callback();
      });
    },
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const port = (server.server.address() as AddressInfo).port;
  return { port, dir, close: () => new Promise<void>((done) => server.close(() => done())) };
}

async function main(): Promise<void> {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  if (process.argv.includes('--help')) {
    console.log('usage: npm run mail-catcher -- [--port 1025] [--dir .data/mail]');
    return;
  }
  const catcher = await startMailCatcher({
    port: Number(arg('port') ?? 1025),
    dir: arg('dir') ?? '.data/mail',
    onMessage: (to, raw) =>
      console.log(
        `${new Date().toISOString()} to ${to.join(', ')}: ${raw.match(/^Subject: (.*)$/im)?.[1] ?? ''}`,
      ),
  });
  console.log(
    `Catching mail on smtp://127.0.0.1:${catcher.port} into ${catcher.dir}; run the product with SMTP_URL=smtp://127.0.0.1:${catcher.port}`,
  );
}

if (require.main === module) void main();
