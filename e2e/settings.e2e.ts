// Settings journeys: API tokens (created, used, revoked) and the person's own data.
import { expect, test } from '@playwright/test';
import { newPerson, signUpThroughUi } from './support/people';
import { screenshotPath } from './support/screenshots';

test('a member creates a read-only API token, uses it, and revokes it', async ({ page, request }) => {
  const person = newPerson('Tess');
  await signUpThroughUi(page, person);
  await page.getByRole('banner').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const section = page.getByRole('region', { name: 'API tokens' });
  await expect(section).toContainText('You have no API tokens.');

  await section.getByLabel('Name').fill('CRM sync');
  await section.getByRole('button', { name: 'Create token' }).click();
  const secret = (await section.getByTestId('new-token-secret').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^cmty_/);
  await expect(section.getByRole('row', { name: /CRM sync/ })).toContainText('never');

  const asToken = () =>
    request.post('/graphql', {
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      data: { query: '{ me { handle } }' },
    });
  expect(await (await asToken()).json()).toEqual({ data: { me: { handle: person.handle } } });
  await page.reload();
  await expect(section.getByRole('row', { name: /CRM sync/ })).not.toContainText('never');
  await page.screenshot({ path: screenshotPath('settings-api-tokens'), fullPage: true });

  page.once('dialog', (dialog) => void dialog.accept());
  await section
    .getByRole('row', { name: /CRM sync/ })
    .getByRole('button', { name: 'Revoke' })
    .click();
  await expect(section.getByRole('row', { name: /CRM sync/ })).toContainText('revoked');
  expect((await asToken()).status()).toBe(401);
});
