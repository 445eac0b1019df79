// What a visitor from a web search gets: the thread page server-rendered (answer text and QAPage JSON-LD in the
// HTML), hydrated without a mismatch and without asking the API again; /t/<id> redirects to the canonical URL;
// unknown threads are a 404; the sitemap lists a new thread. Home and category pages load with no GraphQL
// request either, for guests and for signed-in people.
import { expect, test, type Page } from '@playwright/test';
import { newPerson, signUpThroughUi } from './support/people';
import { screenshotPath } from './support/screenshots';

/** Collects what a page load costs: GraphQL operations sent and errors logged (hydration mismatches included). */
function watch(page: Page) {
  const operations: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/graphql') {
      operations.push((JSON.parse(r.postData() ?? '{}') as { operationName?: string }).operationName ?? '?');
    }
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { operations, errors };
}

async function graphql(page: Page, query: string, variables: Record<string, unknown>) {
  const res = await page.request.post('/graphql', {
    data: { query, variables },
    headers: { 'apollo-require-preflight': 'true' },
  });
  const body = (await res.json()) as { data?: Record<string, { id: string }>; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

test('a guest reads a server-rendered thread: canonical URL, structured data, no extra requests', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const run = Date.now().toString(36);
  const title = `Printer queue ${run} is stuck on one job`;

  // A member asks and answers through the API (the journey under test is the guest's).
  const member = await (await browser.newContext()).newPage();
  await signUpThroughUi(member, newPerson('Sam'));
  const { categories } = (await graphql(member, '{ categories { id slug } }', {})) as unknown as {
    categories: { id: string; slug: string }[];
  };
  const { createThread } = await graphql(
    member,
    'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }',
    { i: { kind: 'QUESTION', categoryId: categories[0].id, title, body: 'Nothing prints since Monday.' } },
  );
  const id = createThread.id;
  await graphql(member, 'mutation($i: PostAnswerInput!) { postAnswer(input: $i) { id } }', {
    i: { threadId: id, body: `Restart the spooler service ${run} and clear the queue folder.` },
  });

  // The HTML itself carries the answer and the QAPage (what a crawler reads).
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  const redirect = await guest.request.get(`/t/${id}`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(301);
  const canonical = redirect.headers()['location'];
  expect(canonical).toMatch(new RegExp(`^/t/printer-queue-${run}-is-stuck-on-one-job/${id}$`));
  const html = await (await guest.request.get(canonical)).text();
  expect(html).toContain(`Restart the spooler service ${run}`);
  expect(html).toMatch(
    /<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org","@type":"QAPage"/,
  );

  // In the browser: redirected, hydrated, no GraphQL request and no error or hydration warning.
  const load = watch(guest);
  await guest.goto(`/t/${id}`);
  await expect(guest).toHaveURL(new RegExp(`${canonical}$`));
  await expect(guest.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(guest.getByRole('heading', { level: 2, name: '1 Answer' })).toBeVisible();
  await guest.waitForLoadState('networkidle');
  expect(load.operations).toEqual([]);
  expect(load.errors).toEqual([]);
  await expect(guest).toHaveTitle(`${title} · Acme Community`);
  const structured = await guest.locator('script[type="application/ld+json"]').first().textContent();
  expect(JSON.parse(structured!)).toMatchObject({
    '@type': 'QAPage',
    mainEntity: { name: title, answerCount: 1 },
  });
  // Hydrated: the page responds to the reader (the sign-in link is a client-side route).
  await guest.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).click();
  await expect(guest.getByRole('heading', { level: 1, name: /sign in/i })).toBeVisible();
  await guest.goBack();
  await expect(guest.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await guest.screenshot({ path: screenshotPath('seo-thread-guest'), fullPage: true });

  // Unknown threads are a real 404 with the not-found page.
  const missing = await guest.goto('/t/00000000-0000-4000-8000-000000000000');
  expect(missing?.status()).toBe(404);
  await expect(guest.getByRole('heading', { level: 1, name: 'We could not find that thread' })).toBeVisible();

  // The sitemap lists the new thread.
  const sitemap = await (await guest.request.get('/sitemaps/threads-1.xml')).text();
  expect(sitemap).toContain(`${canonical}</loc>`);
});

test('home and category pages load with no GraphQL request and a thread page with one, for guests and signed-in people', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const guest = await (await browser.newContext()).newPage();
  const member = await (await browser.newContext()).newPage();
  const person = newPerson('Noor');
  await signUpThroughUi(member, person);
  for (const page of [guest, member]) {
    for (const path of ['/', '/c/troubleshooting']) {
      const load = watch(page);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect({ path, operations: load.operations, errors: load.errors }).toEqual({
        path,
        operations: [],
        errors: [],
      });
    }
  }
  // Following a link inside the app costs the thread page exactly one operation (the view is counted by it).
  for (const page of [guest, member]) {
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    const load = watch(page);
    await page.getByRole('region', { name: 'Newest' }).locator('a[href^="/t/"]').first().click();
    await expect(page).toHaveURL(/\/t\/[^/]+\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 2, name: /Answers?$/ })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(load.operations).toEqual(['Thread']);
    expect(load.errors).toEqual([]);
  }
  // The signed-in header came from the server too.
  await expect(member.getByRole('banner')).toContainText(person.displayName);
  await member.screenshot({ path: screenshotPath('seo-category-member'), fullPage: true });
});
