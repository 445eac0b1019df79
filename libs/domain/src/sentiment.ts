// Sentiment of English text from the AFINN-165 lexicon (the `sentiment` package), normalised to −1 … 1.
import Sentiment from 'sentiment';

const analyzer = new Sentiment();

/** Common English function words: text without one of them is most likely not English. */
const ENGLISH_WORDS = new Set(
  'the a an is are was were be been i my me we our you your it its this that to of in on for with and or but not no do does did have has how what why when where can cannot could would should will after before from'.split(
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

/**
 * −1 (very negative) … 1 (very positive), or null when the text is not English: the lexicon only knows
 * English, and a score of 0 for a French or Japanese complaint would read as "neutral", which is a lie.
 * Non-English means mostly non-Latin letters, or no lexicon hit and no common English word.
 * The AFINN comparative score (sum of word scores / words) is averaged over every word, so a long
 * complaint with one "frustrated" scores near 0; doubling it before squashing with tanh keeps such posts
 * below the NEGATIVE threshold while short outbursts ("This is terrible") approach −1.
 */
export function scoreSentiment(text: string): number | null {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (!letters.length) return null;
  const latin = letters.filter((ch) => /[A-Za-z\u00C0-\u024F]/.test(ch)).length;
  if (latin / letters.length < 0.5) return null;
  const result = analyzer.analyze(text);
  const hits = result.positive.length + result.negative.length;
  if (!hits && !result.tokens.some((token) => ENGLISH_WORDS.has(token))) return null;
  return Math.round(Math.tanh(2 * result.comparative) * 1000) / 1000;
}
