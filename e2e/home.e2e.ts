// The front door: branding from configuration, the seeded categories, category pages and the 404 page.
import { expect, test } from '@playwright/test';
import { screenshotPath } from './support/screenshots';

const SEEDED_CATEGORIES = [
  'Getting started',
  'Billing & accounts',
  'Troubleshooting',
  'Ideas',
  'Announcements',
];

test('the home page lists the seeded categories under the community name', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Community' })).toBeVisible();
  await expect(page).toHaveTitle('Acme Community');

  const region = page.getByRole('region', { name: 'Categories' });
  await expect(region.getByRole('listitem')).toHaveCount(SEEDED_CATEGORIES.length);
  // Threads from other journeys may link to the same categories elsewhere on the page; look in the list.
  for (const name of SEEDED_CATEGORIES) {
    await expect(region.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await page.screenshot({ path: screenshotPath('home'), fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(region.getByRole('listitem').first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('home-mobile'), fullPage: true });
});

test('brand colours come from the community configuration', async ({ page, request }) => {
  const res = await request.post('/graphql', {
    headers: { 'apollo-require-preflight': 'true' },
    data: { query: '{ community { name primaryColor } }' },
  });
  const body = (await res.json()) as { data: { community: { name: string; primaryColor: string } } };
  const hex = body.data.community.primaryColor;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

  await page.goto('/');
  const header = page.getByRole('banner');
  await expect(header).toContainText(body.data.community.name);
  await expect(header).toHaveCSS('background-color', `rgb(${r}, ${g}, ${b})`);
});

test('a category opens its own page', async ({ page }) => {
  await page.goto('/');
  // The seeded threads link their category too: open it from the categories section.
  const categories = page.getByRole('region', { name: 'Categories' });
  await categories.getByRole('link', { name: 'Billing & accounts', exact: true }).click();
  await expect(page).toHaveURL(/\/c\/billing$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Billing & accounts' })).toBeVisible();
  await expect(page.getByText('Invoices, payments, plans and your account.')).toBeVisible();

  // A deep link works on a fresh load too: the server hands client routes to the single page app.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Billing & accounts' })).toBeVisible();
});

test('unknown pages and categories show a not-found page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'We could not find that page' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('not-found'), fullPage: true });

  await page.goto('/c/no-such-category');
  await expect(
    page.getByRole('heading', { level: 1, name: 'We could not find that category' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Back to the community home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Community' })).toBeVisible();
});
