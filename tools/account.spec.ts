// Runs the real `account` command (from the build) against a fresh database.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '@community/testing';
import { Client } from 'pg';

const entry = join(__dirname, '../dist/tools/account.js');
let db: TestDatabase;
beforeAll(async () => {
  if (!existsSync(entry))
    throw new Error('dist/tools/account.js is missing: run `npm run build` (npm test does) first.');
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const run = (...args: string[]) =>
  execFileSync(process.execPath, [entry, ...args], {
    env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: 'test' },
    encoding: 'utf8',
    stdio: 'pipe',
  });

async function passwordHashOf(email: string): Promise<string> {
  const c = new Client({ connectionString: db.url });
  await c.connect();
  try {
    return (await c.query('SELECT password_hash FROM accounts WHERE email = $1', [email])).rows[0]
      .password_hash;
  } finally {
    await c.end();
  }
}

async function roleOf(email: string) {
  const c = new Client({ connectionString: db.url });
  await c.connect();
  try {
    return (await c.query('SELECT role, job_title FROM accounts WHERE email = $1', [email])).rows[0];
  } finally {
    await c.end();
  }
}

describe('npm run account', () => {
  it('creates an admin from the command line, then promotes an existing account without touching its password', async () => {
    expect(
      run(
        '--email',
        'Root@Example.com',
        '--handle',
        'root',
        '--password',
        'a long password',
        '--role',
        'admin',
      ),
    ).toMatch(/Created root/);
    expect(await roleOf('root@example.com')).toEqual({ role: 'ADMIN', job_title: null });
    const hash = await passwordHashOf('root@example.com');
    expect(run('--email', 'root@example.com', '--role', 'employee', '--job-title', 'CTO')).toMatch(
      /Updated root .* as employee; password unchanged/,
    );
    expect(await roleOf('root@example.com')).toEqual({ role: 'EMPLOYEE', job_title: 'CTO' });
    expect(await passwordHashOf('root@example.com')).toBe(hash);
  });

  it('refuses to replace an existing password unless told to, and changes nothing then', async () => {
    const hash = await passwordHashOf('root@example.com');
    expect(() =>
      run('--email', 'root@example.com', '--password', 'another long password', '--role', 'admin'),
    ).toThrow(/already exists; nothing was changed[\s\S]*--reset-password/);
    expect(await roleOf('root@example.com')).toEqual({ role: 'EMPLOYEE', job_title: 'CTO' });
    expect(await passwordHashOf('root@example.com')).toBe(hash);

    expect(
      run('--email', 'root@example.com', '--password', 'another long password', '--reset-password'),
    ).toMatch(/password replaced/);
    expect(await passwordHashOf('root@example.com')).not.toBe(hash);
  });

  it('ends every session of the account when it sets a new password', async () => {
    run('--email', 'sess@example.com', '--handle', 'sess', '--password', 'first long password');
    const c = new Client({ connectionString: db.url });
    await c.connect();
    try {
      await c.query(
        `INSERT INTO sessions (id, account_id, expires_at, last_seen_at)
         SELECT 'stolen-session', id, now() + interval '1 day', now() FROM accounts WHERE email = 'sess@example.com'`,
      );
      run('--email', 'sess@example.com', '--password', 'second long password', '--reset-password');
      const { rows } = await c.query(
        `SELECT count(*)::int AS n FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.email = 'sess@example.com'`,
      );
      expect(rows[0].n).toBe(0);
    } finally {
      await c.end();
    }
  });

  it('refuses an unknown role or a short password with a message and a non-zero exit', () => {
    expect(() =>
      run('--email', 'x@example.com', '--handle', 'xx_x', '--password', 'a long password', '--role', 'king'),
    ).toThrow(/Unknown role "king"/);
    expect(() =>
      run('--email', 'x@example.com', '--handle', 'xx_x', '--password', 'short', '--role', 'admin'),
    ).toThrow(/at least 10 characters/);
  });
});
