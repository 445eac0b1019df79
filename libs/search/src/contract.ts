// The contract every SearchIndex adapter keeps: the same tests run against Postgres always and against
// Meilisearch whenever MEILI_HOST is set (see *.contract.spec.ts).
import { randomUUID } from 'node:crypto';
import { SearchDocument, SearchIndex } from './port';

export interface ContractSubject {
  index: SearchIndex;
  close(): Promise<void>;
}

const CATEGORY_A = '00000000-0000-4000-8000-00000000000a';
const CATEGORY_B = '00000000-0000-4000-8000-00000000000b';
/** A private category (excluded for searchers outside its groups). */
const CATEGORY_C = '00000000-0000-4000-8000-00000000000c';

export function doc(overrides: Partial<SearchDocument> & { title: string }): SearchDocument {
  return {
    id: randomUUID(),
    body: '',
    answers: '',
    tags: [],
    categoryId: CATEGORY_A,
    kind: 'QUESTION',
    status: 'OPEN',
    hidden: false,
    score: 0,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    lastActivityAt: new Date('2026-01-02T00:00:00Z'),
    ...overrides,
  };
}

export function searchIndexContract(engine: string, open: () => Promise<ContractSubject>): void {
  describe(`SearchIndex contract (${engine})`, () => {
    let subject: ContractSubject;
    let index: SearchIndex;
    const ids = async (query: string, filter = {}) =>
      (await index.search({ query, filter, offset: 0, limit: 20 })).hits.map((h) => h.id);

    const bluetooth = doc({
      title: 'Bluetooth headset pairing fails at 90%',
      body: 'The headset stops pairing every time. I tried a <b>reset</b> too.',
      answers: 'Update the firmware of the hub first, then pair again.',
      tags: ['bluetooth', 'pairing'],
      status: 'SOLVED',
      score: 5,
    });
    const thermostat = doc({
      title: 'Thermostat schedule ignores the weekend',
      body: 'My heating schedule runs on Saturday as if it were Monday.',
      tags: ['thermostat', 'schedules'],
      categoryId: CATEGORY_B,
      kind: 'DISCUSSION',
    });
    const russian = doc({
      title: 'Не работает подключение умной розетки',
      body: 'Розетка не видит сеть Wi-Fi после обновления.',
    });
    const slovenian = doc({
      title: 'Kako ponastavim števec porabe energije?',
      body: 'Števec kaže napačne številke.',
    });
    const chinese = doc({ title: '蓝牙耳机无法配对', body: '更新固件以后，耳机一直连接失败。' });
    const hidden = doc({ title: 'Bluetooth secret hidden thread', hidden: true });
    const script = doc({ title: 'Escaping <script>alert(1)</script> in bluetooth titles' });

    beforeAll(async () => {
      subject = await open();
      index = subject.index;
      await index.prepare();
      await index.clear();
      await index.upsert([bluetooth, thermostat, russian, slovenian, chinese, hidden, script]);
    });
    afterAll(async () => {
      await index.clear();
      await subject.close();
    });

    it('finds a document by a word of its title, body or answers', async () => {
      expect(await ids('headset')).toContain(bluetooth.id);
      expect(await ids('saturday')).toContain(thermostat.id);
      expect(await ids('firmware')).toContain(bluetooth.id);
    });

    it('ranks title matches above body matches', async () => {
      const extra = doc({
        title: 'Hub keeps rebooting',
        body: 'Not sure if it is the weekend update or the thermostat.',
      });
      await index.upsert([extra]);
      const found = await ids('thermostat');
      expect(found.indexOf(thermostat.id)).toBeLessThan(found.indexOf(extra.id));
      await index.delete([extra.id]);
    });

    it('corrects typos', async () => {
      expect(await ids('bluetoth headset')).toContain(bluetooth.id);
      expect(await ids('thermostta')).toContain(thermostat.id);
      // Two letters swapped in the middle of a short word: few of its trigrams are left.
      expect(await ids('haedset')).toContain(bluetooth.id);
    });

    it('folds accents and finds Russian, Slovenian and Chinese posts', async () => {
      expect(await ids('подключение')).toContain(russian.id);
      expect(await ids('розетки')).toContain(russian.id);
      expect(await ids('stevec')).toContain(slovenian.id);
      expect(await ids('števec')).toContain(slovenian.id);
      expect(await ids('耳机')).toContain(chinese.id);
      expect(await ids('配对')).toContain(chinese.id);
    });

    it('never returns hidden documents, and forgets deleted ones', async () => {
      expect(await ids('secret')).not.toContain(hidden.id);
      expect(await ids('bluetooth')).not.toContain(hidden.id);
      const gone = doc({ title: 'Doorbell chime deleted soon' });
      await index.upsert([gone]);
      expect(await ids('chime')).toEqual([gone.id]);
      await index.delete([gone.id]);
      expect(await ids('chime')).toEqual([]);
      // Hiding a document that was visible removes it as well.
      const later = doc({ title: 'Doorbell volume later hidden' });
      await index.upsert([later]);
      await index.upsert([{ ...later, hidden: true }]);
      expect(await ids('volume')).toEqual([]);
    });

    it('upserts idempotently: the same document twice is one hit, with its latest text', async () => {
      const d = doc({ title: 'Camera night vision blurry' });
      await index.upsert([d]);
      await index.upsert([d]);
      await index.upsert([{ ...d, title: 'Camera night vision blurry after update' }]);
      const result = await index.search({ query: 'blurry', offset: 0, limit: 10 });
      expect(result.hits.map((h) => h.id)).toEqual([d.id]);
      expect(result.hits[0].highlights.title).toContain('update');
      await index.delete([d.id]);
    });

    it('filters by category, tags, kind and status, and counts facets', async () => {
      expect(await ids('schedule', { categoryId: CATEGORY_B })).toEqual([thermostat.id]);
      expect(await ids('schedule', { categoryId: CATEGORY_A })).toEqual([]);
      expect(await ids('bluetooth', { tags: ['pairing'] })).toEqual([bluetooth.id]);
      expect(await ids('bluetooth', { status: 'SOLVED' })).toEqual([bluetooth.id]);
      expect(await ids('thermostat', { kind: 'DISCUSSION' })).toEqual([thermostat.id]);
      const result = await index.search({ query: 'bluetooth', offset: 0, limit: 10 });
      expect(result.estimatedTotal).toBe(2);
      expect(result.facets.status).toEqual(
        expect.arrayContaining([
          { value: 'SOLVED', count: 1 },
          { value: 'OPEN', count: 1 },
        ]),
      );
      expect(result.facets.tags).toEqual(expect.arrayContaining([{ value: 'pairing', count: 1 }]));
      expect(result.facets.categoryId).toEqual([{ value: CATEGORY_A, count: 2 }]);
      expect(result.facets.kind).toEqual([{ value: 'QUESTION', count: 2 }]);
    });

    it('highlights matches in <mark> and escapes everything else', async () => {
      const [hit] = (await index.search({ query: 'escaping', offset: 0, limit: 1 })).hits;
      expect(hit.highlights.title).toContain('<mark>Escaping</mark>');
      expect(hit.highlights.title).toContain('&#60;script&#62;');
      expect(hit.highlights.title).not.toContain('<script>');
      const [b] = (await index.search({ query: 'reset', offset: 0, limit: 1 })).hits;
      expect(b.id).toBe(bluetooth.id);
      expect(b.highlights.snippet).toContain('<mark>reset</mark>');
      expect(b.highlights.snippet).not.toContain('<b>');
    });

    it('pages with offset and limit', async () => {
      const many = Array.from({ length: 5 }, (_, i) => doc({ title: `Sprinkler zone ${i} skips watering` }));
      await index.upsert(many);
      const first = await index.search({ query: 'sprinkler', offset: 0, limit: 3 });
      const second = await index.search({ query: 'sprinkler', offset: 3, limit: 3 });
      expect(first.hits).toHaveLength(3);
      expect(first.hasMore).toBe(true);
      expect(second.hits).toHaveLength(2);
      expect(second.hasMore).toBe(false);
      expect(new Set([...first.hits, ...second.hits].map((h) => h.id)).size).toBe(5);
      await index.delete(many.map((d) => d.id));
    });

    it('offers the likely duplicates of a draft, best first', async () => {
      const similar = await index.similar({
        title: 'headset will not pair over bluetooth',
        body: '',
        limit: 5,
      });
      expect(similar[0]).toBe(bluetooth.id);
      expect(similar).not.toContain(hidden.id);
      expect(await index.similar({ title: 'thermostat weekend schedule wrong', limit: 5 })).toContain(
        thermostat.id,
      );
    });

    it('relaxes a long question to its telling words, ranking documents that match every word first', async () => {
      // No document holds "why", "did", "my", "suddenly" or "stop": all-words matching alone finds nothing.
      expect((await ids('why did my bluetooth headset suddenly stop pairing'))[0]).toBe(bluetooth.id);
      const both = doc({ title: 'Thermostat display shows the wrong weekend temperature' });
      const one = doc({ title: 'Weekend heating costs' });
      await index.upsert([both, one]);
      const found = await ids('thermostat weekend');
      expect(found.indexOf(both.id)).toBeLessThan(found.indexOf(one.id));
      expect(found.indexOf(thermostat.id)).toBeLessThan(found.indexOf(one.id));
      await index.delete([both.id, one.id]);
    });

    // Inflections a step from the indexed word: Postgres stems them; Meilisearch, which has no stemming,
    // reaches them through its typo tolerance.
    it('stems English and Russian words', async () => {
      expect(await ids('headsets')).toContain(bluetooth.id); // "headset"
      expect(await ids('updates firmware')).toContain(bluetooth.id); // "Update the firmware"
      expect(await ids('weekends')).toContain(thermostat.id); // "weekend"
      expect(await ids('подключения')).toContain(russian.id); // "подключение"
      expect(await ids('розетка')).toContain(russian.id); // "розетки"
    });

    it('ignores the words of question phrasing', async () => {
      expect((await ids('how do I fix my thermostat schedule'))[0]).toBe(thermostat.id);
      expect((await ids('как подключение розетки'))[0]).toBe(russian.id);
      expect((await ids('kako ponastavim stevec'))[0]).toBe(slovenian.id);
    });

    it('finds Chinese typed without spaces', async () => {
      expect((await ids('耳机配对'))[0]).toBe(chinese.id);
      expect((await ids('蓝牙耳机配对失败'))[0]).toBe(chinese.id);
    });

    it('leaves out categories the searcher may not read: hits, facets, totals and similar drafts', async () => {
      const secret = doc({
        title: 'Thermostat beta firmware thermalzephyr crashes',
        body: 'The thermalzephyr beta build restarts the thermostat every night.',
        categoryId: CATEGORY_C,
      });
      await index.upsert([secret]);
      try {
        const all = await index.search({ query: 'thermalzephyr', offset: 0, limit: 20 });
        expect(all.hits.map((h) => h.id)).toEqual([secret.id]);
        const outside = await index.search({
          query: 'thermalzephyr',
          filter: { excludeCategoryIds: [CATEGORY_C] },
          offset: 0,
          limit: 20,
        });
        expect(outside.hits).toEqual([]);
        expect(outside.estimatedTotal).toBe(0);
        const thermostats = await index.search({
          query: 'thermostat',
          filter: { excludeCategoryIds: [CATEGORY_C] },
          offset: 0,
          limit: 20,
        });
        expect(thermostats.hits.map((h) => h.id)).not.toContain(secret.id);
        expect(thermostats.facets.categoryId.map((f) => f.value)).not.toContain(CATEGORY_C);
        expect(
          await index.similar({
            title: 'thermalzephyr beta crashes',
            limit: 5,
            excludeCategoryIds: [CATEGORY_C],
          }),
        ).not.toContain(secret.id);
        expect(await index.similar({ title: 'thermalzephyr beta crashes', limit: 5 })).toContain(secret.id);
      } finally {
        await index.delete([secret.id]);
      }
    });

    it('applies synonyms configured by admins', async () => {
      await index.configure({ synonyms: { earbuds: ['headset'] } });
      expect(await ids('earbuds')).toContain(bluetooth.id);
      await index.configure({ synonyms: {} });
    });
  });
}
