// The embeddable widget on a brand's page: a page served from another loopback port, with a strict
// Content-Security-Policy and `* { all: unset }`, adds the widget with one script tag; a visitor opens it,
// searches and finds a thread, sees the expected wait, and asks the community in a popup (signing in there).
// A site that is not in WIDGET_ORIGINS gets no widget.
import { createServer, type Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { createEmployee, newPerson } from './support/people';
import { screenshotPath } from './support/screenshots';

const api = () => new URL(process.env.E2E_BASE_URL!).origin;

function hostPage(title: string, locale: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/host.css"></head>
<body><header><h1>Acme Store</h1><nav><a href="/">Shop</a> <a href="/">Support</a></nav></header>
<main><p>Our routers, plugs and cameras. Need help? Ask our community with the button below.</p></main>
<script src="${api()}/widget.js" data-category="troubleshooting" data-locale="${locale}" data-position="bottom-right" defer></script>
</body></html>`;
}

/** A brand's site: strict CSP (only this origin and the community), and CSS that resets every element. */
function startHost(port: number): Promise<Server> {
  const csp = [
    "default-src 'none'",
    `script-src ${api()}`,
    `connect-src ${api()}`,
    `frame-src ${api()}`,
    "style-src 'self'",
    "img-src 'self'",
  ].join('; ');
  const server = createServer((req, res) => {
    if (req.url === '/host.css') {
      res.writeHead(200, { 'content-type': 'text/css' });
      res.end(
        '* { all: unset } body { display: block; padding: 2rem; font-family: serif; background: #fffbe8 }',
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp });
    // `/?locale=ru` embeds the widget with data-locale="ru".
    const locale = new URL(req.url ?? '/', 'http://host').searchParams.get('locale') ?? 'en';
    res.end(hostPage(`Acme Store ${port}`, locale.replace(/[^a-zA-Z-]/g, '')));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

/** A question with a word of its own, asked through the API by an employee made with the CLI. */
async function askWithApi(browser: import('@playwright/test').Browser, word: string): Promise<string> {
  const person = newPerson('Quinn');
  createEmployee(person);
  const context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const r = await context.request.post('/graphql', { data: { query, variables } });
    const json = await r.json();
    expect(json.errors).toBeUndefined();
    return json.data;
  };
  await gql('mutation($i: SignInInput!) { signIn(input: $i) { id } }', {
    i: { email: person.email, password: person.password },
  });
  const { categories } = await gql('{ categories { id slug } }');
  const categoryId = categories.find((c: { slug: string }) => c.slug === 'troubleshooting').id;
  const title = `My ${word} router blinks orange after the update`;
  await gql('mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }', {
    i: { kind: 'QUESTION', categoryId, title, body: 'It blinks orange and drops the connection.', tags: [] },
  });
  await context.close();
  return title;
}

test('a brand page embeds the widget: search finds a thread, asking opens a popup', async ({ browser }) => {
  test.setTimeout(120_000);
  const port = Number(process.env.E2E_WIDGET_HOST_PORT);
  const word = `zorb${Date.now().toString(36)}`;
  const title = await askWithApi(browser, word);
  const host = await startHost(port);
  try {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 860 } });
      const page = await context.newPage();
      const violations = watchCsp(page);
      await page.goto(`http://127.0.0.1:${port}/`);
      const button = page.locator('[data-community-widget] button');
      await expect(button).toBeVisible();
      await expect(button).toHaveText('Help');
      // The host's `* { all: unset }` does not reach into the widget: it keeps its own look and place.
      const look = await button.evaluate((b) => {
        const s = getComputedStyle(b);
        const r = b.getBoundingClientRect();
        return { background: s.backgroundColor, position: getComputedStyle(b.parentElement!).position, r };
      });
      expect(look.background).toBe('rgb(36, 84, 214)');
      expect(look.position).toBe('fixed');
      expect(look.r.right).toBeGreaterThan(width - 40);
      expect(look.r.height).toBeGreaterThan(30);

      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      const panel = page.frameLocator('[data-community-widget] iframe');
      await expect(panel.getByRole('heading', { name: 'How can we help?' })).toBeVisible();
      await expect(panel.locator('.wait')).toContainText(/official answer|Our team answers/);
      const box = panel.getByLabel('Search the community');
      const hit = panel.locator('.results a').filter({ hasText: title });
      // Search-as-you-type; the new thread reaches the index moments after it is asked.
      await expect(async () => {
        await box.fill('');
        await box.fill(word);
        await expect(hit.first()).toBeVisible({ timeout: 2_000 });
      }).toPass({ timeout: 20_000 });
      await expect(hit.first()).toHaveAttribute('href', /^\/t\//);
      await page.screenshot({ path: screenshotPath(`widget-host-${width === 390 ? '390' : 'desktop'}`) });
      expect(violations).toEqual([]);

      if (width === 1280) {
        // "Ask the community" opens the ask page in a popup; signing in there comes back to the question.
        const person = newPerson('Wanda');
        createEmployee(person);
        const [popup] = await Promise.all([
          page.waitForEvent('popup'),
          panel.getByRole('link', { name: 'Ask the community' }).click(),
        ]);
        await expect(popup).toHaveURL(new RegExp(`/ask\\?category=troubleshooting&title=${word}`));
        await popup.getByRole('link', { name: 'Sign in' }).first().click();
        await popup.getByLabel('Email', { exact: true }).fill(person.email);
        await popup.getByLabel('Password', { exact: true }).fill(person.password);
        await popup.getByRole('button', { name: 'Sign in' }).click();
        await expect(popup).toHaveURL(/\/ask\?/);
        await expect(popup.getByLabel('Title', { exact: true })).toHaveValue(word);
        await popup.close();
      }
      await context.close();
    }

    // In Russian (data-locale="ru"): the button's and the panel's words come from the server's catalogs.
    {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      const violations = watchCsp(page);
      await page.goto(`http://127.0.0.1:${port}/?locale=ru`);
      const button = page.locator('[data-community-widget] button');
      await expect(button).toHaveText('Помощь');
      await button.click();
      await expect(button).toHaveText('Закрыть помощь');
      await expect(page.locator('[data-community-widget] iframe')).toHaveAttribute(
        'title',
        'Помощь сообщества',
      );
      const panel = page.frameLocator('[data-community-widget] iframe');
      await expect(panel.getByRole('heading', { name: 'Чем помочь?' })).toBeVisible();
      await expect(panel.locator('.wait')).toContainText(/официального ответа|Наша команда/);
      const box = panel.getByLabel('Поиск по сообществу');
      await expect(box).toHaveAttribute('placeholder', 'Опишите проблему…');
      await box.fill(word);
      const hit = panel.locator('.results a').filter({ hasText: title }).first();
      await expect(hit).toContainText('0 ответов');
      await expect(panel.getByRole('link', { name: 'Спросить сообщество' })).toBeVisible();
      await page.screenshot({ path: screenshotPath('widget-host-ru') });
      expect(violations).toEqual([]);
      await context.close();
    }

    // A site that is not listed gets no widget (its config request is refused, and the panel could not be framed).
    const other = await startHost(0);
    try {
      const address = other.address();
      const otherPort = typeof address === 'object' && address ? address.port : 0;
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${otherPort}/`);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('[data-community-widget]')).toHaveCount(0);
      const framed = await page.request.get(`${api()}/widget/panel`);
      expect(framed.headers()['content-security-policy']).not.toContain(`127.0.0.1:${otherPort}`);
      await page.close();
    } finally {
      other.close();
    }
  } finally {
    host.close();
  }
});
