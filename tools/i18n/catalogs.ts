// Checks the message catalogs (apps/web/src/i18n/messages, apps/api/src/i18n/messages): every locale has every
// key and no other, each message parses as ICU with the same placeholders as English, each plural has every form
// its language needs, every key is used by the code and every key the code asks for exists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export const LOCALES = ['en', 'ru', 'sl', 'zh-CN'] as const;
export type Catalog = Record<string, string>;

const ROOT = join(__dirname, '..', '..');

export interface CatalogSet {
  name: string;
  dir: string;
  /** Where the code that uses it lives. */
  sources: string[];
  /** Folders under `sources` whose code uses another set. */
  exclude?: string[];
}

// The embeddable widget (apps/web/src/widget) speaks from the server's catalogs: the API hands each part its words.
export const CATALOG_SETS: CatalogSet[] = [
  {
    name: 'web',
    dir: 'apps/web/src/i18n/messages',
    sources: ['apps/web/src'],
    exclude: ['apps/web/src/widget'],
  },
  { name: 'server', dir: 'apps/api/src/i18n/messages', sources: ['apps/api/src', 'apps/web/src/widget'] },
];

export function readCatalogs(set: CatalogSet): Record<string, Catalog> {
  const dir = join(ROOT, set.dir);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as Catalog]),
  );
}

/** Keys English has that `locale` lacks, and keys `locale` has that English does not. */
export function keyProblems(catalogs: Record<string, Catalog>): string[] {
  const problems: string[] = [];
  const english = catalogs.en ?? {};
  for (const locale of LOCALES) {
    const catalog = catalogs[locale];
    if (!catalog) {
      problems.push(`${locale}: the catalog is missing`);
      continue;
    }
    for (const key of Object.keys(english)) if (!(key in catalog)) problems.push(`${locale}: missing ${key}`);
    for (const key of Object.keys(catalog))
      if (!(key in english)) problems.push(`${locale}: ${key} is not in en`);
  }
  for (const locale of Object.keys(catalogs)) {
    if (!(LOCALES as readonly string[]).includes(locale)) problems.push(`${locale}: not a supported locale`);
  }
  return problems;
}

interface Walked {
  args: Set<string>;
  plurals: { arg: string; ordinal: boolean; options: string[] }[];
}

function walk(elements: MessageFormatElement[], into: Walked): Walked {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) {
      into.args.add(e.value);
    } else if (e.type === TYPE.select) {
      into.args.add(e.value);
      for (const o of Object.values(e.options)) walk(o.value, into);
    } else if (e.type === TYPE.plural) {
      into.args.add(e.value);
      into.plurals.push({
        arg: e.value,
        ordinal: e.pluralType === 'ordinal',
        options: Object.keys(e.options),
      });
      for (const o of Object.values(e.options)) walk(o.value, into);
    } else if (e.type === TYPE.tag) {
      into.args.add(e.value);
      walk(e.children, into);
    }
  }
  return into;
}

/** Parse errors, placeholders that differ from English, and plural forms a locale needs but lacks (or cannot use). */
export function messageProblems(catalogs: Record<string, Catalog>): string[] {
  const problems: string[] = [];
  const englishArgs = new Map<string, Set<string>>();
  for (const locale of LOCALES) {
    const catalog = catalogs[locale] ?? {};
    for (const [key, text] of Object.entries(catalog)) {
      let walked: Walked;
      try {
        walked = walk(parse(text), { args: new Set(), plurals: [] });
      } catch (e) {
        problems.push(`${locale}: ${key} is not valid ICU (${(e as Error).message})`);
        continue;
      }
      if (locale === 'en') englishArgs.set(key, walked.args);
      const expected = englishArgs.get(key);
      if (expected && locale !== 'en') {
        // A plural whose every form is worded without `#` may leave its argument out (Chinese often does).
        const pluralArgs = new Set(
          catalogs.en?.[key]
            ? walk(parse(catalogs.en[key]), { args: new Set(), plurals: [] }).plurals.map((p) => p.arg)
            : [],
        );
        const missing = [...expected].filter((a) => !walked.args.has(a) && !pluralArgs.has(a));
        const extra = [...walked.args].filter((a) => !expected.has(a));
        if (missing.length) problems.push(`${locale}: ${key} lacks {${missing.join('}, {')}}`);
        if (extra.length)
          problems.push(`${locale}: ${key} has {${extra.join('}, {')}}, which English has not`);
      }
      for (const plural of walked.plurals) {
        const rules = new Intl.PluralRules(locale, { type: plural.ordinal ? 'ordinal' : 'cardinal' });
        const needed = rules.resolvedOptions().pluralCategories as string[];
        const lacking = needed.filter((c) => !plural.options.includes(c));
        const foreign = plural.options.filter((o) => !o.startsWith('=') && !needed.includes(o));
        if (lacking.length) {
          problems.push(`${locale}: ${key} {${plural.arg}, plural} lacks the form(s) ${lacking.join(', ')}`);
        }
        if (foreign.length) {
          problems.push(
            `${locale}: ${key} {${plural.arg}, plural} has form(s) ${foreign.join(', ')} that ${locale} never uses`,
          );
        }
      }
    }
  }
  return problems;
}

function sourceFiles(dir: string, exclude: string[], out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const skipped = exclude.includes(relative(ROOT, path));
      if (!skipped && name !== 'gql' && name !== 'messages' && name !== 'node_modules')
        sourceFiles(path, exclude, out);
    } else if (/\.(ts|tsx)$/.test(name) && !/\.spec\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

export interface Usage {
  /** Every string literal shaped like a key (`a.b`), wherever it appears. */
  literals: Set<string>;
  /** Template literals that build a key from a prefix (`errors.notFound.${what}`): they use every key below it. */
  prefixes: Set<string>;
  /** Keys the code passes to a translation call (t, pageT, msg, id=, label=), with the file that does. */
  requested: Map<string, string>;
}

const LITERAL = /(['"`])([a-zA-Z][\w-]*(?:\.[\w-]+)+)\1/g;
const PREFIX = /`([a-zA-Z][\w-]*(?:\.[\w-]+)*\.)\$\{/g;
const REQUEST =
  /(?:\b(?:t|pageT|msg|translate\([^,]+,)\s*\(\s*|\b(?:id|label|action|labelId|titleId)=\{?\s*|\bid:\s*)(['"])([a-zA-Z][\w-]*(?:\.[\w-]+)+)\1/g;

export function scanUsage(sources: string[], exclude: string[] = []): Usage {
  const usage: Usage = { literals: new Set(), prefixes: new Set(), requested: new Map() };
  for (const root of sources) {
    for (const file of sourceFiles(join(ROOT, root), exclude)) {
      // Comments neither use a key nor ask for one.
      const text = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:'"`\w])\/\/.*$/gm, '$1');
      for (const m of text.matchAll(LITERAL)) usage.literals.add(m[2]);
      for (const m of text.matchAll(PREFIX)) usage.prefixes.add(m[1]);
      for (const m of text.matchAll(REQUEST)) usage.requested.set(m[2], relative(ROOT, file));
    }
  }
  return usage;
}

export function usageProblems(english: Catalog, usage: Usage): string[] {
  const problems: string[] = [];
  const prefixes = [...usage.prefixes];
  for (const key of Object.keys(english)) {
    if (!usage.literals.has(key) && !prefixes.some((p) => key.startsWith(p))) {
      problems.push(`${key} is in the catalog but no code uses it`);
    }
  }
  for (const [key, file] of usage.requested) {
    if (!(key in english)) problems.push(`${file} asks for ${key}, which the catalog lacks`);
  }
  return problems;
}
