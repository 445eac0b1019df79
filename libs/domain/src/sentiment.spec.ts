import { scoreSentiment, sentimentBucket } from './sentiment';

describe('scoreSentiment', () => {
  it('scores English text between -1 and 1', () => {
    const angry = scoreSentiment('This is terrible, the router is broken and I am furious.')!;
    const happy = scoreSentiment('Thanks, this worked great! Love it.')!;
    expect(angry).toBeLessThan(-0.3);
    expect(happy).toBeGreaterThan(0.3);
    expect(Math.abs(angry)).toBeLessThanOrEqual(1);
    expect(sentimentBucket(angry)).toBe('NEGATIVE');
    expect(sentimentBucket(happy)).toBe('POSITIVE');
  });

  it('gives neutral English 0', () => {
    expect(scoreSentiment('How do I reset my router?')).toBe(0);
  });

  it('stores nothing for text the English lexicon cannot judge', () => {
    expect(scoreSentiment('ルーターが壊れました。最悪です。')).toBeNull();
    expect(scoreSentiment('Mein Router funktioniert nicht mehr seit gestern')).toBeNull();
    expect(scoreSentiment('1234 !!!')).toBeNull();
  });
});
