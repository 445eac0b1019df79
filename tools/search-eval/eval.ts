// Relevance evaluation: loads the labelled corpus into a running API through GraphQL (the real write path),
// lets the real indexer drain the outbox, then asks every labelled query through `search` and
// `similarThreads` and scores where the expected thread lands. Used by `npm run search-eval` and by the
// Jest test that keeps the figures from dropping.
import { randomBytes } from 'node:crypto';
import type { GqlClient, TestApp } from '@community/testing';
import { answer, askQuestion, createAccount, firstCategoryId } from '@community/testing';
import { SearchIndexer } from '../../apps/api/src/search/search-indexer';
import { EvalQuery, EvalThread, Language, QUERIES, THREADS } from './corpus';

export interface Scores {
  queries: number;
  recallAt1: number;
  recallAt3: number;
  mrr: number;
  zeroResultRate: number;
}

export type Scope = Language | 'all';

export interface EvalReport {
  engine: string;
  search: Record<Scope, Scores>;
  similar: Record<Scope, Scores>;
  /** Queries whose expected thread was not in the top 3, for tuning. */
  misses: { api: 'search' | 'similar'; q: string; lang: Language; got: string[] }[];
}

const SEARCH = `query($q: String!) { search(query: $q, first: 10) { edges { node { thread { id } } } } }`;
const SIMILAR = `query($i: SimilarThreadsInput!) { similarThreads(input: $i) { id } }`;
const LANGUAGES: Language[] = ['en', 'ru', 'zh', 'sl'];

/** Writes every thread and its answers, each by its own account (new members may post only a few an hour). */
export async function loadCorpus(t: TestApp, threads: EvalThread[] = THREADS): Promise<Map<string, string>> {
  const categoryId = await firstCategoryId(t);
  const keyById = new Map<string, string>();
  for (const thread of threads) {
    const asker = await createAccount(t);
    const id = await askQuestion(t, asker, {
      title: thread.title,
      body: thread.body,
      tags: thread.tags,
      categoryId,
    });
    // Answered by another member, who also posts only a few times in a short while.
    for (const text of thread.answers) await answer(await createAccount(t), id, text);
    keyById.set(id, thread.key);
  }
  await t.app.get(SearchIndexer).drain();
  return keyById;
}

function score(ranks: (number | null)[], zero: number): Scores {
  const n = ranks.length || 1;
  const pct = (x: number) => Math.round((1000 * x) / n) / 10;
  return {
    queries: ranks.length,
    recallAt1: pct(ranks.filter((r) => r !== null && r < 1).length),
    recallAt3: pct(ranks.filter((r) => r !== null && r < 3).length),
    mrr:
      Math.round((1000 * ranks.reduce<number>((s, r) => s + (r === null ? 0 : 1 / (r + 1)), 0)) / n) / 1000,
    zeroResultRate: pct(zero),
  };
}

/** Asks every query through the API (each from its own address, so the search rate limit never interferes). */
export async function evaluate(
  t: TestApp,
  keyById: Map<string, string>,
  engine: string,
  queries: EvalQuery[] = QUERIES,
): Promise<EvalReport> {
  const client = (): GqlClient => t.client({ forwardedFor: `10.${randomBytes(3).join('.')}` });
  const report: EvalReport = { engine, search: {} as never, similar: {} as never, misses: [] };
  type Tally = Map<Scope, [(number | null)[], number]>;
  const perLang: { search: Tally; similar: Tally } = { search: new Map(), similar: new Map() };
  for (const api of ['search', 'similar'] as const) {
    for (const scope of ['all', ...LANGUAGES] as Scope[]) perLang[api].set(scope, [[], 0]);
  }
  for (const query of queries) {
    const c = client();
    const searched = await c.ok<{ search: { edges: { node: { thread: { id: string } } }[] } }>(SEARCH, {
      q: query.q,
    });
    const similar = await c.ok<{ similarThreads: { id: string }[] }>(SIMILAR, {
      i: { title: query.q, first: 5 },
    });
    const lists = {
      search: searched.search.edges.map((e) => keyById.get(e.node.thread.id) ?? '?'),
      similar: similar.similarThreads.map((th) => keyById.get(th.id) ?? '?'),
    };
    for (const api of ['search', 'similar'] as const) {
      const got = lists[api];
      const at = got.findIndex((k) => query.expect.includes(k));
      const rank = at < 0 ? null : at;
      if (rank === null || rank >= 3)
        report.misses.push({ api, q: query.q, lang: query.lang, got: got.slice(0, 3) });
      for (const scope of ['all', query.lang] as Scope[]) {
        const entry = perLang[api].get(scope)!;
        entry[0].push(rank);
        if (!got.length) entry[1]++;
      }
    }
  }
  for (const api of ['search', 'similar'] as const) {
    for (const [scope, [ranks, zero]] of perLang[api]) report[api][scope] = score(ranks, zero);
  }
  return report;
}

/** A plain-text table of the figures, per language and overall. */
export function formatReport(report: EvalReport): string {
  const lines = [
    `Search relevance (${report.engine}): ${QUERIES.length} queries over ${THREADS.length} threads`,
  ];
  lines.push('api      scope  queries  recall@1  recall@3    MRR  zero-result');
  for (const api of ['search', 'similar'] as const) {
    for (const scope of ['all', ...LANGUAGES] as Scope[]) {
      const s = report[api][scope];
      lines.push(
        `${api.padEnd(8)} ${scope.padEnd(5)} ${String(s.queries).padStart(8)} ${`${s.recallAt1}%`.padStart(9)} ${`${s.recallAt3}%`.padStart(9)} ${s.mrr.toFixed(3).padStart(6)} ${`${s.zeroResultRate}%`.padStart(12)}`,
      );
    }
  }
  return lines.join('\n');
}
