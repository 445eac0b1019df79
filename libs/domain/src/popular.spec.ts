import { popularScore } from './popular';

const day = 86_400_000;
const now = new Date('2026-11-01T12:00:00Z');

describe('popular score', () => {
  it('ranks the older of two threads with the same votes lower', () => {
    const fresh = popularScore({ score: 10, answerCount: 2, viewCount: 100, createdAt: now });
    const old = popularScore({
      score: 10,
      answerCount: 2,
      viewCount: 100,
      createdAt: new Date(now.getTime() - 3 * day),
    });
    expect(fresh).toBeGreaterThan(old);
  });

  it('ranks more answers higher, and more votes higher, at the same age', () => {
    const base = { score: 3, answerCount: 1, viewCount: 10, createdAt: now };
    expect(popularScore({ ...base, answerCount: 5 })).toBeGreaterThan(popularScore(base));
    expect(popularScore({ ...base, score: 30 })).toBeGreaterThan(popularScore(base));
    expect(popularScore({ ...base, viewCount: 5000 })).toBeGreaterThan(popularScore(base));
  });

  it('lets a much-loved thread outrank a slightly newer quiet one, but not forever', () => {
    const loved = {
      score: 200,
      answerCount: 20,
      viewCount: 5000,
      createdAt: new Date(now.getTime() - 12 * 3600_000),
    };
    const quiet = { score: 1, answerCount: 0, viewCount: 3, createdAt: now };
    expect(popularScore(loved)).toBeGreaterThan(popularScore(quiet));
    expect(popularScore({ ...loved, createdAt: new Date(now.getTime() - 10 * day) })).toBeLessThan(
      popularScore(quiet),
    );
  });

  it('sinks net-negative threads below neutral ones of the same age', () => {
    expect(popularScore({ score: -10, answerCount: 0, viewCount: 0, createdAt: now })).toBeLessThan(
      popularScore({ score: 0, answerCount: 0, viewCount: 0, createdAt: now }),
    );
  });
});
