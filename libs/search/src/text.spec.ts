import { highlight, snippet } from './text';

// Plain ASCII text is matched without a folding map (the fast path); text with accents, ligatures or CJK
// is folded character by character. Both must mark the same words of the original text.
describe('highlight', () => {
  it('marks whole words from their start, case-insensitively, in ASCII text', () => {
    expect(highlight('Pairing the Headset: pair it <again>', ['pair', 'headset'])).toBe(
      '<mark>Pairing</mark> the <mark>Headset</mark>: <mark>pair</mark> it &#60;again&#62;',
    );
    expect(highlight('repair impair', ['pair'])).toBe('repair impair');
  });

  it('marks the original characters of accented, decomposed and ligature text', () => {
    expect(highlight('Zaščita gesla, ZAŠČITA', ['zascita'])).toBe(
      '<mark>Zaščita</mark> gesla, <mark>ZAŠČITA</mark>',
    );
    // "e" followed by a combining acute accent: two characters of the original, one folded.
    expect(highlight('Cafe\u0301 wifi', ['cafe', 'wifi'])).toBe('<mark>Cafe\u0301</mark> <mark>wifi</mark>');
    expect(highlight('ﬁle sync', ['file'])).toBe('<mark>ﬁle</mark> sync');
    expect(highlight('蓝牙耳机无法连接', ['耳机'])).toBe('蓝牙<mark>耳机</mark>无法连接');
  });
});

describe('snippet', () => {
  const long = `${'Lorem ipsum dolor sit amet. '.repeat(10)}The router reboots at night. ${'Tail text. '.repeat(20)}`;

  it('cuts a passage around the first match, in ASCII and in accented text alike', () => {
    const ascii = snippet(long, ['router']);
    expect(ascii.matched).toBe(true);
    expect(ascii.html).toContain('The <mark>router</mark> reboots');
    expect(ascii.html.startsWith('…')).toBe(true);
    const accented = snippet(long.replace('router', 'routér'), ['router']);
    expect(accented.html).toBe(ascii.html.replace('router', 'routér'));
  });

  it('opens the text when nothing matches', () => {
    expect(snippet(long, ['modem'])).toEqual({ html: `${long.slice(0, 180).trimEnd()}…`, matched: false });
  });
});
