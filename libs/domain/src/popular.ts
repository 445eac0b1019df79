// The popular score: votes, answers and views, decayed by age.
//
// Shaped like Reddit's "hot" rank: log10 of the engagement plus the creation time divided by a constant.
// Because the time term only depends on creation, the score never needs recomputing as time passes: a newer
// thread simply starts higher, and every HALF_DAY_SECONDS (12.5 h) of age is worth a tenfold engagement.
// Stored on the thread and updated when its votes, answers or views change, it sorts in an index.

export interface PopularInputs {
  score: number;
  answerCount: number;
  viewCount: number;
  createdAt: Date;
}

/** Seconds of age that are worth one order of magnitude of engagement. */
export const DECAY_SECONDS = 45_000;
const EPOCH = Date.UTC(2024, 0, 1) / 1000;

export const WEIGHTS = { vote: 1, answer: 2, view: 0.02 };

/** Engagement: net votes, answers (worth more than a vote) and views (worth little each). */
export function engagement({ score, answerCount, viewCount }: Omit<PopularInputs, 'createdAt'>): number {
  return score * WEIGHTS.vote + answerCount * WEIGHTS.answer + viewCount * WEIGHTS.view;
}

export function popularScore(inputs: PopularInputs): number {
  const e = engagement(inputs);
  const order = Math.log10(Math.max(Math.abs(e), 1));
  const sign = e > 0 ? 1 : e < 0 ? -1 : 0;
  const age = inputs.createdAt.getTime() / 1000 - EPOCH;
  return Math.round((sign * order + age / DECAY_SECONDS) * 1e6) / 1e6;
}
