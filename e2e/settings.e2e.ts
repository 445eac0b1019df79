// Settings journeys: API tokens (created, used, revoked) and the person's own data.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { createAdmin, newPerson, signInThroughUi, signUpThroughUi } from './support/people';
import { screenshotPath } from './support/screenshots';

test('a member creates a read-only API token, uses it, and revokes it', async ({ page, request }) => {
  const person = newPerson('Tess');
  await signUpThroughUi(page, person);
  // Sign-up lands on the home page; clicking before that navigation ends would be overtaken by it.
  await expect(page).toHaveURL(/\/$/);
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

test('an admin adds a webhook and watches a delivery arrive in its log', async ({ page }) => {
  const hits: { body: string; signature: string }[] = [];
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString('utf8')));
    req.on('end', () => {
      hits.push({ body, signature: String(req.headers['community-signature'] ?? '') });
      res.end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  try {
    const admin = newPerson('Ada');
    createAdmin(admin);
    await signInThroughUi(page, admin);
    await page.getByRole('banner').getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();

    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/crm`;
    await page.getByLabel('URL').fill(url);
    await page.getByLabel('Description').fill('CRM');
    await page.getByRole('button', { name: 'Add webhook' }).click();
    const secret = (await page.getByTestId('webhook-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^whsec_/);

    // The thread is asked through the API with the admin's browser session: this journey is about the webhook.
    const gql = async (query: string, variables: Record<string, unknown> = {}) =>
      (await (await page.request.post('/graphql', { data: { query, variables } })).json()) as {
        data: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      };
    const { data: cats } = await gql('{ categories { id } }');
    const { data: asked } = await gql('mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }', {
      i: {
        kind: 'QUESTION',
        categoryId: cats.categories[0].id,
        title: 'Does the CRM hear about new questions?',
        body: 'Asking so the webhook has something to send.',
        tags: [],
      },
    });
    expect(asked.createThread.id).toBeTruthy();

    await expect.poll(() => hits.length, { timeout: 15_000 }).toBe(1);
    const [, t, v1] = /t=(\d+),v1=([0-9a-f]+)/.exec(hits[0].signature) ?? [];
    expect(v1).toBe(createHmac('sha256', secret).update(`${t}.${hits[0].body}`).digest('hex'));

    await page.goto('/admin/webhooks');
    const panel = page.getByRole('region', { name: url });
    await expect(panel.getByRole('row', { name: /THREAD_CREATED/ })).toContainText('Delivered');
    await expect(panel.getByRole('row', { name: /THREAD_CREATED/ })).toContainText('200');
    await page.screenshot({ path: screenshotPath('admin-webhooks'), fullPage: true });
  } finally {
    receiver.close();
  }
});

test('a member exports their data and then erases their account', async ({ page }) => {
  const person = newPerson('Erin');
  await signUpThroughUi(page, person);
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Your data' });
  await section.getByRole('button', { name: 'Export my data' }).click();
  const link = section.getByRole('link', { name: 'Download your data' });
  await expect(link).toBeVisible();
  const archive = await (await page.request.get((await link.getAttribute('href')) ?? '')).json();
  expect(archive.profile).toMatchObject({ handle: person.handle, email: person.email });

  await section.getByLabel('Your password').fill(person.password);
  await page.screenshot({ path: screenshotPath('settings-your-data'), fullPage: true });
  page.once('dialog', (dialog) => void dialog.accept());
  await section.getByRole('button', { name: 'Erase my account' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();

  await page.goto('/signin');
  await page.getByLabel('Email', { exact: true }).fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
});
