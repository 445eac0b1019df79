// Test accounts: unique people per run, signing up and in through the UI, and staff made with the account CLI.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { e2eDatabaseUrl, repoRoot } from './product';

export interface Person {
  email: string;
  handle: string;
  displayName: string;
  password: string;
}

/** Unique per run, within the server's handle rule (3–30 lower-case letters, digits, underscores). */
export function newPerson(name = 'Robin'): Person {
  const id = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  return {
    email: `e2e.${id}@example.com`,
    handle: `e2e_${id}`,
    displayName: `${name} ${id}`,
    password: 'a long enough passphrase',
  };
}

export async function signUpThroughUi(page: Page, person: Person): Promise<void> {
  await page.goto('/signup');
  await page.getByLabel('Email', { exact: true }).fill(person.email);
  await page.getByLabel('Handle', { exact: true }).fill(person.handle);
  await page.getByLabel('Display name', { exact: true }).fill(person.displayName);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  // Signed in at once; the page asks to confirm the address from the email, then goes on.
  await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(person.displayName);
  await page.getByRole('link', { name: 'Continue' }).click();
  await expect(page).not.toHaveURL(/\/signup/);
}

export async function signInThroughUi(page: Page, person: Person): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email', { exact: true }).fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('banner')).toContainText(person.displayName);
}

/** Creates an admin with the account CLI (`tools/account`), the way an operator would. */
export function createAdmin(person: Person): void {
  execFileSync(
    process.execPath,
    [
      join(repoRoot, 'dist/tools/account.js'),
      ...['--email', person.email, '--handle', person.handle, '--password', person.password],
      ...['--name', person.displayName, '--role', 'admin'],
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), LOG_LEVEL: 'error' },
      stdio: 'pipe',
    },
  );
}

/** Creates an employee with the admin CLI (`tools/account`), the way an operator would. */
export function createEmployee(person: Person): void {
  execFileSync(
    process.execPath,
    [
      join(repoRoot, 'dist/tools/account.js'),
      ...['--email', person.email, '--handle', person.handle, '--password', person.password],
      ...['--name', person.displayName, '--role', 'employee', '--job-title', 'Support Engineer'],
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), LOG_LEVEL: 'error' },
      stdio: 'pipe',
    },
  );
}
