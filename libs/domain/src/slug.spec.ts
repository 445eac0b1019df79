import { threadPath, threadSlug } from './slug';

describe('thread slugs', () => {
  it('keeps words, drops punctuation and accents', () => {
    expect(threadSlug('How do I rotate my API token?')).toBe('how-do-i-rotate-my-api-token');
    expect(threadSlug('Café — crème brûlée')).toBe('cafe-creme-brulee');
  });
  it('falls back to a fixed word when nothing ASCII is left', () => {
    expect(threadSlug('如何重置密码')).toBe('thread');
  });
  it('caps the length without a trailing dash', () => {
    const slug = threadSlug(`${'word '.repeat(40)}end`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
  it('builds the canonical path from title and id', () => {
    expect(threadPath({ id: 'abc', title: 'Hello, world' })).toBe('/t/hello-world/abc');
  });
});
