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
  it('creates an admin from the command line, then promotes an existing account', () => {
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
    return roleOf('root@example.com').then(async (row) => {
      expect(row).toEqual({ role: 'ADMIN', job_title: null });
      expect(
        run(
          '--email',
          'root@example.com',
          '--handle',
          'root',
          '--password',
          'a long password',
          '--role',
          'employee',
          '--job-title',
          'CTO',
        ),
      ).toMatch(/Updated root/);
      expect(await roleOf('root@example.com')).toEqual({ role: 'EMPLOYEE', job_title: 'CTO' });
    });
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
