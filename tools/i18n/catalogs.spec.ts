// The catalogs are complete and exactly what the code uses, in every locale, with every plural form.
import {
  CATALOG_SETS,
  keyProblems,
  messageProblems,
  readCatalogs,
  scanUsage,
  usageProblems,
} from './catalogs';

describe.each(CATALOG_SETS)('$name message catalogs', (set) => {
  const catalogs = readCatalogs(set);

  it('have every key in every locale (en, ru, sl, zh-CN) and no others', () => {
    expect(keyProblems(catalogs)).toEqual([]);
  });

  it('are valid ICU with the placeholders English has, and every plural form each language needs', () => {
    expect(messageProblems(catalogs)).toEqual([]);
  });

  it('hold every key the code asks for, and none that no code uses', () => {
    expect(usageProblems(catalogs.en, scanUsage(set.sources, set.exclude))).toEqual([]);
  });
});

describe('the catalog checks', () => {
  const en = { 'a.one': 'One', 'a.count': '{n, plural, one {# reply} other {# replies}}' };

  it('find a key missing in one locale and one English lacks', () => {
    const problems = keyProblems({
      en,
      ru: { 'a.count': '{n, plural, one {#} few {#} many {#} other {#}}', 'a.extra': 'x' },
      sl: en,
      'zh-CN': en,
    });
    expect(problems).toContain('ru: missing a.one');
    expect(problems).toContain('ru: a.extra is not in en');
  });

  it('find plural forms missing for Russian and Slovenian, and a placeholder lost', () => {
    const problems = messageProblems({
      en,
      ru: { 'a.one': 'Один', 'a.count': '{n, plural, one {# ответ} other {# ответов}}' },
      sl: {
        'a.one': 'Ena {x}',
        'a.count': '{n, plural, one {# odgovor} two {# odgovora} other {# odgovorov}}',
      },
      'zh-CN': { 'a.one': '一', 'a.count': '{n} 条回复' },
    });
    expect(problems).toContain('ru: a.count {n, plural} lacks the form(s) few, many');
    expect(problems).toContain('sl: a.count {n, plural} lacks the form(s) few');
    expect(problems).toContain('sl: a.one has {x}, which English has not');
    expect(problems.filter((p) => p.startsWith('zh-CN'))).toEqual([]);
  });

  it('find a key no code uses and a key the code asks for that is missing', () => {
    const problems = usageProblems(en, {
      literals: new Set(['a.one', 'b.missing']),
      prefixes: new Set(),
      requested: new Map([['b.missing', 'x.tsx']]),
    });
    expect(problems).toEqual([
      'a.count is in the catalog but no code uses it',
      'x.tsx asks for b.missing, which the catalog lacks',
    ]);
  });
});
