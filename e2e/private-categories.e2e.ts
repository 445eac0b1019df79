// Groups and private categories: an admin creates a group on /groups and adds a member by handle; the category is
// made private to the group in the admin console's category editor; the member
// asks there and finds the question in search; another member finds nothing (search, thread page, category).
// The admin renames the group, and cannot delete it while the category reads through it alone.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createAdmin, newPerson, signInThroughUi, signUpThroughUi } from './support/people';
import { screenshotPath } from './support/screenshots';

async function pageFor(browser: Browser, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  return context.newPage();
}

test('a private category is read and searched by its group only', async ({ browser }) => {
  test.setTimeout(150_000);
  const tag = Date.now().toString(36);
  const word = `zephyrbeta${tag}`;
  const admin = newPerson('Alma');
  const insider = newPerson('Ines');
  const outsider = newPerson('Otto');
  createAdmin(admin);

  const i = await pageFor(browser);
  await signUpThroughUi(i, insider);
  const o = await pageFor(browser);
  await signUpThroughUi(o, outsider);

  // The admin creates the group on /groups and adds the member by handle.
  const a = await pageFor(browser);
  await signInThroughUi(a, admin);
  await a.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Groups' })).toBeVisible();
  await a.getByLabel('Name', { exact: true }).fill(`Beta testers ${tag}`);
  await a.getByLabel('Description', { exact: true }).fill('People trying the next app release early.');
  await a.getByRole('button', { name: 'Create group' }).click();
  await expect(a.getByRole('heading', { level: 1, name: `Beta testers ${tag}` })).toBeVisible();
  const groupId = new URL(a.url()).pathname.split('/').pop()!;
  await a.getByLabel('Handle', { exact: true }).fill(`@${insider.handle}`);
  await a.getByRole('button', { name: 'Add member' }).click();
  await expect(a.locator('.group-members')).toContainText(insider.displayName);
  await expect(a.getByRole('heading', { name: 'Members (1)' })).toBeVisible();
  await a.screenshot({ path: screenshotPath('group-page-desktop'), fullPage: true });

  // The admin creates the category in the console and lets only the group read it.
  const slug = `beta-${tag}`;
  await a.goto('/admin/categories');
  const fresh = a.getByRole('region', { name: 'New category' });
  await fresh.getByLabel('Name', { exact: true }).fill(`Beta lounge ${tag}`);
  await fresh.getByLabel('Slug', { exact: true }).fill(slug);
  await fresh.getByLabel('Description', { exact: true }).fill('For the beta programme only.');
  await fresh.getByRole('button', { name: 'Create category' }).click();
  const lounge = a.getByRole('region', { name: `Beta lounge ${tag}` });
  await lounge.getByRole('button', { name: 'Edit', exact: true }).click();
  await lounge
    .getByRole('group', { name: 'Who may read' })
    .getByRole('checkbox', { name: new RegExp(`Beta testers ${tag}`) })
    .check();
  await lounge.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(lounge).toContainText(`private: Beta testers ${tag}`);

  // The member sees the category, marked private.
  await i.goto(`/c/${slug}`);
  await expect(i.getByTestId('category-private')).toBeVisible();
  await i.screenshot({ path: screenshotPath('private-category-member-desktop'), fullPage: false });

  // The member asks in the private category and finds the question in search.
  await i.goto('/ask');
  await i.getByLabel('Category').selectOption(slug);
  const title = `The ${word} build crashes after the splash screen`;
  await i.getByLabel('Title', { exact: true }).fill(title);
  await i
    .getByLabel('Body', { exact: true })
    .fill(`Since installing the ${word} build my phone shows the splash screen and then closes.`);
  await i.getByRole('button', { name: 'Post your question' }).click();
  await expect(i).toHaveURL(/\/t\/([^/]+\/)?[^/]+$/);
  const threadPath = new URL(i.url()).pathname;
  await expect(i.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(async () => {
    await i.goto(`/search?q=${word}`);
    await expect(i.getByRole('link', { name: title })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await i.screenshot({ path: screenshotPath('private-search-member-desktop'), fullPage: true });

  // Another member sees nothing: not in search, not the thread, not the category, not on the home page.
  await o.goto(`/search?q=${word}`);
  await expect(o.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(o.getByRole('link', { name: title })).toHaveCount(0);
  await expect(o.locator('main')).not.toContainText('splash screen');
  const thread = await o.goto(threadPath);
  expect(thread?.status()).toBe(404);
  await expect(o.getByRole('heading', { name: /could not find that thread/ })).toBeVisible();
  const category = await o.goto(`/c/${slug}`);
  expect(category?.status()).toBe(404);
  await o.goto('/');
  await expect(o.locator('main')).not.toContainText(`Beta lounge ${tag}`);
  await o.goto(`/groups/${groupId}`);
  await expect(o.getByRole('heading', { name: /could not find that group/ })).toBeVisible();

  // The groups pages on a phone.
  const phone = await pageFor(browser, 390);
  await signInThroughUi(phone, admin);
  await phone.goto('/groups');
  await expect(phone.getByRole('link', { name: `Beta testers ${tag}` })).toBeVisible();
  await phone.screenshot({ path: screenshotPath('groups-list-mobile'), fullPage: true });
  await phone.goto(`/groups/${groupId}`);
  await expect(phone.locator('.group-members')).toContainText(insider.displayName);
  await phone.screenshot({ path: screenshotPath('group-page-mobile'), fullPage: true });
  await a.goto('/groups');
  await a.screenshot({ path: screenshotPath('groups-list-desktop'), fullPage: true });

  // The admin renames the group; deleting it is refused while the lounge reads through it alone.
  await a.goto(`/groups/${groupId}`);
  const settings = a.getByRole('region', { name: 'Group settings' });
  await settings.getByLabel('Name', { exact: true }).fill(`Beta crew ${tag}`);
  await settings.getByRole('button', { name: 'Save changes' }).click();
  await expect(a.getByRole('heading', { level: 1, name: `Beta crew ${tag}` })).toBeVisible();
  a.once('dialog', (dialog) => void dialog.accept());
  await settings.getByRole('button', { name: 'Delete group' }).click();
  await expect(settings.getByRole('alert')).toContainText(`Beta lounge ${tag}`);
  await a.screenshot({ path: screenshotPath('group-settings-desktop'), fullPage: true });
  // The member still reads the lounge: nothing was deleted.
  await i.goto(`/c/${slug}`);
  await expect(i.getByTestId('category-private')).toBeVisible();
});
