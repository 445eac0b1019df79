// Single sign-on: the sign-in page's button goes through a real OpenID provider and comes back signed in.
import { expect, test } from '@playwright/test';
import { screenshotPath } from './support/screenshots';

test('a customer signs in with the brand’s OpenID provider from the sign-in page', async ({ page }) => {
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
});

test('a refused single sign-on says why on the sign-in page', async ({ page }) => {
  await page.goto('/auth/oidc/callback?code=forged&state=forged');
  await expect(page).toHaveURL(/\/signin\?sso_error=/);
  await expect(page.getByRole('alert')).toContainText('Please start again');
});
