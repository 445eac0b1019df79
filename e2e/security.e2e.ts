// Sign-in security from the settings page, and the web app under the production Content-Security-Policy.
import { expect, test } from '@playwright/test';
import { newPerson, signInThroughUi, signUpThroughUi } from './support/people';
import { screenshotPath } from './support/screenshots';

test('changing the password signs out the other sessions; "sign out everywhere" ends this one too', async ({
  page,
  browser,
}) => {
  // Three sign-ins and two password hashes (argon2id): slow on a loaded 2-core machine.
  test.setTimeout(150_000);
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) blocked.push(m.text());
  });
  const person = newPerson('Sam');
  await signUpThroughUi(page, person);
  await expect(page).toHaveURL(/\/$/);

  // The same person on another device.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInThroughUi(otherPage, person);

  await page.getByRole('banner').getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Sign-in security' });
  await section.getByLabel('Current password').fill('not my password');
  await section.getByLabel('New password').fill('a brand new passphrase');
  await section.getByRole('button', { name: 'Change password' }).click();
  await expect(section.getByText('The current password is not correct.').first()).toBeVisible();

  await section.getByLabel('Current password').fill(person.password);
  await section.getByLabel('New password').fill('a brand new passphrase');
  await section.getByRole('button', { name: 'Change password' }).click();
  await expect(section.getByRole('status')).toContainText('One other session was signed out.');
  await page.screenshot({ path: screenshotPath('settings-security'), fullPage: true });

  await otherPage.reload();
  await expect(otherPage.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await other.close();

  await section.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Sign in to manage your settings.');
  expect(blocked).toEqual([]);
});
