import type { SearchIndex } from '@community/search';
import { answer, askQuestion, createAccount, createTestApp, TestAccount, TestApp } from '@community/testing';
import { QaEvents } from '../qa/qa-events';
import { SEARCH_INDEX } from './search-index.provider';
import { MAX_ATTEMPTS, SearchIndexer } from './search-indexer';

// The indexer is driven by hand here (SEARCH_INDEXER off), so each test decides when indexing happens.
let t: TestApp;
let member: TestAccount;
let indexer: SearchIndexer;
let index: SearchIndex;
beforeAll(async () => {
  t = await createTestApp({ searchIndexer: 'off' });
  member = await createAccount(t);
  indexer = t.app.get(SearchIndexer);
  index = t.app.get(SEARCH_INDEX);
  await index.prepare();
});
afterAll(() => t.close());
afterEach(() => jest.restoreAllMocks());

const SEARCH = `query($q: String!, $first: Int, $filter: SearchFilter) { search(query: $q, first: $first, filter: $filter) {
  estimatedTotal queryId edges { node { titleHtml snippetHtml thread { id title } } }
  facets { category { value label count } tag { value count } kind { value count } status { value count } } } }`;
const found = async (q: string) =>
  ((await member.client.ok(SEARCH, { q })).search.edges as { node: { thread: { id: string } } }[]).map(
    (e) => e.node.thread.id,
  );
const pending = async () =>
  (await t.dataSource.query(
    `SELECT aggregate_id, status, attempts, available_at FROM outbox ORDER BY id`,
  )) as {
    aggregate_id: string;
    status: string;
    attempts: number;
    available_at: Date;
  }[];
/** Lets back-off time pass. */
const makeDue = () => t.dataSource.query(`UPDATE outbox SET available_at = now() WHERE status = 'PENDING'`);
/** Each thread from its own account: new accounts may only post a few threads an hour. */
const ask = async (overrides: Parameters<typeof askQuestion>[2]) =>
  askQuestion(t, await createAccount(t), overrides);
const uniq = () => Math.random().toString(36).slice(2, 8);

describe('the search outbox', () => {
  it('gets a row in the same transaction as the change, and none when the change rolls back', async () => {
    await indexer.drain();
    const id = await ask({ title: `Outbox written with the thread ${uniq()}` });
    expect((await pending()).map((r) => r.aggregate_id)).toEqual([id]);
    await indexer.drain();
    expect(await pending()).toEqual([]);

    const events = t.app.get(QaEvents);
    await expect(
      events.transaction(async (manager, emit) => {
        await manager.query(`UPDATE threads SET title = 'rolled back' WHERE id = $1`, [id]);
        await emit({ threadId: id, change: 'edited' });
        throw new Error('the write fails after emitting');
      }),
    ).rejects.toThrow('the write fails');
    expect(await pending()).toEqual([]);
  });

  it('is written for answers too, and a new answer becomes searchable', async () => {
    const word = `frobnicator${uniq()}`;
    const id = await ask({ title: 'Hub loses its schedule after a power cut' });
    await answer(await createAccount(t), id, `Use the ${word} setting in the app.`);
    await indexer.drain();
    expect(await found(word)).toEqual([id]);
  });
});

describe('the indexer', () => {
  it('shares work through SKIP LOCKED: two indexers at once never take the same row', async () => {
    await indexer.drain();
    for (let i = 0; i < 10; i++) await ask({ title: `Concurrent indexing sample ${i} ${uniq()}` });
    const seen: string[][] = [];
    const upsert = index.upsert.bind(index);
    jest.spyOn(index, 'upsert').mockImplementation(async (docs) => {
      seen.push(docs.map((d) => d.id));
      await new Promise((r) => setTimeout(r, 300));
      return upsert(docs);
    });
    const [a, b] = await Promise.all([indexer.processBatch(6), indexer.processBatch(6)]);
    expect(a.taken + b.taken).toBe(10);
    expect(seen).toHaveLength(2);
    expect(new Set(seen.flat()).size).toBe(10);
    expect(await pending()).toEqual([]);
  });

  it('indexes the last committed state of every thread while many writers and two indexers run at once', async () => {
    await indexer.drain();
    const threads: string[] = [];
    for (let i = 0; i < 6; i++) threads.push(await ask({ title: `Race sample number ${i} ${uniq()}` }));
    await indexer.drain();
    // A slower engine widens the window in which a change commits while its thread is being indexed.
    const upsert = index.upsert.bind(index);
    jest.spyOn(index, 'upsert').mockImplementation(async (docs) => {
      await new Promise((r) => setTimeout(r, 15));
      return upsert(docs);
    });
    const events = t.app.get(QaEvents);
    let writing = true;
    const indexing = [0, 1].map(async () => {
      while (writing) {
        await indexer.processBatch(3);
        await new Promise((r) => setTimeout(r, 2));
      }
    });
    let edits = 0;
    await Promise.all(
      Array.from({ length: 8 }, async (_, writer) => {
        for (let n = 0; n < 20; n++) {
          const id = threads[(writer + n) % threads.length];
          await events.transaction(async (manager, emit) => {
            await manager.query(`UPDATE threads SET title = $2 WHERE id = $1`, [
              id,
              `Race edit ${writer}-${n}`,
            ]);
            await emit({ threadId: id, change: 'edited' });
          });
          edits++;
        }
      }),
    );
    writing = false;
    await Promise.all(indexing);
    jest.restoreAllMocks();
    await indexer.drain();
    expect(edits).toBe(160);
    const stale = await t.dataSource.query(
      `SELECT t.id, t.title, d.title AS indexed FROM threads t JOIN search_documents d ON d.thread_id = t.id
       WHERE t.id = ANY($1) AND d.title <> t.title`,
      [threads],
    );
    expect(stale).toEqual([]);
    expect(await pending()).toEqual([]);
  });

  it('backs off exponentially, parks work as DEAD after repeated failures, and admins retry it', async () => {
    await indexer.drain();
    const title = `Dead letter candidate ${uniq()}`;
    const id = await ask({ title });
    jest.spyOn(index, 'upsert').mockRejectedValue(new Error('engine unavailable'));
    await indexer.drain();
    let [row] = await pending();
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
    const delay = new Date(row.available_at).getTime() - Date.now();
    expect(delay).toBeGreaterThan(1000);
    expect(delay).toBeLessThanOrEqual(2100);
    for (let i = 1; i < MAX_ATTEMPTS; i++) {
      await makeDue();
      await indexer.drain();
    }
    [row] = await pending();
    expect(row).toMatchObject({ status: 'DEAD', attempts: MAX_ATTEMPTS });

    const admin = await createAccount(t, { role: 'ADMIN' });
    const dead = await admin.client.ok('{ searchDeadLetters { id threadId attempts lastError } }');
    expect(dead.searchDeadLetters).toContainEqual(
      expect.objectContaining({ threadId: id, attempts: MAX_ATTEMPTS, lastError: 'engine unavailable' }),
    );
    const refused = await member.client.gql('{ searchDeadLetters { id } }');
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    jest.restoreAllMocks();
    const retried = await admin.client.ok('mutation { retrySearchDeadLetters(input: {}) }');
    expect(retried.retrySearchDeadLetters).toBe(dead.searchDeadLetters.length);
    await indexer.drain();
    expect(await pending()).toEqual([]);
    expect(await found(title)).toContain(id);
  });

  it('loses nothing while the search engine is down: every write becomes searchable once it is back', async () => {
    await indexer.drain();
    jest.spyOn(index, 'upsert').mockRejectedValue(new Error('connection refused'));
    const word = `outage${uniq()}`;
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      ids.push(await ask({ title: `Written during the ${word} number ${i}` }));
      if (i % 4 === 0) await indexer.drain();
    }
    await answer(await createAccount(t), ids[0], `An answer written during the ${word} too`);
    await indexer.drain();
    expect(await found(word)).toEqual([]);
    expect((await pending()).every((r) => r.status === 'PENDING' && r.attempts >= 1)).toBe(true);

    jest.restoreAllMocks(); // the engine is back
    await makeDue();
    await indexer.drain();
    expect(await pending()).toEqual([]);
    const { search } = await member.client.ok(SEARCH, { q: word, first: 50 });
    expect(search.edges.map((e: { node: { thread: { id: string } } }) => e.node.thread.id).sort()).toEqual(
      [...ids].sort(),
    );
  });
});

describe('search', () => {
  it('never shows hidden or deleted threads, even before the index has caught up', async () => {
    const word = `invisible${uniq()}`;
    const [shown, hidden, deleted, stale] = [
      await ask({ title: `Visible ${word} thread` }),
      await ask({ title: `Hidden ${word} thread` }),
      await askQuestion(t, member, { title: `Deleted ${word} thread` }),
      await ask({ title: `Hidden later ${word} thread` }),
    ];
    await indexer.drain();
    await t.app.get(QaEvents).transaction(async (manager, emit) => {
      await manager.query('UPDATE threads SET hidden_at = now() WHERE id = $1', [hidden]);
      await emit({ threadId: hidden, change: 'hidden' });
    });
    await member.client.ok('mutation($i: DeleteThreadInput!) { deleteThread(input: $i) { id } }', {
      i: { threadId: deleted },
    });
    await indexer.drain();
    expect(
      await t.dataSource.query('SELECT 1 FROM search_documents WHERE thread_id = ANY($1)', [
        [hidden, deleted],
      ]),
    ).toEqual([]);
    // Hidden straight in the database, no event: the index still has it, the API filters it out.
    await t.dataSource.query('UPDATE threads SET hidden_at = now() WHERE id = $1', [stale]);
    expect(await found(word)).toEqual([shown]);
  });

  it('returns highlights, facets, an estimated total, and tolerates typos', async () => {
    const word = `zeppelinator${uniq()}`;
    const id = await ask({
      title: `Bluetooth pairing fails with the ${word} <b>headset</b>`,
      body: 'Pairing stops at 90 percent every time.',
      tags: ['bluetooth'],
    });
    await indexer.drain();
    const { search } = await member.client.ok(SEARCH, { q: word });
    expect(search.estimatedTotal).toBe(1);
    expect(search.queryId).toEqual(expect.any(String));
    expect(search.edges[0].node.titleHtml).toContain(`<mark>${word}</mark>`);
    expect(search.edges[0].node.titleHtml).toContain('&#60;b&#62;headset');
    expect(search.facets.tag).toEqual([{ value: 'bluetooth', count: 1 }]);
    expect(search.facets.category[0]).toEqual(
      expect.objectContaining({ count: 1, label: expect.any(String) }),
    );
    const typo = word.slice(0, 4) + word[5] + word[4] + word.slice(6);
    expect(await found(`bluetooth pairing ${typo}`)).toContain(id);
    const corrected = await member.client.ok('query($q: String!) { search(query: $q) { didYouMean } }', {
      q: `Bluetooth  pairing ${typo}`,
    });
    expect(corrected.search.didYouMean).toBe(`Bluetooth pairing ${word}`);
    const exact = await member.client.ok('query($q: String!) { search(query: $q) { didYouMean } }', {
      q: word,
    });
    expect(exact.search.didYouMean).toBeNull();
    const similar = await member.client.ok(
      'query($i: SimilarThreadsInput!) { similarThreads(input: $i) { id } }',
      { i: { title: 'Bluetooth headset pairing fails at 90%', body: '', first: 5 } },
    );
    expect(similar.similarThreads.map((s: { id: string }) => s.id)).toContain(id);
    const click = await member.client.ok(
      'mutation($i: RecordSearchClickInput!) { recordSearchClick(input: $i) }',
      { i: { queryId: search.queryId, threadId: id, position: 0 } },
    );
    expect(click.recordSearchClick).toBe(true);
    const deflected = await member.client.ok(
      'mutation($i: RecordDeflectionInput!) { recordDeflection(input: $i) }',
      { i: { threadId: id, draftTitle: 'My headset will not pair' } },
    );
    expect(deflected.recordDeflection).toBe(true);
  });

  it('knows words found only in answers: they are searched as typed, never "corrected" to a title word', async () => {
    const word = `powersave${uniq()}`;
    const near = `${word.slice(0, 6)}f${word.slice(7)}`; // powersafe…: one letter away
    const inTitle = await ask({ title: `Question about the ${near} mode of the hub` });
    const inAnswer = await ask({ title: 'Doorbell battery drains in two days' });
    await answer(await createAccount(t), inAnswer, `Turn on the ${word} profile in the doorbell settings.`);
    await indexer.drain();
    expect(await found(word)).toEqual([inAnswer]);
    expect(await found(near)).toEqual([inTitle]);
  });

  it('refuses empty queries and oversized pages with BAD_USER_INPUT', async () => {
    for (const variables of [{ q: '  ' }, { q: 'router', first: 101 }, { q: 'x'.repeat(201) }]) {
      const res = await member.client.gql(SEARCH, variables);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const both = await member.client.gql(SEARCH, { q: ' ', first: 0 });
    expect(both.errors?.[0].message).toBe('Type something to search for. first must be at least 1.');
    const res = await member.client.gql(
      'query { similarThreads(input: { title: "router", first: 500 }) { id } }',
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toBe('first must be at most 20.');
  });
});

describe('setSearchSynonyms', () => {
  it('lets admins add synonyms that searches use, and refuses others', async () => {
    const word = `sprocket${uniq()}`;
    const id = await ask({ title: `The ${word} rattles when heating starts` });
    await indexer.drain();
    const SET = 'mutation($i: SetSearchSynonymsInput!) { setSearchSynonyms(input: $i) }';
    const groups = [{ word: `cogwheel${word.slice(8)}`, synonyms: [word] }];
    const refused = await member.client.gql(SET, { i: { groups } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin = await createAccount(t, { role: 'ADMIN' });
    expect((await admin.client.ok(SET, { i: { groups } })).setSearchSynonyms).toBe(1);
    expect(await found(groups[0].word)).toEqual([id]);
    await admin.client.ok(SET, { i: { groups: [] } });
  });
});

describe('searchAnalytics', () => {
  const ANALYTICS = `query($i: SearchAnalyticsInput!) { searchAnalytics(input: $i) { searches zeroResultSearches clicks deflections
    topQueries { query searches clicks averageResults } zeroResultQueries { query searches } } }`;
  const period = () => ({
    from: new Date(Date.now() - 3600_000).toISOString(),
    to: new Date(Date.now() + 60_000).toISOString(),
  });

  it('shows staff the top and zero-result queries of a period, and refuses members', async () => {
    const nothing = `nothingmatches${uniq()}`;
    await found(nothing);
    await found(nothing);
    const staff = await createAccount(t, { role: 'EMPLOYEE' });
    const { searchAnalytics } = await staff.client.ok(ANALYTICS, { i: period() });
    expect(searchAnalytics.searches).toBeGreaterThan(2);
    expect(searchAnalytics.zeroResultQueries).toContainEqual({ query: nothing, searches: 2 });
    expect(searchAnalytics.clicks).toBeGreaterThanOrEqual(1);
    expect(searchAnalytics.deflections).toBeGreaterThanOrEqual(1);
    const stored = await t.dataSource.query(`SELECT * FROM search_queries WHERE normalized = $1 LIMIT 1`, [
      nothing,
    ]);
    expect(Object.keys(stored[0]).sort()).toEqual([
      'created_at',
      'id',
      'normalized',
      'query',
      'result_count',
    ]);

    const refused = await member.client.gql(ANALYTICS, { i: period() });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const visitor = await t.client().gql(ANALYTICS, { i: period() });
    expect(visitor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
