// Mentions and invitations: an employee types "@" and part of a member's handle in the answer editor, picks them
// from the list with the keyboard, and posts; the answer links to the profile and the member is notified. The
// employee then invites another member to answer through the same picker.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createEmployee, newPerson, signInThroughUi, signUpThroughUi } from './support/people';
import { screenshotPath } from './support/screenshots';

async function pageFor(browser: Browser, width = 1280): Promise<Page> {
  return (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
}

test('@mention autocomplete by keyboard, a profile link and a notification; invite to answer', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const asker = newPerson('Ada');
  const expert = newPerson('Mia');
  const helper = newPerson('Ola');
  const staff = newPerson('Eli');
  createEmployee(staff);
  const title = `Pairing the remote fails ${Date.now().toString(36)}`;

  const x = await pageFor(browser);
  await signUpThroughUi(x, expert);
  const h = await pageFor(browser, 390);
  await signUpThroughUi(h, helper);
  const a = await pageFor(browser);
  await signUpThroughUi(a, asker);
  await a.goto('/ask?category=troubleshooting');
  await a.getByLabel('Title', { exact: true }).fill(title);
  await a.getByLabel('Body', { exact: true }).fill('The light blinks twice and then nothing happens.');
  await a.getByRole('button', { name: 'Post your question' }).click();
  await expect(a).toHaveURL(/\/t\/([^/]+\/)?[^/]+$/);
  const threadUrl = new URL(a.url()).pathname;

  const e = await pageFor(browser);
  await signInThroughUi(e, staff);
  await e.goto(threadUrl);
  await e.waitForLoadState('networkidle');
  const editor = e.getByLabel('Answer', { exact: true });
  await editor.click();
  await editor.pressSequentially(`Hold the button for ten seconds. @${expert.handle.slice(0, -1)}`);
  const list = e.getByRole('listbox', { name: 'People to mention' });
  await expect(list.getByRole('option', { name: new RegExp(expert.handle) })).toBeVisible();
  await expect(editor).toHaveAttribute('aria-expanded', 'true');
  await e.screenshot({ path: screenshotPath('mention-autocomplete') });
  // Pick the expert with the keyboard (the list may hold other e2e people with the same prefix).
  for (let i = 0; i < 10; i++) {
    const selected = await list.getByRole('option', { selected: true }).textContent();
    if (selected?.includes(expert.handle)) break;
    await editor.press('ArrowDown');
  }
  await editor.press('Enter');
  await expect(list).toHaveCount(0);
  await expect(editor).toHaveValue(`Hold the button for ten seconds. @${expert.handle} `);
  await editor.pressSequentially('knows these remotes.');
  await e.getByRole('button', { name: 'Post your answer' }).click();
  const answer = e.getByRole('article', { name: `Answer by ${staff.displayName}` });
  await expect(answer.getByRole('link', { name: `@${expert.handle}` })).toHaveAttribute(
    'href',
    `/u/${expert.handle}`,
  );

  // The mention opens the profile inside the app.
  await answer.getByRole('link', { name: `@${expert.handle}` }).click();
  await expect(e).toHaveURL(new RegExp(`/u/${expert.handle}$`));
  await expect(e.getByRole('heading', { level: 1 })).toContainText(expert.displayName);
  await e.goBack();
  await expect(answer).toBeVisible();

  // Invite the helper through the same picker.
  await e.getByText('Know someone who could answer? Invite them').click();
  const picker = e.getByRole('combobox', { name: 'Member to invite' });
  await picker.fill(helper.handle);
  const members = e.getByRole('listbox', { name: 'Members' });
  await expect(members.getByRole('option', { name: new RegExp(helper.handle) })).toBeVisible();
  await picker.press('Enter');
  await e.getByRole('button', { name: `Invite @${helper.handle}` }).click();
  await expect(e.getByRole('status').filter({ hasText: 'Invited' })).toContainText(`@${helper.handle}`);
  await e.screenshot({ path: screenshotPath('invite-to-answer'), fullPage: true });
  // Inviting the same person again says why not.
  await picker.fill(helper.handle);
  await expect(members.getByRole('option', { name: new RegExp(helper.handle) })).toBeVisible();
  await picker.press('Enter');
  await e.getByRole('button', { name: `Invite @${helper.handle}` }).click();
  await expect(e.getByRole('alert')).toContainText('already invited');

  // The expert and the helper hear about it without reloading.
  await x.goto('/notifications');
  await expect(x.getByRole('list', { name: 'Notifications' })).toContainText('You were mentioned');
  await h.goto('/notifications');
  await expect(h.getByRole('list', { name: 'Notifications' })).toContainText('You were invited to answer');

  // The picker at phone width.
  await h.goto(threadUrl);
  await h.getByText('Know someone who could answer? Invite them').click();
  await h.getByRole('combobox', { name: 'Member to invite' }).fill(expert.handle.slice(0, 8));
  await expect(h.getByRole('listbox', { name: 'Members' })).toBeVisible();
  await h.screenshot({ path: screenshotPath('invite-to-answer-390'), fullPage: true });
  const editor390 = h.getByLabel('Answer', { exact: true });
  await editor390.click();
  await editor390.pressSequentially(`@${asker.handle.slice(0, 8)}`);
  await expect(h.getByRole('listbox', { name: 'People to mention' })).toBeVisible();
  await h.screenshot({ path: screenshotPath('mention-autocomplete-390') });
});
