// Search journeys: a draft question is offered its existing twin while the title is typed; a search with a
// typo still finds it; a hidden thread is never found; staff see what people searched for.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { Client } from 'pg';
import { createEmployee, newPerson, signInThroughUi, signUpThroughUi } from './support/people';
import { e2eDatabaseUrl } from './support/product';
import { screenshotPath } from './support/screenshots';

async function pageFor(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

async function ask(page: Page, title: string, body: string): Promise<string> {
  await page.goto('/ask');
  await page.getByLabel('Category').selectOption({ index: 1 });
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Body', { exact: true }).fill(body);
  await page.getByRole('button', { name: 'Post your question' }).click();
  await expect(page).toHaveURL(/\/t\/([^/]+\/)?[^/]+$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

async function searchFromHeader(page: Page, query: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search the community' });
  await box.fill(query);
  await box.press('Enter');
  // This query's page, not the one already open (a second search starts on /search?q=…).
  await expect(page).toHaveURL((url) => url.pathname === '/search' && url.searchParams.get('q') === query);
}

test('a question that already exists is offered while typing, found with a typo, and hidden ones never are', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  const word = `gossamerplug${run}`;
  const title = `Smart plug ${word} keeps dropping off the Zigbee mesh`;

  const asker = await pageFor(browser);
  await signUpThroughUi(asker, newPerson('Ines'));
  await ask(asker, title, 'Every night around 2 am the plug goes offline and comes back after a reboot.');

  // Indexed within moments by the in-process indexer.
  await expect(async () => {
    await asker.goto(`/search?q=${word}`);
    await expect(asker.getByRole('link', { name: title })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });

  // Someone else starts asking the same question: it is offered before they post.
  const other = await pageFor(browser);
  await signUpThroughUi(other, newPerson('Tomas'));
  await other.goto('/ask');
  await other
    .getByLabel('Title', { exact: true })
    .pressSequentially(`Smart plug ${word} keeps dropping`, { delay: 20 });
  const similar = other.getByRole('region', { name: 'Already asked? These look similar' });
  await expect(similar.getByRole('link', { name: title })).toBeVisible();
  await other.screenshot({ path: screenshotPath('search-similar'), fullPage: true });
  await similar.getByRole('button', { name: 'This answers my question' }).first().click();
  await expect(similar.getByRole('status')).toContainText('Glad it helped');

  // A search from the header with two letters swapped in the unusual word still finds it, highlighted.
  const typo = word.slice(0, 4) + word[5] + word[4] + word.slice(6);
  await searchFromHeader(other, `zigbee plug ${typo}`);
  const hit = other.getByRole('listitem').filter({ has: other.getByRole('link', { name: title }) });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toBeVisible();
  await expect(other.getByRole('complementary', { name: 'Narrow the results' })).toContainText('Unanswered');
  await other.screenshot({ path: screenshotPath('search-results'), fullPage: true });

  // A hidden thread is never found, not even by its own unique word.
  const secret = `hiddenword${run}`;
  const hiddenId = await ask(
    asker,
    `Doorbell chime ${secret} plays twice`,
    'The chime plays twice for every press.',
  );
  await expect(async () => {
    await other.goto(`/search?q=${secret}`);
    await expect(other.getByRole('link', { name: /Doorbell chime/ })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  const db = new Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  try {
    // What moderation's hide does: hidden_at set and an outbox row in the same transaction.
    await db.query('BEGIN');
    await db.query('UPDATE threads SET hidden_at = now() WHERE id = $1', [hiddenId]);
    await db.query(`INSERT INTO outbox (topic, aggregate_id) VALUES ('thread', $1)`, [hiddenId]);
    await db.query('COMMIT');
  } finally {
    await db.end();
  }
  for (const query of [secret, 'doorbell chime plays twice']) {
    await other.goto(`/search?q=${encodeURIComponent(query)}`);
    await expect(other.locator('.search-layout')).toBeVisible();
    await expect(other.getByRole('link', { name: /Doorbell chime/ })).toHaveCount(0);
  }

  // Staff see the searches, and the one that found nothing.
  const staffPerson = newPerson('Erin');
  createEmployee(staffPerson);
  const staff = await pageFor(browser);
  await signInThroughUi(staff, staffPerson);
  await staff.goto('/staff/search');
  await expect(staff.getByRole('heading', { level: 1, name: 'Search analytics' })).toBeVisible();
  await expect(
    staff.getByRole('region', { name: 'Top queries' }).or(staff.locator('.search-tables')),
  ).toContainText(word);
  await staff.screenshot({ path: screenshotPath('search-analytics'), fullPage: true });
});

test('a long natural question finds its thread first, a typo offers "Did you mean", and nothing found offers asking', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  const title = `Sprinkler controller forgets its watering zones after a power cut ${run}`;
  const asker = await pageFor(browser);
  await signUpThroughUi(asker, newPerson('Noor'));
  await ask(
    asker,
    title,
    'Whenever the electricity goes out, the irrigation schedule is empty again and every zone has to be set up anew.',
  );
  await expect(async () => {
    await asker.goto(`/search?q=${run}`);
    await expect(asker.getByRole('link', { name: title })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });

  // Typed the way people ask: most of these words are in no thread, and that no longer matters.
  const visitor = await pageFor(browser);
  await visitor.goto('/');
  await searchFromHeader(
    visitor,
    'why does my sprinkler forget all the watering zones every time the power goes out',
  );
  await expect(visitor.locator('.search-hit').first().getByRole('link', { name: title })).toBeVisible();
  await visitor.screenshot({ path: screenshotPath('search-natural-question'), fullPage: true });

  // A typo: the results come from the correction, and the correction is offered as a link.
  await searchFromHeader(visitor, 'sprinkeler zones');
  await expect(visitor.locator('.search-suggestion')).toContainText('Did you mean sprinkler zones?');
  await expect(visitor.locator('.search-hit').first().getByRole('link', { name: title })).toBeVisible();
  await visitor.screenshot({ path: screenshotPath('search-did-you-mean'), fullPage: true });

  // Nothing at all: asking the community is offered with the query filled in.
  const nothing = 'qwzx blorftangle vrmpht';
  await searchFromHeader(asker, nothing);
  await expect(asker.getByText(`Nothing matches “${nothing}”`)).toBeVisible();
  await asker.screenshot({ path: screenshotPath('search-no-results'), fullPage: true });
  await asker.getByRole('link', { name: 'Ask the community' }).click();
  await expect(asker).toHaveURL(/\/ask\?title=/);
  await expect(asker.getByLabel('Title', { exact: true })).toHaveValue(nothing);
});
