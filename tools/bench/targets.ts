// What the bench measures for a scenario: our API fresh, our API from a guest cache, and the baseline, each as
// a way to ask for sample `i`. Shared by `run` (latency and throughput) and `cpu` (CPU time per request).
import { SESSION_COOKIE } from '../../apps/api/src/accounts/sessions.service';
import { apiRequest } from './capture-sql';
import type { Scenario, Variables } from './scenarios';

export interface BenchRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** One thing measured: a server and how it is asked (ours fresh, ours from the guests' cache, the baseline). */
export interface Target<S extends { url: string }> {
  server: S;
  /** Column label: `ours`, `ours (cached)`, `ours (rendered)`, `baseline`. */
  label: string;
  request(sample: number): BenchRequest;
}

/** A session cookie naming no session: the page renders as for a guest and is never kept. */
export const STALE_SESSION = `${SESSION_COOKIE}=bench-no-such-session`;

export interface TargetOptions {
  /** Headers added to every request (cpu: a random X-Forwarded-For per request). */
  headers?: () => Record<string, string>;
  /** Measure the guests' read cache too, where the scenario has one (run: yes; cpu: fresh answers only). */
  guestCache?: boolean;
}

/** How each target asks for sample `i` of a scenario; no baseline target when `baseline` is null. */
export function targetsOf<S extends { url: string }>(
  scenario: Scenario,
  samples: Variables[],
  ours: S,
  baseline: S | null,
  cookies: string[],
  options: TargetOptions = {},
): Target<S>[] {
  const extra = options.headers ?? (() => ({}));
  const ask =
    (build: (i: number) => BenchRequest) =>
    (i: number): BenchRequest => {
      const r = build(i);
      return { ...r, headers: { ...r.headers, ...extra() } };
    };
  // As autocannon asks: no compression (fetch would ask for gzip, deflate and br).
  const plain = { 'accept-encoding': 'identity' };
  const targets: Target<S>[] = [];
  if (scenario.kind === 'html') {
    const html = { accept: 'text/html', 'accept-encoding': 'br, gzip', 'accept-language': 'en' };
    const page = (i: number) => String(samples[i].path);
    targets.push(
      {
        server: ours,
        label: 'ours (cached)',
        request: ask((i) => ({ method: 'GET', path: page(i), headers: html })),
      },
      {
        server: ours,
        label: 'ours (rendered)',
        // A session cookie that names no session: rendered for nobody, exactly as for a guest, but never kept
        // (the page cache keeps only cookie-less requests; thread pages ignore query strings).
        request: ask((i) => ({ method: 'GET', path: page(i), headers: { ...html, cookie: STALE_SESSION } })),
      },
    );
  } else {
    const graphql = (headers: Record<string, string>) =>
      ask((i) => {
        const r = apiRequest(scenario, samples[i], cookies[i % cookies.length]);
        return { ...r, headers: { ...r.headers, ...plain, ...headers } };
      });
    // `ours` is always a fresh answer (what the API does per request); `ours (cached)` the guests' read cache.
    targets.push({ server: ours, label: 'ours', request: graphql({ 'cache-control': 'no-cache' }) });
    if (options.guestCache && scenario.guestCache)
      targets.push({ server: ours, label: 'ours (cached)', request: graphql({}) });
  }
  if (baseline) {
    targets.push({
      server: baseline,
      label: 'baseline',
      request: ask((i) => ({
        method: 'POST',
        path: scenario.baseline === 'replay' ? `/replay/${scenario.name}` : `/${scenario.name}`,
        headers: { 'content-type': 'application/json', ...plain },
        body: JSON.stringify(scenario.baseline === 'replay' ? { sample: i } : { variables: samples[i] }),
      })),
    });
  }
  return targets;
}
