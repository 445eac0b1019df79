// The brand's voice and the moderators' hand: an employee publishes a pinned, signed announcement; a customer
// sees the banner and who signed it; a moderator closes a question as a duplicate and the customer sees the link.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createEmployee, newPerson, signInThroughUi, signUpThroughUi, type Person } from './support/people';
import { e2eDatabaseUrl, repoRoot } from './support/product';
import { screenshotPath } from './support/screenshots';

async function pageFor(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** Creates a moderator with the admin CLI, as an operator would. */
function createModerator(person: Person): void {
  execFileSync(
    process.execPath,
    [
      join(repoRoot, 'dist/tools/account.js'),
      ...['--email', person.email, '--handle', person.handle, '--password', person.password],
      ...['--name', person.displayName, '--role', 'moderator'],
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), LOG_LEVEL: 'error' },
      stdio: 'pipe',
    },
  );
}

async function ask(page: Page, title: string): Promise<string> {
  await page.goto('/ask?category=troubleshooting');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Body', { exact: true }).fill('The router blinks red after the firmware update.');
  await page.getByRole('button', { name: 'Post your question' }).click();
  await expect(page).toHaveURL(/\/t\/([^/]+\/)?[^/]+$/);
  return new URL(page.url()).pathname;
}

test('a signed, pinned announcement reaches customers; a duplicate links to its original', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const run = Date.now().toString(36);
  const staff = newPerson('Dana');
  const moderator = newPerson('Mo');
  const customer = newPerson('Cat');
  createEmployee(staff);
  createModerator(moderator);
  const title = `Service window on Sunday ${run}`;

  // The employee publishes a pinned announcement from the nav's "Announce" page.
  const e = await pageFor(browser);
  await signInThroughUi(e, staff);
  await e.getByRole('link', { name: 'Announce', exact: true }).click();
  await expect(e.getByRole('heading', { level: 1, name: 'New announcement' })).toBeVisible();
  await e.getByLabel('Category').selectOption({ label: 'Troubleshooting' });
  await e.getByLabel('Title', { exact: true }).fill(title);
  await e.getByLabel('Body', { exact: true }).fill('We upgrade the servers from **02:00 to 04:00 UTC**.');
  const until = new Date(Date.now() + 3 * 86_400_000);
  await e.getByLabel('Pinned until').fill(until.toISOString().slice(0, 16));
  await e.getByRole('button', { name: 'Sign and publish' }).click();
  await expect(e).toHaveURL(/\/announcements\/[^/]+$/);
  await expect(e.getByText(`Signed by ${staff.displayName}, Support Engineer`)).toBeVisible();
  await expect(e.getByText('Verified signature')).toBeVisible();

  // A customer sees the banner on the home page and in the category, and who signed it.
  const c = await pageFor(browser);
  await signUpThroughUi(c, customer);
  await c.goto('/');
  const banner = c.getByRole('region', { name: 'Announcements' });
  await expect(banner.getByRole('link', { name: title })).toBeVisible();
  await expect(banner).toContainText(`Signed by ${staff.displayName}, Support Engineer`);
  await c.screenshot({ path: screenshotPath('voice-home-banner'), fullPage: true });
  await c.goto('/c/troubleshooting');
  await expect(
    c.getByRole('region', { name: 'Announcements' }).getByRole('link', { name: title }),
  ).toBeVisible();
  await c.getByRole('region', { name: 'Announcements' }).getByRole('link', { name: title }).click();
  await expect(c.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(c.getByText(`Signed by ${staff.displayName}, Support Engineer`)).toBeVisible();
  await expect(c.getByText('Verified signature')).toBeVisible();
  await expect(c.locator('.announcement__body strong')).toHaveText('02:00 to 04:00 UTC');
  await c.screenshot({ path: screenshotPath('voice-announcement'), fullPage: true });

  // The customer asks a question that was already asked; a moderator closes it as a duplicate.
  const originalPath = await ask(c, `Router blinks red after update ${run}`);
  const duplicatePath = await ask(c, `Red blinking router after firmware ${run}`);
  const m = await pageFor(browser);
  await signInThroughUi(m, moderator);
  await m.goto(duplicatePath);
  await m.getByText('Moderate', { exact: true }).click();
  await m.getByLabel('Action').selectOption({ label: 'Close as duplicate' });
  await m.getByLabel('Original thread').fill(`http://localhost${originalPath}`);
  await m.getByLabel('Reason').fill('Same question, already answered there');
  await m.screenshot({ path: screenshotPath('voice-moderate'), fullPage: true });
  await m.getByRole('button', { name: 'Apply' }).click();
  await expect(m.getByRole('note').filter({ hasText: 'Closed as a duplicate' })).toBeVisible();

  // The customer sees the notice with the link to the original, and follows it.
  await c.goto(duplicatePath);
  const notice = c.getByRole('note').filter({ hasText: 'Closed as a duplicate' });
  await expect(notice).toBeVisible();
  await c.screenshot({ path: screenshotPath('voice-duplicate'), fullPage: true });
  await notice.getByRole('link', { name: `Router blinks red after update ${run}` }).click();
  // The link leads to the original's canonical address, /t/<slug>/<id>.
  const originalId = originalPath.split('/').at(-1);
  await expect(c).toHaveURL(new RegExp(`/t/[^/]+/${originalId}$`));

  // The employee answers the original: the customer sees the official badge with name and job title.
  await e.goto(originalPath);
  await e
    .getByLabel('Answer', { exact: true })
    .fill('Hold the reset button for 10 seconds, then update again.');
  await e.getByRole('button', { name: 'Post your answer' }).click();
  await expect(e.getByRole('article', { name: `Answer by ${staff.displayName}` })).toBeVisible();
  await c.reload();
  const official = c.getByRole('article', { name: `Answer by ${staff.displayName}` });
  await expect(official).toContainText('Official');
  await expect(official).toContainText(`First official answer from ${staff.displayName}, Support Engineer`);
  await c.screenshot({ path: screenshotPath('voice-official-answer'), fullPage: true });

  // The moderator features the original: it leads the customer's home page.
  await m.goto(originalPath);
  await m.getByText('Moderate', { exact: true }).click();
  await m.getByLabel('Action').selectOption({ label: 'Feature' });
  await m.getByLabel('Reason').fill('Clear official fix');
  await m.getByRole('button', { name: 'Apply' }).click();
  await expect(m.getByText('Featured', { exact: true })).toBeVisible();
  await c.goto('/');
  const featured = c.getByRole('region', { name: 'Featured' });
  await expect(featured.getByRole('link', { name: `Router blinks red after update ${run}` })).toBeVisible();
  await c.screenshot({ path: screenshotPath('voice-home-featured'), fullPage: true });

  // The moderator's action is in the audit log with its reason.
  await m.goto('/mod/log');
  await expect(m.getByRole('cell', { name: 'Same question, already answered there' })).toBeVisible();
  await m.screenshot({ path: screenshotPath('voice-audit-log'), fullPage: true });
});
