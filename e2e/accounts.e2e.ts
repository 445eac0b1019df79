// Accounts journeys: sign up, sign out, sign in, and the errors a person sees when something is wrong.
import { expect, test, type Page } from '@playwright/test';
import { waitForMail } from './support/mail';
import { newPerson } from './support/people';
import { screenshotPath } from './support/screenshots';

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a visitor signs up, signs out and signs in again', async ({ page }) => {
  const person = newPerson();
  const header = page.getByRole('banner');

  await page.goto('/');
  await header.getByRole('link', { name: 'Sign up' }).click();
  await expect(page).toHaveURL(/\/signup$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();

  await page.getByLabel('Email', { exact: true }).fill(person.email);
  await page.getByLabel('Handle', { exact: true }).fill(person.handle);
  await page.getByLabel('Display name', { exact: true }).fill(person.displayName);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.screenshot({ path: screenshotPath('sign-up'), fullPage: true });
  await page.getByRole('button', { name: 'Create account' }).click();

  // Signed in at once, and asked to confirm the address from the email.
  await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(person.email);
  await expect(header).toContainText(person.displayName);
  await page.screenshot({ path: screenshotPath('sign-up-check-email'), fullPage: true });
  await page.getByRole('link', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(header).toContainText(person.displayName);
  await expect(header.getByRole('link', { name: 'Sign in' })).toHaveCount(0);

  // The session is a cookie, so it survives a reload.
  await page.reload();
  await expect(header).toContainText(person.displayName);
  await page.screenshot({ path: screenshotPath('home-signed-in'), fullPage: true });

  await header.getByRole('button', { name: 'Sign out' }).click();
  await expect(header.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(header).not.toContainText(person.displayName);

  await header.getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await signIn(page, person.email, person.password);
  await expect(page).toHaveURL(/\/$/);
  await expect(header).toContainText(person.displayName);
});

test('a wrong password shows the server message in an alert', async ({ page }) => {
  await page.goto('/signin');
  await signIn(page, 'member@demo.community', 'not the right password');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Email or password is incorrect.');
  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('sign-in-error'), fullPage: true });
});

test('invalid sign-up input is explained next to each field', async ({ page }) => {
  const person = newPerson();
  await page.goto('/signup');
  await page.getByLabel('Email', { exact: true }).fill(person.email);
  await page.getByLabel('Handle', { exact: true }).fill('No Spaces Allowed');
  await page.getByLabel('Display name', { exact: true }).fill(person.displayName);
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page.getByRole('alert')).toBeVisible();
  const handle = page.getByLabel('Handle', { exact: true });
  const password = page.getByLabel('Password', { exact: true });
  // The message is tied to its input (aria-describedby), so a screen reader reads it with the field.
  await expect(handle).toHaveAttribute('aria-invalid', 'true');
  await expect(handle).toHaveAccessibleDescription(/lower-case letters, digits and underscores/);
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription(/at least 10 characters/i);
  await expect(page.getByLabel('Email', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  // Focus moves to the first field to fix.
  await expect(handle).toBeFocused();
  await page.screenshot({ path: screenshotPath('sign-up-errors'), fullPage: true });
});

test('an email that is already taken is reported on the email field', async ({ page, request }) => {
  const person = newPerson();
  const created = await request.post('/graphql', {
    headers: { 'apollo-require-preflight': 'true' },
    data: {
      query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { id } }',
      variables: { input: person },
    },
  });
  expect(created.ok()).toBe(true);

  await page.goto('/signup');
  await page.getByLabel('Email', { exact: true }).fill(person.email);
  await page.getByLabel('Handle', { exact: true }).fill(`${person.handle}x`);
  await page.getByLabel('Display name', { exact: true }).fill(person.displayName);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByLabel('Email', { exact: true })).toHaveAttribute('aria-invalid', 'true');
});

test('a new account confirms its email from the link; a taken address looks the same and warns its owner', async ({
  page,
  browser,
}) => {
  const owner = newPerson('Owner');
  await page.goto('/signup');
  for (const [label, value] of [
    ['Email', owner.email],
    ['Handle', owner.handle],
    ['Display name', owner.displayName],
    ['Password', owner.password],
  ])
    await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible();

  const confirm = await waitForMail(owner.email, /Confirm your email/);
  const link = (confirm.parsed.text ?? '').match(/https?:\/\/\S+\/verify-email\?token=\S+/)?.[0];
  expect(link).toBeTruthy();
  await page.goto(new URL(link!).pathname + new URL(link!).search);
  await page.getByRole('button', { name: 'Confirm my email' }).click();
  await expect(page.getByRole('status')).toContainText('your email is confirmed');

  // Someone else tries the same address with another password: the same page, nothing revealed.
  const other = await browser.newContext();
  const stranger = await other.newPage();
  const impostor = { ...newPerson('Stranger'), email: owner.email, password: 'another long passphrase' };
  await stranger.goto('/signup');
  for (const [label, value] of [
    ['Email', impostor.email],
    ['Handle', impostor.handle],
    ['Display name', impostor.displayName],
    ['Password', impostor.password],
  ])
    await stranger.getByLabel(label, { exact: true }).fill(value);
  await stranger.getByRole('button', { name: 'Create account' }).click();
  await expect(stranger.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible();
  await expect(stranger.getByRole('status')).toContainText(owner.email);
  await stranger.setViewportSize({ width: 390, height: 844 });
  await stranger.screenshot({ path: screenshotPath('sign-up-check-email-390'), fullPage: true });
  await other.close();

  const warning = await waitForMail(owner.email, /tried to sign up/);
  expect(warning.parsed.text).toContain(owner.handle);
  expect(warning.parsed.text).toMatch(/reset it/);
});
