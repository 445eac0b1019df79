// Ideas that move: a member shares an idea from the Ideas category (no expected wait, "Share an idea"), a
// second member votes for it, an employee plans it with a note, and it shows on the /ideas roadmap (rendered on
// the server) and on the idea page with its history; the voter hears about it.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createEmployee, newPerson, signInThroughUi, signUpThroughUi } from './support/people';
import { screenshotPath } from './support/screenshots';

async function pageFor(browser: Browser, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  return context.newPage();
}

test('an idea is shared, voted for, planned with a note and shown on the roadmap', async ({ browser }) => {
  test.setTimeout(240_000);
  const author = newPerson('Ida');
  const voter = newPerson('Vera');
  const staff = newPerson('Stan');
  const title = `Dark mode for the mobile app ${Date.now().toString(36)}`;

  // The Ideas category offers "Share an idea", and promises no wait for an official answer.
  const a = await pageFor(browser);
  await signUpThroughUi(a, author);
  await a.goto('/c/ideas');
  await expect(a.getByTestId('expected-wait')).toHaveCount(0);
  await expect(a.getByRole('link', { name: 'Ask a question' })).toHaveCount(0);
  await a.getByRole('link', { name: 'Share an idea' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Share an idea' })).toBeVisible();
  await expect(a.getByRole('radio', { name: /^Idea/ })).toBeChecked();
  await expect(a.getByTestId('expected-wait')).toHaveCount(0);
  await a.getByLabel('Title', { exact: true }).fill(title);
  await a
    .getByLabel('Body', { exact: true })
    .fill('A dark theme would help at night; many apps have one now.');
  await a.getByRole('button', { name: 'Post your idea' }).click();
  await expect(a).toHaveURL(/\/t\/([^/]+\/)?[^/]+$/);
  const ideaUrl = new URL(a.url()).pathname;
  await expect(a.locator('.thread-header').getByText('Under review')).toBeVisible();
  await expect(a.getByRole('heading', { name: 'No replies yet' })).toBeVisible();

  // Someone votes for it (a brand-new member may not vote yet, so the voter is an account with that right).
  createEmployee(voter);
  const v = await pageFor(browser);
  await signInThroughUi(v, voter);
  await v.goto(ideaUrl);
  await v
    .getByRole('button', { name: /upvote/i })
    .first()
    .click();
  await expect(v.locator('.post--question .vote__score')).toContainText('1');

  // An employee plans it with a note.
  createEmployee(staff);
  const e = await pageFor(browser);
  await signInThroughUi(e, staff);
  await e.goto(ideaUrl);
  await e.getByLabel('New status').selectOption('PLANNED');
  await e.getByLabel('Note to the community').fill('Planned for the spring release.');
  await e.getByRole('button', { name: 'Set status' }).click();
  await expect(e.locator('.idea-panel__note')).toContainText('Planned for the spring release.');
  await expect(e.locator('.thread-header').getByText('Planned')).toBeVisible();
  await e.screenshot({ path: screenshotPath('idea-page-desktop'), fullPage: true });

  // The author sees the note and the history on the idea page, on a phone too.
  const phone = await pageFor(browser, 390);
  await phone.goto(ideaUrl);
  await expect(phone.locator('.idea-panel__note')).toContainText('Planned for the spring release.');
  await expect(phone.locator('.idea-panel__history')).toContainText('Under review → Planned');
  await phone.screenshot({ path: screenshotPath('idea-page-390'), fullPage: true });

  // The roadmap is rendered on the server, with the idea in the Planned column.
  const html = await (await a.request.get('/ideas', { headers: { accept: 'text/html' } })).text();
  expect(html).toContain(title);
  await a.goto('/ideas');
  const planned = a.locator('.roadmap__column--planned');
  await expect(planned.getByRole('link', { name: title })).toBeVisible();
  await expect(a.locator('.roadmap__column--under_review').getByRole('link', { name: title })).toHaveCount(0);
  await a.getByLabel('Category').selectOption('ideas');
  await expect(a).toHaveURL(/\/ideas\?category=ideas$/);
  await expect(planned.getByRole('link', { name: title })).toBeVisible();
  await a.screenshot({ path: screenshotPath('roadmap-desktop'), fullPage: true });
  await phone.goto('/ideas');
  await expect(phone.getByRole('heading', { level: 1, name: 'Roadmap' })).toBeVisible();
  await phone.screenshot({ path: screenshotPath('roadmap-390'), fullPage: true });

  // In Russian (Accept-Language), the roadmap speaks Russian.
  const ru = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
  const ruPage = await ru.newPage();
  await ruPage.goto('/ideas');
  await expect(ruPage.getByRole('heading', { level: 1, name: 'Дорожная карта' })).toBeVisible();
  await expect(ruPage.locator('.roadmap__column--planned h2')).toContainText('Запланировано');
  await ruPage.screenshot({ path: screenshotPath('roadmap-ru'), fullPage: true });
  await ru.close();

  // The voter was told.
  await v.goto('/notifications');
  await expect(v.getByText('An idea you follow is now planned')).toBeVisible();
});
