// The care journey: a customer asks; the question shows in the employee's queue with its time left; the
// employee assigns it to themself and answers with a saved reply; the customer accepts and rates the help;
// the analytics dashboard moves accordingly.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createEmployee, newPerson, signInThroughUi, signUpThroughUi } from './support/people';
import { screenshotPath } from './support/screenshots';

async function pageFor(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** The number of ratings the satisfaction figure is based on ("3 ratings"). */
async function ratingCount(page: Page): Promise<number> {
  await page.goto('/staff/analytics');
  const figure = page.getByTestId('fig-satisfaction');
  await expect(figure).toContainText('rating');
  return Number((await figure.locator('.figure__note').textContent())?.match(/\d+/)?.[0] ?? '0');
}

test('a question is routed, answered with a saved reply, rated, and measured', async ({ browser }) => {
  test.setTimeout(120_000);
  const customer = newPerson('Cleo');
  const staff = newPerson('Sam');
  const title = `My smart plug will not pair ${Date.now().toString(36)}`;

  createEmployee(staff);
  const e = await pageFor(browser);
  await signInThroughUi(e, staff);
  const ratingsBefore = await ratingCount(e);

  // The customer asks; the ask page shows the expected wait for the chosen category.
  const c = await pageFor(browser);
  await signUpThroughUi(c, customer);
  await c.goto('/ask?category=troubleshooting');
  await expect(c.getByTestId('expected-wait')).toContainText('Expected wait for an official answer');
  await c.getByLabel('Title', { exact: true }).fill(title);
  await c.getByLabel('Body', { exact: true }).fill('The app says the device is not found. I am frustrated.');
  await c.getByRole('button', { name: 'Post your question' }).click();
  await expect(c).toHaveURL(/\/t\/([^/]+\/)?[^/]+$/);
  const threadUrl = new URL(c.url()).pathname;

  // The employee keeps a saved reply for this.
  await e.goto('/care/replies');
  await e.getByLabel('Title', { exact: true }).fill('Pairing reset');
  await e
    .getByLabel('Reply', { exact: true })
    .fill(
      'Hi {{customer_name}}, sorry about "{{thread_title}}". Hold the button for 5 seconds to reset pairing.',
    );
  await e.getByRole('button', { name: 'Add saved reply' }).click();
  await expect(e.getByRole('heading', { name: 'Pairing reset' })).toBeVisible();

  // The question is in the queue with its time left, and the employee takes it.
  await e.getByRole('link', { name: 'Care', exact: true }).click();
  await expect(e.getByRole('heading', { level: 1, name: 'Care queue' })).toBeVisible();
  const item = e.getByTestId('care-item').filter({ hasText: title });
  await expect(item).toBeVisible();
  await expect(item.getByTestId('time-left')).toContainText(/left|Overdue/);
  await item.getByLabel('Assigned to').selectOption({ label: 'Me' });
  await expect(item.getByLabel('Assigned to').locator('option:checked')).toHaveText('Me');
  await e.getByRole('tab', { name: 'My queue' }).click();
  await expect(e.getByTestId('care-item').filter({ hasText: title })).toBeVisible();
  await e.screenshot({ path: screenshotPath('care-queue'), fullPage: true });

  // On the thread, the saved reply goes into the answer editor filled in for this customer.
  await e.goto(threadUrl);
  await expect(e.getByRole('region', { name: 'Routing' })).toContainText(
    `${staff.displayName} assigned it to ${staff.displayName}`,
  );
  await e.getByLabel('Saved reply').selectOption({ label: 'Pairing reset' });
  await e.getByRole('button', { name: 'Insert', exact: true }).click();
  const editor = e.getByLabel('Answer', { exact: true });
  await expect(editor).toHaveValue(new RegExp(`Hi ${customer.displayName}, sorry about "${title}"`));
  await e.screenshot({ path: screenshotPath('care-thread'), fullPage: true });
  await e.getByRole('button', { name: 'Post your answer' }).click();
  await expect(e.getByRole('article', { name: `Answer by ${staff.displayName}` })).toContainText(
    'Hold the button for 5 seconds',
  );

  // Answered officially, it leaves the queue.
  await e.goto('/care');
  await expect(e.getByRole('heading', { level: 1, name: 'Care queue' })).toBeVisible();
  await expect(e.getByTestId('care-item').filter({ hasText: title })).toHaveCount(0);

  // The customer accepts the answer and rates the help, once.
  await c.reload();
  await c
    .getByRole('article', { name: `Answer by ${staff.displayName}` })
    .getByRole('button', { name: 'Accept this answer' })
    .click();
  await expect(c.getByRole('heading', { name: 'How was the help you got?' })).toBeVisible();
  await c.getByRole('radio', { name: '5 out of 5' }).check({ force: true });
  await c.getByLabel('Comment (optional)').fill('Fixed in a minute, thanks!');
  await c.getByRole('button', { name: 'Send rating' }).click();
  await expect(c.getByTestId('your-rating')).toContainText('5/5');
  await expect(c.getByRole('heading', { name: 'How was the help you got?' })).toHaveCount(0);
  await c.screenshot({ path: screenshotPath('care-rated'), fullPage: true });

  // The dashboard counts the new rating.
  expect(await ratingCount(e)).toBe(ratingsBefore + 1);
  await e.screenshot({ path: screenshotPath('analytics'), fullPage: true });
});
