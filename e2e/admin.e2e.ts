// The admin console: an admin re-brands the community (colours and logo) and every page, server-rendered ones
// and their kept copies included, shows it at once without a restart; each console page is screenshotted.
import { expect, test, type Page } from '@playwright/test';
import { createAdmin, newPerson, signInThroughUi } from './support/people';
import { screenshotPath } from './support/screenshots';

const PRIMARY = '#0b7a3e';
const ACCENT = '#aa00ff';
const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" width="120" height="40">
  <script>document.title = 'pwned'</script>
  <rect width="120" height="40" rx="8" fill="${PRIMARY}" onclick="alert(1)"/>
  <circle cx="20" cy="20" r="12" fill="${ACCENT}"/>
</svg>`;
/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const brandColours = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    return {
      primary: style.getPropertyValue('--color-primary').trim().toLowerCase(),
      accent: style.getPropertyValue('--color-accent').trim().toLowerCase(),
    };
  });

test('an admin changes the colours and logo, and every page shows them without a restart', async ({
  page,
  browser,
  request,
}) => {
  // Six kinds of page, each fetched as HTML and opened in a browser: more than the default 30 s here.
  test.setTimeout(120_000);
  // A guest's copy of the home page is kept before the change: it must not outlive it.
  await request.get('/', { headers: { accept: 'text/html' } });
  const kept = await request.get('/', { headers: { accept: 'text/html' } });
  expect(kept.headers()['x-page-cache']).toBe('hit');
  expect(await kept.text()).not.toContain(`--color-primary:${PRIMARY}`);

  const admin = newPerson('Ada');
  createAdmin(admin);
  await signInThroughUi(page, admin);
  await page.getByRole('banner').getByRole('link', { name: 'Admin' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Admin console' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Site' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Site' })).toBeVisible();

  try {
    await page.getByLabel('Primary colour', { exact: true }).fill(PRIMARY);
    await page.getByLabel('Accent colour', { exact: true }).fill(ACCENT);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

    // A PNG named .svg is refused with what to do; the logo stays as it was.
    const logo = page.getByRole('region', { name: 'Logo' });
    await logo
      .locator('input[type=file]')
      .setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: PNG });
    await expect(logo.getByRole('alert')).toContainText('is a PNG image but is named .svg');
    await logo.locator('input[type=file]').setInputFiles({
      name: 'brand.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from(LOGO_SVG),
    });
    await expect(logo.getByRole('status')).toContainText('brand.svg is the logo now');
    await expect(page.getByRole('banner').getByTestId('brand-logo')).toHaveAttribute(
      'src',
      /^\/brand\/logo\//,
    );
    await page.screenshot({ path: screenshotPath('admin-site'), fullPage: true });

    // Every kind of page, as a guest in a fresh browser, on the same running server.
    const { data } = (await (
      await request.post('/graphql', {
        data: { query: '{ categories { slug } threads(first: 1) { edges { node { id } } } }' },
      })
    ).json()) as {
      data: { categories: { slug: string }[]; threads: { edges: { node: { id: string } }[] } };
    };
    const thread = data.threads.edges[0]?.node;
    const paths = ['/', `/c/${data.categories[0].slug}`, '/latest', '/search?q=router', '/signin'];
    if (thread) paths.push(`/t/${thread.id}`);
    const guest = await browser.newContext();
    const guestPage = await guest.newPage();
    try {
      for (const path of paths) {
        // The server-rendered HTML itself carries the brand (no script needed), kept copies included.
        const html = await (await request.get(path, { headers: { accept: 'text/html' } })).text();
        if (!/^\/signin/.test(path)) {
          expect(html, path).toContain(`--color-primary:${PRIMARY}`);
          expect(html, path).toMatch(/<img class="brand__logo" src="\/brand\/logo\/[0-9a-f]{32}"/);
        }
        await guestPage.goto(path);
        await expect(guestPage.getByRole('banner').getByTestId('brand-logo')).toBeVisible();
        expect(await brandColours(guestPage), path).toEqual({ primary: PRIMARY, accent: ACCENT });
      }
      await guestPage.goto('/');
      await guestPage.screenshot({ path: screenshotPath('admin-rebranded-home') });
      // The served logo is the sanitized one: its script never ran, and it is an image, not a page.
      const src = await guestPage.getByRole('banner').getByTestId('brand-logo').getAttribute('src');
      const served = await request.get(src!);
      expect(served.headers()['content-type']).toBe('image/svg+xml');
      expect(await served.text()).not.toMatch(/script|onclick/);
    } finally {
      await guest.close();
    }
  } finally {
    // Later journeys on this server expect the default look.
    await page.request.post('/graphql', {
      data: {
        query:
          'mutation { updateSiteSettings(input: { primaryColor: null, accentColor: null }) { name } removeLogo { name } }',
      },
    });
  }
});

test('non-admins are kept out of the console', async ({ page }) => {
  await page.goto('/admin/site');
  await expect(page.getByText('with an admin account to open the admin console')).toBeVisible();
});

test('every admin console page, on a desktop and a 390 px phone', async ({ page }) => {
  test.setTimeout(120_000);
  const admin = newPerson('Ada');
  createAdmin(admin);
  await signInThroughUi(page, admin);
  const sections: [string, string][] = [
    ['/admin', 'Admin console'],
    ['/admin/site', 'Site'],
    ['/admin/categories', 'Categories'],
    ['/admin/people?q=e2e', 'People'],
    ['/admin/teams', 'Teams'],
    ['/admin/keys', 'Signing keys'],
    ['/admin/search', 'Search'],
    ['/admin/limits', 'Limits'],
    ['/admin/webhooks', 'Webhooks'],
    ['/admin/mail', 'Mail log'],
  ];
  for (const [path, heading] of sections) {
    const name = path === '/admin' ? 'home' : path.slice('/admin/'.length).replace(/\?.*/, '');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await page.screenshot({ path: screenshotPath(`admin-${name}-desktop`), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: screenshotPath(`admin-${name}-390`), fullPage: true });
  }
  // People: from the search to one account's record.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/admin/people?q=${admin.handle}`);
  await page.getByRole('main').getByRole('link', { name: admin.displayName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: admin.displayName })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sign-ins' })).toContainText('Signed in');
  await page.screenshot({ path: screenshotPath('admin-person-desktop'), fullPage: true });
});
