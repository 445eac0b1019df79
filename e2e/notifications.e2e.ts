// Bringing people back: a customer asks; an employee answers; the customer's bell shows 1 without reloading;
// the email arrives (real SMTP, caught by the run's catcher); the password reset works from the emailed link.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { waitForMail } from './support/mail';
import { createEmployee, newPerson, signInThroughUi, signUpThroughUi } from './support/people';
import { screenshotPath } from './support/screenshots';

async function pageFor(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test('an answer reaches the asker live and by email; the reset link sets a new password', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const customer = newPerson('Nora');
  const staff = newPerson('Eli');
  const title = `My thermostat shows error E7 ${Date.now().toString(36)}`;
  createEmployee(staff);

  const c = await pageFor(browser);
  await signUpThroughUi(c, customer);
  await c.goto('/ask?category=troubleshooting');
  await c.getByLabel('Title', { exact: true }).fill(title);
  await c
    .getByLabel('Body', { exact: true })
    .fill('It started after the update last night. The heating is off.');
  await c.getByRole('button', { name: 'Post your question' }).click();
  await expect(c).toHaveURL(/\/t\/([^/]+\/)?[^/]+$/);
  const threadUrl = new URL(c.url()).pathname;
  // Askers watch their threads automatically; the control on the thread page says so.
  await expect(c.getByLabel('Notify me')).toHaveValue('WATCHING');
  await c.goto('/');
  const bell = c.getByTestId('notification-bell');
  await expect(bell).toBeVisible();
  await expect(c.getByTestId('notification-count')).toHaveCount(0);

  // The employee answers; the customer's page is not reloaded.
  const e = await pageFor(browser);
  await signInThroughUi(e, staff);
  await e.goto(threadUrl);
  await e
    .getByLabel('Answer', { exact: true })
    .fill('Error E7 means the sensor lost power: reseat the batteries.');
  await e.getByRole('button', { name: 'Post your answer' }).click();
  await expect(e.getByRole('article', { name: `Answer by ${staff.displayName}` })).toBeVisible();

  await expect(c.getByTestId('notification-count')).toHaveText(/^1/);
  await bell.click();
  const menu = c.getByRole('region', { name: 'Latest notifications' });
  await expect(menu).toContainText('An official answer to your question');
  await expect(menu).toContainText(title);
  await c.screenshot({ path: screenshotPath('notifications-bell') });

  // The email arrived over SMTP, with the answer, a link and one-click unsubscribe.
  const mail = await waitForMail(customer.email, /official answer/i);
  expect(mail.parsed.text).toContain('reseat the batteries');
  expect(mail.parsed.text).toContain(threadUrl.split('/').pop());
  expect(mail.parsed.headerLines.some((h) => h.key === 'list-unsubscribe-post')).toBe(true);

  // Opening it from the dropdown reads it; the page lists it as read.
  await menu.getByRole('link', { name: /official answer/ }).click();
  await expect(c).toHaveURL(new RegExp(`${threadUrl.split('/').pop()}`));
  await expect(c.getByTestId('notification-count')).toHaveCount(0);
  await c.goto('/notifications');
  await expect(c.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await expect(c.getByRole('list', { name: 'Notifications' })).toContainText(title);
  await c.screenshot({ path: screenshotPath('notifications-page'), fullPage: true });

  // Forgot password → the emailed link → a new password that signs in.
  const r = await pageFor(browser);
  await r.goto('/signin');
  await r.getByRole('link', { name: 'Forgot password?' }).click();
  // The form submits through the app once hydrated; before that a click would post the page natively.
  await r.waitForLoadState('networkidle');
  await r.getByLabel('Email', { exact: true }).fill(customer.email);
  await r.getByRole('button', { name: 'Send the link' }).click();
  await expect(r.getByRole('status')).toContainText('on its way');
  const reset = await waitForMail(customer.email, /reset your/i);
  const link = reset.parsed.text?.match(/https?:\/\/\S+\/reset-password\?token=\S+/)?.[0];
  expect(link).toBeTruthy();
  await r.goto(new URL(link!).pathname + new URL(link!).search);
  await r.waitForLoadState('networkidle');
  await r.getByLabel('New password', { exact: true }).fill('a different long passphrase');
  await r.getByRole('button', { name: 'Set the new password' }).click();
  await expect(r.getByRole('status')).toContainText('Your password is changed');
  await r.screenshot({ path: screenshotPath('reset-password') });
  await signInThroughUi(r, { ...customer, password: 'a different long passphrase' });
});
