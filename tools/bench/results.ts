// Bench results: one measurement per scenario and server, their ratios, and how they are printed and saved.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type Target = 'ours' | 'baseline';

export interface Measurement {
  scenario: string;
  target: Target;
  p50: number;
  /** Recorded since the search scenarios (their target is a p95). */
  p95?: number;
  p99: number;
  /** Mean requests per second over the run. */
  rps: number;
  requests: number;
  /** Connection errors, timeouts, non-2xx answers and GraphQL `errors`: all must be 0 for a valid run. */
  failures: number;
}

export interface Comparison {
  scenario: string;
  title: string;
  ours: Measurement;
  baseline: Measurement;
  /** ours / baseline: above 1 means our latency is higher. */
  p50Ratio: number;
  p99Ratio: number;
  /** ours / baseline: below 1 means we serve fewer requests per second. */
  rpsRatio: number;
}

export interface BenchResults {
  at: string;
  machine: {
    cpus: number;
    cpu: string;
    memoryGiB: number;
    node: string;
    postgres: string;
    /** Share of CPU the machine spent busy (other processes) just before measuring. */
    busyBefore: number | null;
  };
  dataset: Record<string, number>;
  settings: { duration: number; warmup: number; connections: number };
  /** SQL statements per page, as the API ran them (capture-sql). */
  statements: Record<string, number[]>;
  comparisons: Comparison[];
}

const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 100) / 100 : NaN);

export function compare(
  scenario: string,
  title: string,
  ours: Measurement,
  baseline: Measurement,
): Comparison {
  return {
    scenario,
    title,
    ours,
    baseline,
    p50Ratio: ratio(ours.p50, baseline.p50),
    p99Ratio: ratio(ours.p99, baseline.p99),
    rpsRatio: ratio(ours.rps, baseline.rps),
  };
}

const HEADER = ['scenario', 'server', 'p50 ms', 'p99 ms', 'req/s', 'requests', 'failures'];

function rows(results: BenchResults): string[][] {
  const out: string[][] = [];
  for (const c of results.comparisons) {
    for (const m of [c.ours, c.baseline]) {
      out.push([
        c.scenario,
        m.target,
        fmt(m.p50),
        fmt(m.p99),
        fmt(m.rps, 0),
        String(m.requests),
        String(m.failures),
      ]);
    }
    out.push([c.scenario, 'ours/baseline', `×${c.p50Ratio}`, `×${c.p99Ratio}`, `×${c.rpsRatio}`, '', '']);
  }
  return out;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

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
    `Measured ${results.at} on ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.postgres}` +
      (machine.busyBefore === null
        ? '.'
        : ` (machine ${Math.round(machine.busyBefore * 100)}% busy before the run).`),
    `Data set: ${Object.entries(dataset)
      .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
      .join(
        ', ',
      )}. autocannon: ${settings.connections} connections, ${settings.duration} s per run after ${settings.warmup} s of warm-up.`,
    '',
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`,
    ...rows(results).map((r) => `| ${r.join(' | ')} |`),
    '',
    ...results.comparisons.map((c) => `- **${c.scenario}**: ${c.title}`),
    ...Object.entries(results.statements).map(
      ([s, counts]) =>
        `- SQL statements per ${s} page (API, captured): ${[...new Set(counts)].sort().join(' or ')}`,
    ),
    '',
  ].join('\n');
}

export function save(results: BenchResults, jsonPath: string, markdownPath: string): void {
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, JSON.stringify(results, null, 2) + '\n');
  writeFileSync(markdownPath, markdown(results));
}
