// Live thread pages: a signed-in reader keeps a thread open; others answer and comment; a bar says how many new
// answers arrived (the page does not jump) and loads them on click.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { newPerson, signUpThroughUi } from './support/people';
import { screenshotPath } from './support/screenshots';

async function pageFor(browser: Browser, width = 1280): Promise<Page> {
  return (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
}

async function postAnswer(page: Page, text: string): Promise<void> {
  await page.getByLabel('Answer', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Post your answer' }).click();
  await expect(page.getByRole('article').getByText(text)).toBeVisible();
}

test('new answers arrive live behind an "N new answers" bar', async ({ browser }) => {
  test.setTimeout(120_000);
  const asker = newPerson('Ivo');
  const helper = newPerson('Tea');
  const title = `The app logs me out every hour ${Date.now().toString(36)}`;

  const a = await pageFor(browser);
  await signUpThroughUi(a, asker);
  await a.goto('/ask?category=troubleshooting');
  await a.getByLabel('Title', { exact: true }).fill(title);
  await a.getByLabel('Body', { exact: true }).fill('Since version 4.2 the session ends after an hour.');
  await a.getByRole('button', { name: 'Post your question' }).click();
  await expect(a).toHaveURL(/\/t\/([^/]+\/)?[^/]+$/);
  const threadUrl = new URL(a.url()).pathname;

  // The reader opens the thread in a fresh page (server-rendered, then hydrated).
  const r = await pageFor(browser);
  await signUpThroughUi(r, newPerson('Reader'));
  await r.goto(threadUrl);
  await r.waitForLoadState('networkidle');
  await expect(r.getByRole('heading', { name: 'No answers yet' })).toBeVisible();

  const h = await pageFor(browser);
  await signUpThroughUi(h, helper);
  await h.goto(threadUrl);
  await postAnswer(h, 'Turn off battery optimisation for the app.');
  await postAnswer(h, 'Or sign in again with "remember me" ticked.');

  const bar = r.getByRole('button', { name: /new answers — show/ });
  await expect(bar).toHaveText('2 new answers — show');
  // Nothing moved: the answers appear only when asked for.
  await expect(r.getByRole('heading', { name: 'No answers yet' })).toBeVisible();
  await r.screenshot({ path: screenshotPath('live-thread-bar') });
  await bar.click();
  await expect(r.getByRole('heading', { name: '2 Answers' })).toBeVisible();
  await expect(r.getByText('Turn off battery optimisation for the app.')).toBeVisible();
  await expect(r.getByRole('button', { name: /— show/ })).toHaveCount(0);

  // At phone width, a comment shows as "new comments or edits".
  const p = await pageFor(browser, 390);
  await signUpThroughUi(p, newPerson('Phone'));
  await p.goto(threadUrl);
  await p.waitForLoadState('networkidle');
  await a.reload();
  await a.getByRole('button', { name: 'Add a comment' }).first().click();
  await a.getByLabel('Comment on this question').fill('Thanks, that fixed it.');
  await a.getByRole('button', { name: 'Post comment' }).click();
  await expect(p.getByRole('button', { name: 'This thread has new comments or edits — show' })).toBeVisible();
  await p.screenshot({ path: screenshotPath('live-thread-bar-390') });
});
