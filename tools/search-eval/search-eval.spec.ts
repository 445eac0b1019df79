// Keeps search relevance from silently regressing: the labelled set (corpus.ts) through the real write path,
// indexer and GraphQL API, on the Postgres adapter. The floors are the figures reached when tuning (a hair
// lower where ties between equally good threads may swap places); raise them when relevance improves.
import { createTestApp, TestApp } from '@community/testing';
import { EvalReport, evaluate, formatReport, loadCorpus, Scope, Scores } from './eval';

type Floor = Pick<Scores, 'recallAt1' | 'recallAt3' | 'mrr'> & { maxZeroResultRate: number };

const FLOORS: Record<'search' | 'similar', Partial<Record<Scope, Floor>>> = {
  search: {
    all: { recallAt1: 92, recallAt3: 97, mrr: 0.94, maxZeroResultRate: 1 },
    en: { recallAt1: 88, recallAt3: 95, mrr: 0.92, maxZeroResultRate: 2 },
    ru: { recallAt1: 92, recallAt3: 100, mrr: 0.95, maxZeroResultRate: 0 },
    zh: { recallAt1: 92, recallAt3: 100, mrr: 0.95, maxZeroResultRate: 0 },
    sl: { recallAt1: 92, recallAt3: 100, mrr: 0.95, maxZeroResultRate: 0 },
  },
  similar: {
    all: { recallAt1: 92, recallAt3: 97, mrr: 0.94, maxZeroResultRate: 1 },
    en: { recallAt1: 88, recallAt3: 95, mrr: 0.92, maxZeroResultRate: 2 },
    ru: { recallAt1: 92, recallAt3: 100, mrr: 0.95, maxZeroResultRate: 0 },
    zh: { recallAt1: 92, recallAt3: 100, mrr: 0.95, maxZeroResultRate: 0 },
    sl: { recallAt1: 92, recallAt3: 100, mrr: 0.95, maxZeroResultRate: 0 },
  },
};

let t: TestApp;
let report: EvalReport;
beforeAll(async () => {
  t = await createTestApp({ searchIndexer: 'off' });
  report = await evaluate(t, await loadCorpus(t), 'postgres');
}, 180_000);
afterAll(() => t.close());

describe('search relevance on the labelled set', () => {
  const cases = (['search', 'similar'] as const).flatMap((api) =>
    Object.entries(FLOORS[api]).map(([scope, floor]) => [api, scope as Scope, floor as Floor] as const),
  );

  it.each(cases)('%s (%s) stays at or above the level reached', (api, scope, floor) => {
    const s = report[api][scope];
    try {
      expect(s.recallAt1).toBeGreaterThanOrEqual(floor.recallAt1);
      expect(s.recallAt3).toBeGreaterThanOrEqual(floor.recallAt3);
      expect(s.mrr).toBeGreaterThanOrEqual(floor.mrr);
      expect(s.zeroResultRate).toBeLessThanOrEqual(floor.maxZeroResultRate);
    } catch (e) {
      // The whole table and the missed queries say what changed.
      const misses = report.misses.map((m) => `${m.api} [${m.lang}] ${m.q} → ${m.got.join(', ')}`);
      throw new Error(`${(e as Error).message}\n\n${formatReport(report)}\n${misses.join('\n')}`);
    }
  });

  it('meets the product targets: recall@3 ≥ 90 % overall and ≥ 80 % in every language, ≤ 2 % zero results', () => {
    for (const api of ['search', 'similar'] as const) {
      expect(report[api].all.recallAt3).toBeGreaterThanOrEqual(90);
      for (const lang of ['en', 'ru', 'zh', 'sl'] as const) {
        expect(report[api][lang].recallAt3).toBeGreaterThanOrEqual(80);
      }
    }
    expect(report.search.all.zeroResultRate).toBeLessThanOrEqual(2);
  });
});
