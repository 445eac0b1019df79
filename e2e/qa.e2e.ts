// The Q&A journey: ask, answer, accept, upvote; reputation on the profile; a new member's vote is refused.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createEmployee, newPerson, signInThroughUi, signUpThroughUi, type Person } from './support/people';
import { screenshotPath } from './support/screenshots';

async function pageFor(browser: Browser): Promise<Page> {
  // One browser context per person: each has its own session cookie.
  const context = await browser.newContext();
  return context.newPage();
}

const answerBy = (page: Page, person: Person) =>
  page.getByRole('article', { name: `Answer by ${person.displayName}` });

test('a question is asked, answered, accepted and upvoted, and reputation follows', async ({ browser }) => {
  // Four people sign up and act in turn: over two minutes when the machine is loaded.
  test.setTimeout(240_000);
  const asker = newPerson('Ada');
  const answerer = newPerson('Bo');
  const staff = newPerson('Erin');
  const newcomer = newPerson('Cy');
  const title = `Export to CSV drops the last row ${Date.now().toString(36)}`;

  // A asks through the ask page, reached from the category.
  const a = await pageFor(browser);
  await signUpThroughUi(a, asker);
  await a.goto('/c/troubleshooting');
  await a.getByRole('link', { name: 'Ask a question', exact: true }).click();
  await expect(a).toHaveURL(/\/ask\?category=troubleshooting$/);
  await expect(a.getByRole('heading', { level: 1, name: 'Ask the community' })).toBeVisible();
  await expect(a.getByRole('radio', { name: /Question/ })).toBeChecked();
  await expect(a.getByLabel('Category')).toHaveValue('troubleshooting');
  await a.getByLabel('Title', { exact: true }).fill(title);
  await a
    .getByLabel('Body', { exact: true })
    .fill('When I export my report to CSV the **last row** is missing.\n\nI tried Chrome and Firefox.');
  await a.getByLabel('Tags', { exact: true }).fill('export, CSV');
  await a.getByRole('tab', { name: 'Preview' }).click();
  await expect(a.getByRole('tabpanel').locator('strong')).toHaveText('last row');
  await a.screenshot({ path: screenshotPath('ask'), fullPage: true });
  await a.getByRole('tab', { name: 'Write' }).click();
  await a.getByRole('button', { name: 'Post your question' }).click();

  await expect(a).toHaveURL(/\/t\/([^/]+\/)?[^/]+$/);
  const threadUrl = new URL(a.url()).pathname;
  await expect(a.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(a.getByRole('article', { name: 'Question' }).locator('strong')).toHaveText('last row');
  await expect(a.getByRole('list', { name: 'Tags' }).first()).toContainText('csv');

  // B answers on the thread page.
  const b = await pageFor(browser);
  await signUpThroughUi(b, answerer);
  await b.goto(threadUrl);
  await b
    .getByLabel('Answer', { exact: true })
    .fill('Add an empty line at the end of the file; the exporter skips the last line otherwise.');
  await b.getByRole('button', { name: 'Post your answer' }).click();
  await expect(answerBy(b, answerer)).toContainText('skips the last line');
  await expect(b.getByRole('heading', { level: 2, name: '1 Answer' })).toBeVisible();

  // A accepts it.
  await a.reload();
  const answerSeenByA = answerBy(a, answerer);
  await answerSeenByA.getByRole('button', { name: 'Accept this answer' }).click();
  await expect(answerSeenByA.getByText('Accepted', { exact: true })).toBeVisible();
  await expect(a.locator('.thread-header')).toContainText('Solved');

  // A edits the question; the edit page and the thread's History show the revisions.
  await a.getByRole('article', { name: 'Question' }).getByRole('link', { name: 'Edit' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Edit thread' })).toBeVisible();
  await expect(a.getByLabel('Title', { exact: true })).toHaveValue(title);
  await a
    .getByLabel('Body', { exact: true })
    .fill('When I export my report to CSV the **last row** is missing.\n\nChrome 126 and Firefox 127 both.');
  await a.getByRole('button', { name: 'Save changes' }).click();
  await expect(a.getByRole('article', { name: 'Question' })).toContainText('Chrome 126 and Firefox 127');
  await a.getByRole('link', { name: 'History' }).click();
  // A revision keeps the text from before the edit.
  const revisions = a.getByRole('region', { name: 'Revisions', exact: true });
  await expect(revisions).toContainText('I tried Chrome and Firefox.');
  await expect(revisions).toContainText(`by ${asker.displayName}`);
  await a.screenshot({ path: screenshotPath('thread-history'), fullPage: true });

  // An employee, made with the CLI, signs in and upvotes the answer.
  createEmployee(staff);
  const e = await pageFor(browser);
  await signInThroughUi(e, staff);
  await e.goto(threadUrl);
  const upvote = answerBy(e, answerer).getByRole('button', { name: 'Upvote this answer' });
  await upvote.click();
  await expect(upvote).toHaveAttribute('aria-pressed', 'true');
  await expect(answerBy(e, answerer).getByRole('group', { name: 'Votes on this answer' })).toContainText('1');

  // Staff comment without earning reputation first; the comment shows under the question with the badge.
  const question = e.getByRole('article', { name: 'Question' });
  await question.getByRole('button', { name: 'Add a comment' }).click();
  await question
    .getByLabel('Comment on this question')
    .fill('Thanks for the report: a fix for the exporter ships next week.');
  await question.getByRole('button', { name: 'Post comment' }).click();
  const comment = question.getByRole('listitem').filter({ hasText: 'a fix for the exporter' });
  await expect(comment).toContainText(staff.displayName);
  await expect(comment).toContainText('Staff');
  await e.screenshot({ path: screenshotPath('thread'), fullPage: true });

  // B's profile shows 1 + 10 (upvote) + 15 (accepted) = 26.
  await b.goto(`/u/${answerer.handle}`);
  await expect(b.getByRole('heading', { level: 1, name: answerer.displayName })).toBeVisible();
  await expect(b.getByTestId('reputation')).toHaveText('26');
  const history = b.getByRole('region', { name: 'Reputation history' });
  await expect(history.getByRole('row', { name: /\+15 Answer accepted/ })).toBeVisible();
  await expect(history.getByRole('row', { name: /\+10 Answer upvoted/ })).toBeVisible();
  await expect(b.getByRole('region', { name: /Answers/ }).getByRole('link', { name: title })).toBeVisible();
  await b.screenshot({ path: screenshotPath('profile'), fullPage: true });

  // The author's name on the thread leads to the profile.
  await e.getByRole('article', { name: 'Question' }).getByRole('link', { name: asker.displayName }).click();
  await expect(e).toHaveURL(new RegExp(`/u/${asker.handle}$`));
  await expect(e.getByTestId('reputation')).toHaveText('3');

  // C, with the starting reputation of 1, may not vote: the buttons are disabled and say why before a click.
  const c = await pageFor(browser);
  await signUpThroughUi(c, newcomer);
  await c.goto(threadUrl);
  const answerSeenByC = answerBy(c, answerer);
  const refusedUpvote = answerSeenByC.getByRole('button', { name: 'Upvote this answer' });
  await expect(refusedUpvote).toBeDisabled();
  await expect(refusedUpvote).toHaveAttribute('title', /15 reputation/);
  await expect(c.getByRole('article', { name: 'Question' })).toContainText('needs 15 reputation');
  await expect(refusedUpvote).toHaveAttribute('aria-pressed', 'false');
  await c.screenshot({ path: screenshotPath('thread-vote-refused'), fullPage: true });

  // The thread is listed in its category, and the tag filter finds it.
  await c.goto('/c/troubleshooting');
  await expect(c.getByRole('link', { name: title })).toBeVisible();
  await c.getByLabel('Tag', { exact: true }).selectOption('csv');
  await expect(c).toHaveURL(/tag=csv/);
  await expect(c.getByRole('link', { name: title })).toBeVisible();
  await c.getByLabel('Status', { exact: true }).selectOption('OPEN');
  await expect(c.getByRole('heading', { name: 'No threads match these filters' })).toBeVisible();
  await c.getByLabel('Status', { exact: true }).selectOption('SOLVED');
  await expect(c.getByRole('link', { name: title })).toBeVisible();
  await c.screenshot({ path: screenshotPath('category'), fullPage: true });

  // The home page lists it too.
  await c.goto('/');
  await expect(c.getByRole('region', { name: 'Newest' }).getByRole('link', { name: title })).toBeVisible();
  await c.screenshot({ path: screenshotPath('home-qa'), fullPage: true });
});

test('the ask page explains what is missing next to each field', async ({ page }) => {
  await signUpThroughUi(page, newPerson('Dee'));
  await page.goto('/ask');
  await page.getByRole('button', { name: 'Post your question' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: screenshotPath('ask-errors'), fullPage: true });
});
