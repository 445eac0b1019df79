// Bench results: every run of every target (ours fresh, ours from the guests' caches, the baseline) per
// scenario, their medians and spread over the repeated runs, ratios to the baseline, and how they are printed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Measurement {
  scenario: string;
  /** `ours`, `ours (cached)`, `ours (rendered)` or `baseline`. */
  target: string;
  p50: number;
  p95: number;
  p99: number;
  /** Mean requests per second over the run. */
  rps: number;
  requests: number;
  /** Connection errors, timeouts, non-2xx answers and GraphQL `errors`: all must be 0 for a valid run. */
  failures: number;
}

/** One target's repeated runs: medians, and the spread of requests per second. */
export interface Summary {
  target: string;
  runs: Measurement[];
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  rpsMin: number;
  rpsMax: number;
  failures: number;
  /** Median req/s ÷ the baseline's; p95 ÷ the baseline's. */
  rpsRatio: number | null;
  p95Ratio: number | null;
}

export interface Comparison {
  scenario: string;
  title: string;
  measurements: Measurement[];
  summaries: Summary[];
}

export interface BenchResults {
  at: string;
  machine: {
    cpus: number;
    cpu: string;
    memoryGiB: number;
    node: string;
    postgres: string;
    /** What other work took of the machine (and `uptime`'s load averages) before the first and after the last run. */
    loadBefore: string;
    loadAfter: string;
    /** Other work took more than half the machine before some run (recorded with --allow-busy). */
    busy: boolean;
  };
  dataset: Record<string, number>;
  settings: { duration: number; warmup: number; connections: number; repeats: number };
  /** SQL statements per page, as the API ran them (capture-sql). */
  statements: Record<string, number[]>;
  comparisons: Comparison[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ratio = (a: number, b: number | undefined) =>
  b && Number.isFinite(a) && a > 0 ? Math.round((a / b) * 100) / 100 : null;

export function summarise(scenario: string, title: string, runs: Map<string, Measurement[]>): Comparison {
  const summaries: Summary[] = [...runs].map(([target, ms]) => ({
    target,
    runs: ms,
    p50: median(ms.map((m) => m.p50)),
    p95: median(ms.map((m) => m.p95)),
    p99: median(ms.map((m) => m.p99)),
    rps: median(ms.map((m) => m.rps)),
    rpsMin: Math.min(...ms.map((m) => m.rps)),
    rpsMax: Math.max(...ms.map((m) => m.rps)),
    failures: ms.reduce((n, m) => n + m.failures, 0),
    rpsRatio: null,
    p95Ratio: null,
  }));
  const baseline = summaries.find((s) => s.target === 'baseline');
  for (const s of summaries) {
    if (s === baseline) continue;
    s.rpsRatio = ratio(s.rps, baseline?.rps);
    s.p95Ratio = ratio(s.p95, baseline?.p95);
  }
  return { scenario, title, measurements: [...runs.values()].flat(), summaries };
}

const HEADER = [
  'scenario',
  'server',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'req/s (median)',
  'spread',
  '×baseline req/s',
  'failures',
];
const fmt = (n: number, digits = 1) => n.toFixed(digits);

function rows(results: BenchResults): string[][] {
  return results.comparisons.flatMap((c) =>
    c.summaries.map((s, i) => [
      i === 0 ? c.scenario : '',
      s.target,
      fmt(s.p50),
      fmt(s.p95),
      fmt(s.p99),
      fmt(s.rps, 0),
      `${fmt(s.rpsMin, 0)}–${fmt(s.rpsMax, 0)}`,
      s.rpsRatio === null ? '' : `×${s.rpsRatio}`,
      String(s.failures),
    ]),
  );
}

export function textTable(results: BenchResults): string {
  const all = [HEADER, ...rows(results)];
  const widths = HEADER.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...rows(results).map(line)].join('\n');
}

export function markdown(results: BenchResults): string {
  const { machine, dataset, settings } = results;
  return [
    `Measured ${results.at} on ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.postgres}.`,
    `Before: ${machine.loadBefore}; after: ${machine.loadAfter}` +
      (machine.busy ? ' — **the machine was busy: absolute figures are pessimistic, compare ratios**.' : '.'),
    `Data set: ${Object.entries(dataset)
      .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
      .join(
        ', ',
      )}. autocannon: ${settings.connections} connections, ${settings.repeats} × ${settings.duration} s per server, alternating, after ${settings.warmup} s of warm-up.`,
    '',
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`,
    ...rows(results).map((r) => `| ${r.join(' | ')} |`),
    '',
    ...results.comparisons.map((c) => `- **${c.scenario}**: ${c.title}`),
    ...Object.entries(results.statements).map(
      ([s, counts]) =>
        `- SQL statements per ${s} page (API, captured): ${[...new Set(counts)].sort((a, b) => a - b).join(', ')}`,
    ),
    '',
  ].join('\n');
}

export function save(results: BenchResults, jsonPath: string, markdownPath: string): void {
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, JSON.stringify(results, null, 2) + '\n');
  writeFileSync(markdownPath, markdown(results));
}
