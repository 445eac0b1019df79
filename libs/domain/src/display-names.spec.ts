import { checkDisplayName } from './display-names';

const member = (name: string) => checkDisplayName(name, { staff: false });

describe('display names', () => {
  it('normalises to NFKC and collapses spaces', () => {
    expect(member('  Ｊａｎｅ   Doe ')).toEqual({ ok: true, name: 'Jane Doe' });
  });

  it.each([
    ['a zero-width space alone', '\u200B'],
    ['an RTL override', 'Bob\u202Egnp.exe'],
    ['a zero-width joiner inside', 'Al\u200Dice'],
    ['a Hangul filler', '\u3164'],
  ])('refuses %s', (_, name) => {
    expect(member(name)).toMatchObject({ ok: false });
  });

  it('refuses a word that mixes Latin and Cyrillic (a Cyrillic А in "Admin")', () => {
    const result = member('\u0410dmin Helper');
    expect(result).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/Latin and Cyrillic|Cyrillic and Latin/),
    });
  });

  it('keeps whole words in other alphabets', () => {
    expect(member('Анна Петрова')).toMatchObject({ ok: true });
    expect(member('李小龍')).toMatchObject({ ok: true });
  });

  it('keeps staff-like names and badges for staff', () => {
    for (const name of ['Acme Support Team ✔ (Official)', 'Jane (Moderator)', 'Helpful ✓']) {
      expect(member(name)).toMatchObject({ ok: false, problem: expect.stringMatching(/kept for staff/) });
      expect(checkDisplayName(name, { staff: true })).toMatchObject({ ok: true });
    }
  });

  it('accepts ordinary names', () => {
    expect(member("Zoë O'Brien-Smith")).toEqual({ ok: true, name: "Zoë O'Brien-Smith" });
  });
});
