// Single sign-on: the sign-in page's button goes through a real OpenID provider and comes back signed in.
import { expect, test } from '@playwright/test';
import { waitForMail } from './support/mail';
import { signInThroughUi } from './support/people';
import { screenshotPath } from './support/screenshots';

test('a customer signs in with the brand’s OpenID provider from the sign-in page', async ({ page }) => {
  // Goes on through an emailed reset link and unlinking: longer than one page.
  test.setTimeout(120_000);
  const id = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  // The test provider signs in whoever was posted to it last, without a login form.
  await fetch(`${process.env.OIDC_ISSUER}/__test/next-login`, {
    method: 'POST',
    body: JSON.stringify({
      sub: `sso-${id}`,
      email: `sso.${id}@example.com`,
      email_verified: true,
      name: `Sam Single ${id}`,
      preferred_username: `sam_${id}`,
    }),
  });
  await page.goto('/signin');
  const button = page.getByRole('link', { name: 'Sign in with Acme ID' });
  await expect(button).toBeVisible();
  await page.screenshot({ path: screenshotPath('sign-in-sso'), fullPage: true });
  await button.click();
  await expect(page.getByRole('banner')).toContainText(`Sam Single ${id}`);
  await expect(page).toHaveURL(/\/$/);

  await page.getByRole('banner').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  // Settings → Sign-in methods: the provider is the only way in, so it cannot be unlinked yet.
  const methods = page.getByRole('region', { name: 'Sign-in methods' });
  await expect(methods.getByRole('cell', { name: 'Acme ID' })).toBeVisible();
  await expect(methods).toContainText('Password: none yet');
  const unlink = methods.getByRole('button', { name: 'Unlink' });
  await expect(unlink).toBeDisabled();
  await expect(unlink).toHaveAccessibleDescription(/only way to sign in/);
  await methods.screenshot({ path: screenshotPath('settings-sign-in-methods') });

  // With a password set from the emailed link, unlinking works, and the password signs in.
  const email = `sso.${id}@example.com`;
  const password = 'a password of my own now';
  await page.goto('/forgot-password');
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status')).toContainText('on its way');
  const reset = await waitForMail(email, /reset your/i);
  const link = new URL(reset.parsed.text!.match(/https?:\/\/\S+\/reset-password\?token=\S+/)![0]);
  await page.goto(link.pathname + link.search);
  await page.waitForLoadState('networkidle');
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password is changed');
  await signInThroughUi(page, { email, password, handle: `sam_${id}`, displayName: `Sam Single ${id}` });

  await page.goto('/settings');
  await expect(methods).toContainText('Password: set');
  await page.setViewportSize({ width: 390, height: 844 });
  await methods.screenshot({ path: screenshotPath('settings-sign-in-methods-390') });
  await page.setViewportSize({ width: 1280, height: 720 });
  page.once('dialog', (dialog) => void dialog.accept());
  await methods.getByRole('button', { name: 'Unlink' }).click();
  // Nothing left to manage: the section goes, and the account still signs in with its password.
  await expect(page.getByRole('heading', { level: 2, name: 'Sign-in methods' })).toHaveCount(0);
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await signInThroughUi(page, { email, password, handle: `sam_${id}`, displayName: `Sam Single ${id}` });
});

test('a refused single sign-on says why on the sign-in page', async ({ page }) => {
  await page.goto('/auth/oidc/callback?code=forged&state=forged');
  await expect(page).toHaveURL(/\/signin\?sso_error=/);
  await expect(page.getByRole('alert')).toContainText('Please start again');
});
