// The interface in four languages: a reader switches the language in the header and the thread page comes back in
// it (server-rendered and hydrated in the same language, with no hydration warnings), dates and counts included.
import { expect, test, type Page } from '@playwright/test';
import { screenshotPath } from './support/screenshots';

const LANGUAGES = [
  { locale: 'ru', name: 'Русский', label: 'Язык', home: 'Главная', signIn: 'Войти' },
  { locale: 'sl', name: 'Slovenščina', label: 'Jezik', home: 'Domov', signIn: 'Prijava' },
  { locale: 'zh-CN', name: '简体中文', label: '语言', home: '首页', signIn: '登录' },
  { locale: 'en', name: 'English', label: 'Language', home: 'Home', signIn: 'Sign in' },
];

/** Console errors about hydration (React reports a server/browser mismatch there). */
function hydrationErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /hydrat|did not match/i.test(message.text()))
      errors.push(message.text());
  });
  return errors;
}

test('the thread page in each language, chosen with the header selector', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = hydrationErrors(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('.thread-row__title a').first().click();
  await expect(page).toHaveURL(/\/t\//);
  const threadUrl = page.url();
  let current = 'Language';
  for (const language of LANGUAGES) {
    await page.goto(threadUrl);
    const selector = page.getByRole('combobox', { name: current });
    await selector.hover();
    await selector.selectOption(language.locale);
    await expect(page.locator('html')).toHaveAttribute('lang', language.locale);
    const nav = page.getByRole('navigation').first();
    await expect(page.getByRole('link', { name: language.home, exact: true }).first()).toBeVisible();
    await expect(nav.getByRole('link', { name: language.signIn, exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: language.label })).toHaveValue(language.locale);
    // The page itself was rendered by the server in that language (not switched in the browser).
    const html = await (await page.request.get(threadUrl, { headers: { accept: 'text/html' } })).text();
    expect(html).toMatch(new RegExp(`<html[^>]*lang="${language.locale}"`));
    await page.screenshot({ path: screenshotPath(`thread-${language.locale}`), fullPage: true });
    current = language.label;
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(threadUrl);
  await page.screenshot({ path: screenshotPath('thread-en-mobile'), fullPage: true });
  expect(errors).toEqual([]);
});

test('a Russian browser gets Russian pages, and English stays English for an English browser', async ({
  browser,
}) => {
  const ru = await browser.newContext({ locale: 'ru-RU' });
  const page = await ru.newPage();
  const errors = hydrationErrors(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('link', { name: 'Главная', exact: true }).first()).toBeVisible();
  // Relative times are in the page's language: Russian here…
  await page.locator('.thread-row__title a').first().click();
  await expect(page.locator('.thread-header__meta')).toContainText(/назад|только что|вчера/);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: screenshotPath('thread-ru-mobile'), fullPage: true });
  expect(errors).toEqual([]);
  await ru.close();

  // …and an English browser asked for English gets "ago", whatever the machine's language.
  const en = await browser.newContext({ locale: 'en-US' });
  const english = await en.newPage();
  await english.goto('/');
  await english.locator('.thread-row__title a').first().click();
  await expect(english.locator('.thread-header__meta')).toContainText(/ago|just now|yesterday/);
  await en.close();
});

test('the home, category, search and profile pages in Russian and Chinese, counts in each language’s plural forms', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const pages = [
    {
      locale: 'ru-RU',
      tag: 'ru',
      categories: 'Категории',
      threads: /\d+ тем[аы]?/,
      results: 'Результаты по запросу',
    },
    { locale: 'zh-CN', tag: 'zh-CN', categories: '分类', threads: /\d+ 个主题/, results: '的搜索结果' },
  ];
  for (const p of pages) {
    const context = await browser.newContext({ locale: p.locale });
    const page = await context.newPage();
    const errors = hydrationErrors(page);
    await page.goto('/');
    const categories = page.getByRole('region', { name: p.categories, exact: true });
    await expect(categories.locator('.category-card__counts').first()).toContainText(p.threads);
    await page.screenshot({ path: screenshotPath(`home-${p.tag}`), fullPage: true });
    await categories.locator('.category-card__link').first().click();
    await expect(page.locator('.page-header__pills')).toContainText(p.threads);
    await page.screenshot({ path: screenshotPath(`category-${p.tag}`), fullPage: true });
    await page.goto('/search?q=sync');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(p.results);
    await page.screenshot({ path: screenshotPath(`search-${p.tag}`), fullPage: true });
    await page.goto('/popular');
    await page.locator('.thread-row__meta a[href^="/u/"]').first().click();
    await expect(page).toHaveURL(/\/u\//);
    await expect(page.getByTestId('reputation')).toBeVisible();
    await page.screenshot({ path: screenshotPath(`profile-${p.tag}`), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  }
});
