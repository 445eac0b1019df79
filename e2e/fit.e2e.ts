// Fit and finish (issue 11), as people see it: sign-in returns to where you were, duplicates say so, status
// badges only on questions, community-wide lists and tag pages, and the small-screen header and pages.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createEmployee, newPerson, signUpThroughUi, type Person } from './support/people';
import { e2eDatabaseUrl, repoRoot } from './support/product';
import { screenshotPath } from './support/screenshots';

const MOBILE = { width: 390, height: 844 };

async function pageFor(browser: Browser, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext(viewport ? { viewport } : {});
  return context.newPage();
}

async function gql<T>(page: Page, query: string): Promise<T> {
  const res = await page.request.post('/graphql', {
    headers: { 'apollo-require-preflight': 'true' },
    data: { query },
  });
  return ((await res.json()) as { data: T }).data;
}

/** The seeded demo community's threads (the e2e server starts with the demo seed). */
async function seededThread(page: Page, title: string): Promise<string> {
  const { threads } = await gql<{ threads: { edges: { node: { id: string; title: string } }[] } }>(
    page,
    '{ threads(first: 100, sort: NEWEST) { edges { node { id title } } } }',
  );
  const found = threads.edges.find((e) => e.node.title === title);
  if (!found) throw new Error(`The demo seed has no thread "${title}"`);
  return `/t/${found.node.id}`;
}

async function fillSignIn(page: Page, person: Person): Promise<void> {
  await page.getByLabel('Email', { exact: true }).fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('banner')).toContainText(person.displayName);
}

let member: Person;
test.beforeAll(async ({ browser }) => {
  member = newPerson('Rita');
  const page = await pageFor(browser);
  await signUpThroughUi(page, member);
  await page.context().close();
});

test('signing in returns to the page you came from, and never to another site', async ({ browser }) => {
  test.setTimeout(120_000); // six sign-ins, each an argon2 hash on a busy machine
  // From "Sign in to answer" on a thread.
  const onThread = await pageFor(browser);
  const thread = await seededThread(onThread, 'Does Acme Sync work on Linux?');
  await onThread.goto(thread);
  const yourAnswer = onThread.getByRole('region', { name: 'Your answer' });
  await yourAnswer.getByRole('link', { name: 'Sign in' }).click();
  await expect(onThread).toHaveURL(/\/signin\?next=/);
  await fillSignIn(onThread, member);
  // Thread addresses may carry a readable slug before the id: /t/<slug>/<id>.
  await expect(onThread).toHaveURL(new RegExp(`/t/(.+/)?${thread.split('/').pop()}$`));
  await expect(yourAnswer.getByRole('button', { name: 'Post your answer' })).toBeVisible();

  // From /ask, through the header's link.
  const onAsk = await pageFor(browser);
  await onAsk.goto('/ask');
  await onAsk.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await fillSignIn(onAsk, member);
  await expect(onAsk).toHaveURL(/\/ask$/);
  await expect(onAsk.getByRole('button', { name: 'Post your question' })).toBeVisible();

  // Hostile return addresses end on our home page.
  for (const next of [
    '//evil.example/steal',
    'https://evil.example/',
    '/\\evil.example',
    '/\t/evil.example',
    'javascript:alert(1)',
  ]) {
    const page = await pageFor(browser);
    const origin = new URL(onAsk.url()).origin;
    await page.goto(`/signin?next=${encodeURIComponent(next)}`);
    await fillSignIn(page, member);
    await expect(page).toHaveURL(`${origin}/`);
    await page.context().close();
  }
});

test('a question closed as a duplicate says so and takes no answers; discussions show no status', async ({
  browser,
}) => {
  for (const viewport of [undefined, MOBILE]) {
    const page = await pageFor(browser, viewport);
    const original = await seededThread(page, 'Desktop app stuck on "Indexing 0 of 12 000 files"');
    await page.goto(await seededThread(page, 'Mac app stays at "Indexing 0 files" after update'));
    const header = page.locator('.thread-header');
    await expect(header.getByText('Duplicate', { exact: true })).toBeVisible();
    await expect(header.getByText('Open', { exact: true })).toHaveCount(0);
    await expect(page.getByRole('note').getByRole('link')).toHaveAttribute('href', original);
    const yourAnswer = page.getByRole('region', { name: 'Your answer' });
    await expect(yourAnswer).toContainText('closed as a duplicate');
    await expect(yourAnswer.getByRole('link', { name: 'Sign in' })).toHaveCount(0);
    await expect(yourAnswer.getByRole('link')).toHaveAttribute('href', original);
    await page.screenshot({
      path: screenshotPath(`duplicate${viewport ? '-mobile' : ''}`),
      fullPage: true,
    });

    // A discussion with replies is neither "Answered" nor "Open".
    await page.goto(
      await seededThread(page, 'Share your folder layout: how do you organise a family account?'),
    );
    await expect(page.getByRole('heading', { level: 2, name: '2 Answers' })).toBeVisible();
    await expect(page.locator('.thread-header .badge--status')).toHaveCount(0);
    await page.context().close();
  }
});

test('popular and latest have pages of their own with paging, and tags have pages across categories', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  for (const viewport of [undefined, MOBILE]) {
    const page = await pageFor(browser, viewport);
    const suffix = viewport ? '-mobile' : '';
    for (const [heading, path] of [
      ['Popular', '/popular'],
      ['Latest', '/latest'],
    ]) {
      await page.goto('/');
      await page
        .getByRole('region', { name: heading === 'Latest' ? 'Newest' : heading })
        .getByRole('link', { name: `See all ${heading.toLowerCase()} threads` })
        .click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${heading}`) })).toBeVisible();
      const rows = page.getByRole('list', { name: heading }).getByRole('article');
      await expect(rows).toHaveCount(20);
      await page.getByRole('button', { name: 'Load more' }).click();
      await expect.poll(() => rows.count()).toBeGreaterThan(20);
      await page.screenshot({ path: screenshotPath(`${heading.toLowerCase()}${suffix}`), fullPage: true });
    }

    // A tag on a thread leads to the tag's page, with threads from several categories.
    await page.goto(await seededThread(page, 'Selective sync for external drives'));
    await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: 'desktop' }).click();
    await expect(page).toHaveURL(/\/tags\/desktop$/);
    await expect(page.getByRole('heading', { level: 1, name: /Tagged “desktop”/ })).toBeVisible();
    const list = page.getByRole('list', { name: 'Tagged “desktop”' });
    for (const category of ['Getting started', 'Troubleshooting', 'Ideas'])
      await expect(list.getByRole('link', { name: category, exact: true }).first()).toBeVisible();
    await page.screenshot({ path: screenshotPath(`tag${suffix}`), fullPage: true });
    await page.context().close();
  }
});

test('small screens: a one-row header with a menu, no sideways scrolling, readable muted text', async ({
  browser,
}) => {
  const page = await pageFor(browser, MOBILE);
  await page.goto('/');
  const header = page.getByRole('banner');
  const height = (await header.boundingBox())?.height ?? 0;
  expect(height).toBeLessThan(80);
  await expect(header.getByRole('link', { name: 'Sign in' })).toBeHidden();
  await header.getByRole('button', { name: 'Menu' }).click();
  await expect(header.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
  await expect(header.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(header.getByRole('searchbox')).toBeVisible();
  await page.screenshot({ path: screenshotPath('header-menu-mobile') });
  await header.getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await expect(header.getByRole('link', { name: 'Sign up' })).toBeHidden(); // the menu closed

  // The announcement with its "Pinned until" badge fits the width.
  const { announcements } = await gql<{ announcements: { edges: { node: { id: string } }[] } }>(
    page,
    '{ announcements(first: 1) { edges { node { id } } } }',
  );
  await page.goto(`/announcements/${announcements.edges[0].node.id}`);
  await expect(page.getByText(/Pinned until/)).toBeVisible();
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
    MOBILE.width,
  );
  await page.screenshot({ path: screenshotPath('announcement-mobile'), fullPage: true });

  // Muted text meets the 4.5:1 AA contrast minimum on the page background.
  await page.goto('/search?q=zzqxv%20nothing%20like%20this');
  const empty = page.locator('.search-empty');
  await expect(empty).toContainText('Nothing matches “zzqxv nothing like this”.');
  await expect(empty).toContainText('Try fewer or different words.');
  expect(await empty.innerText()).not.toMatch(/\s[,.]/); // no stray space before punctuation
  // Evaluated as a string: these files are type-checked without the DOM library.
  const colors = await page.evaluate<{ fg: string; bg: string }>(`(() => {
    const probe = document.createElement('p');
    probe.className = 'muted';
    probe.textContent = 'probe';
    document.querySelector('main').append(probe);
    return { fg: getComputedStyle(probe).color, bg: getComputedStyle(document.body).backgroundColor };
  })()`);
  const luminance = (css: string) => {
    const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const [fg, bg] = [luminance(colors.fg), luminance(colors.bg)];
  const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  expect(ratio).toBeGreaterThanOrEqual(4.5);
  await page.screenshot({ path: screenshotPath('search-empty-mobile'), fullPage: true });
  await page.context().close();
});

test('the expected wait has a drawn icon and the analytics filters look like the other fields', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const page = await pageFor(browser);
  await page.goto('/c/billing');
  const wait = page.getByTestId('expected-wait');
  await expect(wait).toContainText('Expected wait for an official answer');
  await expect(wait.locator('svg')).toBeVisible();
  expect(await wait.innerText()).not.toContain('⏱');

  const staff = newPerson('Erin');
  createEmployee(staff);
  await page.goto('/signin?next=%2Fstaff%2Fanalytics');
  await fillSignIn(page, staff);
  await expect(page).toHaveURL(/\/staff\/analytics$/);
  for (const label of ['Period', 'Category'])
    await expect(page.getByLabel(label, { exact: true })).toHaveClass(/field__select/);
  await page.screenshot({ path: screenshotPath('analytics'), fullPage: true });
  await page.setViewportSize(MOBILE);
  await page.screenshot({ path: screenshotPath('analytics-mobile'), fullPage: true });
});

test('care: route to a colleague, warn about a placeholder, history follows the thread, close a follow-up', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const lead = newPerson('Lena');
  const colleague = newPerson('Omar');
  createEmployee(lead);
  createEmployee(colleague);
  const e = await pageFor(browser);
  await e.goto('/signin');
  await fillSignIn(e, lead);

  // Enough waiting questions for a second page of the queue (50 a page), asked by two staff accounts.
  const asker = await pageFor(browser);
  await asker.goto('/signin');
  await fillSignIn(asker, colleague);
  const { categories } = await gql<{ categories: { id: string }[] }>(asker, '{ categories { id } }');
  const stamp = Date.now().toString(36);
  for (let i = 0; i < 50; i++) {
    const who = i % 2 ? asker : e;
    const res = await who.request.post('/graphql', {
      headers: { 'apollo-require-preflight': 'true' },
      data: {
        query: 'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }',
        variables: {
          i: {
            kind: 'QUESTION',
            categoryId: categories[0].id,
            title: `Queue paging check ${stamp} number ${i + 1}`,
            body: 'Waiting for an official answer.',
            tags: [],
          },
        },
      },
    });
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
  }

  await e.goto('/care');
  const items = e.getByTestId('care-item');
  await expect(items).toHaveCount(50);
  await e.getByRole('button', { name: 'Load more' }).click();
  await expect.poll(() => items.count()).toBeGreaterThan(50);

  // Route the oldest waiting question (a seeded one) to a colleague from the queue.
  const first = items.first();
  const title = (await first.locator('.care-item__title').innerText()).trim();
  await first
    .getByLabel('Assigned to')
    .selectOption({ label: `${colleague.displayName} (Support Engineer)` });
  await expect(first.getByLabel('Assigned to').locator('option:checked')).toHaveText(
    `${colleague.displayName} (Support Engineer)`,
  );
  await e.screenshot({ path: screenshotPath('care-queue-assign') });
  await asker.goto('/care');
  await asker.getByRole('tab', { name: 'My queue' }).click();
  await expect(asker.getByTestId('care-item').filter({ hasText: title })).toBeVisible();

  // On the thread: the routing shows, a leftover placeholder is flagged and refused, history follows.
  await first.locator('.care-item__title').click();
  const panel = e.getByRole('complementary', { name: 'Care console' });
  await expect(panel.getByLabel('Assigned to').locator('option:checked')).toHaveText(
    `${colleague.displayName} (Support Engineer)`,
  );
  const history = e.getByRole('region', { name: /^About / });
  const received = async () => Number((await history.innerText()).match(/(\d+) answers? received/)?.[1]);
  const before = await received();
  const editor = e.getByLabel('Answer', { exact: true });
  await editor.fill('Hi {{customer_name}}, we are on it: {{unknown_thing}}');
  await expect(e.getByRole('status').filter({ hasText: 'Fill in' })).toContainText('{{unknown_thing}}');
  await e.screenshot({ path: screenshotPath('care-placeholder-warning'), fullPage: true });
  await e.getByRole('button', { name: 'Post your answer' }).click();
  await expect(e.getByRole('alert')).toContainText('Replace {{customer_name}}, {{unknown_thing}}');
  await editor.fill('We are on it: a fix ships on Friday.');
  await e.getByRole('button', { name: 'Post your answer' }).click();
  await expect(e.getByRole('article', { name: `Answer by ${lead.displayName}` })).toBeVisible();
  await expect.poll(received).toBe(before + 1);

  // A question closed as a duplicate takes no answers, so no saved-reply picker either.
  await e.goto(await seededThread(e, 'Mac app stays at "Indexing 0 files" after update'));
  await expect(e.getByRole('complementary', { name: 'Care console' })).toBeVisible();
  await expect(e.getByLabel('Saved reply')).toHaveCount(0);

  // A private follow-up can be closed from its page.
  await e.goto(await seededThread(e, 'Does Acme Sync work on Linux?'));
  await e.getByRole('button', { name: 'Follow up in private' }).click();
  await e.getByLabel('Private message to the asker').fill('Which distribution do you use?');
  await e.getByRole('button', { name: 'Send privately' }).click();
  await expect(e).toHaveURL(/\/care\/conversations\//);
  await e.getByRole('button', { name: 'Close follow-up' }).click();
  await expect(e.getByText('This conversation is closed.')).toBeVisible();
  await expect(e.getByRole('button', { name: 'Close follow-up' })).toHaveCount(0);
  await e.screenshot({ path: screenshotPath('care-follow-up-closed'), fullPage: true });
  await e.setViewportSize(MOBILE);
  await e.goto('/care');
  await expect(e.getByTestId('care-item').first()).toBeVisible();
  await e.screenshot({ path: screenshotPath('care-queue-mobile') });
});

test('moderators give reasons in the product dialog and read a log of names and titles they can filter', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const mod = newPerson('Mona');
  execFileSync(
    process.execPath,
    [
      join(repoRoot, 'dist/tools/account.js'),
      ...['--email', mod.email, '--handle', mod.handle, '--password', mod.password],
      ...['--name', mod.displayName, '--role', 'moderator'],
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), LOG_LEVEL: 'error' },
      stdio: 'pipe',
    },
  );
  const page = await pageFor(browser);
  await page.goto('/signin');
  await fillSignIn(page, mod);

  // Hide an answer: the dialog asks for a reason, refuses none, offers presets and free text.
  const thread = await seededThread(
    page,
    'Switching from monthly to yearly: do I lose the rest of this month?',
  );
  await page.goto(thread);
  const answer = page.getByRole('article', { name: 'Answer by Sofia Rossi' });
  await answer.getByRole('button', { name: 'Hide', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Why hide this answer?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio')).toHaveCount(4);
  await dialog.getByRole('button', { name: 'Hide answer' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose a reason or write one: the audit log keeps it.');
  await dialog.getByRole('radio', { name: 'Off-topic' }).check();
  await dialog.getByLabel(/Details/).fill('about another product');
  await page.screenshot({ path: screenshotPath('moderation-dialog') });
  await dialog.getByRole('button', { name: 'Hide answer' }).click();
  await expect(dialog).toBeHidden();
  await expect(answer.getByText('Hidden', { exact: true })).toBeVisible();
  await answer.getByRole('button', { name: 'Restore', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Why restore this answer?' })
    .getByLabel(/Details/)
    .fill('misread it');
  await page.getByRole('button', { name: 'Restore answer' }).click();
  await expect(answer.getByText('Hidden', { exact: true })).toHaveCount(0);

  // Suspend someone (through the API with the moderator's session): the log names them.
  const { account } = await gql<{ account: { id: string } }>(page, '{ account(handle: "tom_b") { id } }');
  const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
  await page.request.post('/graphql', {
    headers: { 'apollo-require-preflight': 'true' },
    data: {
      query: 'mutation($i: SuspendAccountInput!) { suspendAccount(input: $i) { id } }',
      variables: { i: { accountId: account.id, until, reason: 'Spam: repeated links' } },
    },
  });

  await page.goto('/mod/log');
  const rows = page.getByRole('row');
  const hideRow = rows.filter({ hasText: 'Off-topic: about another product' });
  await expect(hideRow.getByRole('link', { name: mod.displayName })).toHaveAttribute(
    'href',
    `/u/${mod.handle}`,
  );
  await expect(hideRow.getByRole('link', { name: /Switching from monthly to yearly/ })).toBeVisible();
  const suspendRow = rows.filter({ hasText: 'Spam: repeated links' });
  await expect(suspendRow.getByRole('link', { name: 'Tom Baker' })).toHaveAttribute('href', '/u/tom_b');
  await expect(suspendRow).toContainText('suspended until:');
  await expect(suspendRow).not.toContainText(until);
  // The seeded duplicate was moved by the demo moderator, not by this one.
  await expect(rows.filter({ hasText: 'Mo Derator' }).first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('moderation-log'), fullPage: true });

  // Filter by picking a person, then a thread: no ids to paste.
  await page.getByLabel('Moderator').selectOption({ label: mod.displayName });
  await expect(rows.filter({ hasText: 'Mo Derator' })).toHaveCount(0);
  await expect(hideRow).toBeVisible();
  await hideRow.getByRole('button', { name: 'only this' }).first().click();
  await expect(page.getByText(/Only actions on/)).toContainText('Switching from monthly to yearly');
  await expect(suspendRow).toHaveCount(0);
  await page.setViewportSize(MOBILE);
  await page.screenshot({ path: screenshotPath('moderation-log-mobile'), fullPage: true });
});
