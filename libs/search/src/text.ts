// Text handling both adapters share: accent and case folding, CJK bigrams, and safe highlighting.

const MARKS = /\p{M}+/gu;

/** Lower-cases and strips accents (č → c, é → e, ё → е), as Postgres' unaccent does for the index. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

// Han, Hiragana, Katakana and Hangul: scripts written without spaces between words.
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/**
 * Postgres' parser does not split Chinese or Japanese into words, so a run like 蓝牙耳机 would be one
 * unsearchable token. We index (and query) CJK runs as overlapping bigrams — 蓝牙 牙耳 耳机 — the
 * approach of Lucene's CJKAnalyzer: any two-character query word then finds the run that contains it.
 */
export function cjkBigrams(text: string): string {
  return text.replace(CJK_RUN, (run) => {
    const chars = [...run];
    if (chars.length < 2) return ` ${run} `;
    const grams: string[] = [];
    for (let i = 0; i < chars.length - 1; i++) grams.push(chars[i] + chars[i + 1]);
    return ` ${grams.join(' ')} `;
  });
}

/** Text as both adapters' Postgres side indexes it: folded, CJK split into bigrams. */
export const indexText = (text: string) => cjkBigrams(fold(text));

/** The words of a query or draft, folded, CJK as bigrams; punctuation dropped. */
export function words(text: string): string[] {
  return indexText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/** Turns text with MARK_START/MARK_END around matches into safe HTML: all escaped, matches in <mark>. */
export function markedToHtml(text: string): string {
  return text
    .split(MARK_START)
    .map((part, i) => {
      if (i === 0) return escapeHtml(part.split(MARK_END).join(''));
      const end = part.indexOf(MARK_END);
      if (end < 0) return escapeHtml(part);
      return `<mark>${escapeHtml(part.slice(0, end))}</mark>${escapeHtml(
        part
          .slice(end + 1)
          .split(MARK_END)
          .join(''),
      )}`;
    })
    .join('');
}

interface Folded {
  text: string;
  /** For each folded character, the index of the original character it came from; null: the same index. */
  origin: number[] | null;
}

const NON_ASCII = /[^ -~\t\n\r]/;

function foldWithMap(text: string): Folded {
  // Printable ASCII and white space fold character for character (lower case only): no map to build. Most
  // text is; this runs for the title, body and answers of every hit.
  if (!NON_ASCII.test(text)) return { text: text.toLowerCase(), origin: null };
  let out = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const f = code < 128 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch) : fold(ch);
    for (let k = 0; k < f.length; k++) origin.push(i);
    out += f;
    i += ch.length;
  }
  origin.push(text.length);
  return { text: out, origin };
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where query terms occur in `text` (accent- and case-insensitive; a term matches a word's start). */
function matches(text: string, terms: string[]): [number, number][] {
  if (!terms.length || !text) return [];
  const folded = foldWithMap(text);
  const at0 = (i: number) => (folded.origin ? folded.origin[i] : i);
  const found: [number, number][] = [];
  for (const term of new Set(terms)) {
    if (!term) continue;
    const cjk = CJK.test(term);
    let from = 0;
    for (;;) {
      const at = folded.text.indexOf(term, from);
      if (at < 0) break;
      from = at + term.length;
      const before = at > 0 ? folded.text[at - 1] : ' ';
      if (!cjk && WORD_CHAR.test(before)) continue;
      let end = at + term.length;
      // Extend to the end of the word, so "pair" marks all of "pairing".
      while (!cjk && end < folded.text.length && WORD_CHAR.test(folded.text[end])) end++;
      found.push([at0(at), at0(end)]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const m of found) {
    const last = merged.at(-1);
    if (last && m[0] <= last[1]) last[1] = Math.max(last[1], m[1]);
    else merged.push([...m]);
  }
  return merged;
}

/** The whole text as safe HTML, with every match of `terms` in <mark>. */
export function highlight(text: string, terms: string[]): string {
  let out = '';
  let pos = 0;
  for (const [s, e] of matches(text, terms)) {
    out += text.slice(pos, s) + MARK_START + text.slice(s, e) + MARK_END;
    pos = e;
  }
  return markedToHtml(out + text.slice(pos));
}

/** A passage of about `length` characters around the first match (or the opening), as safe HTML. */
export function snippet(text: string, terms: string[], length = 180): { html: string; matched: boolean } {
  const found = matches(text, terms);
  if (!found.length) {
    const cut = text.length > length ? `${text.slice(0, length).trimEnd()}…` : text;
    return { html: escapeHtml(cut), matched: false };
  }
  let start = Math.max(0, found[0][0] - Math.floor(length / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space > 0 && space < found[0][0]) start = space + 1;
  }
  const end = Math.min(text.length, start + length);
  const inside = found.filter(([s, e]) => s >= start && e <= end);
  let out = start > 0 ? '…' : '';
  let pos = start;
  for (const [s, e] of inside) {
    out += text.slice(pos, s) + MARK_START + text.slice(s, e) + MARK_END;
    pos = e;
  }
  out += text.slice(pos, end) + (end < text.length ? '…' : '');
  return { html: markedToHtml(out), matched: true };
}

// Words that carry no meaning in a question: how customers phrase one ("how do I", "why does my", "как",
// "kako", "如何"), as folded by fold(). Both adapters leave them out of matching (a query made only of them
// keeps them). Russian words appear folded: й → и, ё → е.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // English
    'a an and any anyone are as at be been but by can cant could did do does dont doesnt for from get got',
    'has have having he her here hi his how i im in is it its ive just me my myself no not of on or our',
    'please she should so some still that the their them then there these they this those to too up us',
    'very was way we were what when where which while who why will with without would you your hello',
    'thanks help anymore again am also',
    // Russian (folded)
    'а без бы в во вам вас вот все всё вы где да для до его ее если есть еще же за и из или им их к',
    'как какои когда кто ли либо меня мне мои моя мое мои мы на надо нам нас не нет но ну о об однако',
    'он она они оно от по почему при пожалуиста с со так также там то тоже у уже хотя что чтобы это я',
    'подскажите помогите здравствуите спасибо',
    // Slovenian (folded)
    'ali in je se sem si so smo ste da ne na za v z s k h o po pri iz od do ob kako kaj kje kdaj zakaj',
    'kateri katera mi me moj moja moje moji mojo ta to te ti tudi pa ker kot ko ce lahko bi bo bom',
    'prosim hvala pozdravljeni',
  ]
    .join(' ')
    .split(' ')
    .concat(['如何', '怎么', '怎样', '为什', '什么', '我的', '可以', '请问', '是否', '一下', '为何']),
);

export const isStopWord = (word: string) => STOP_WORDS.has(word);

/** The words of a query that matter: folded, CJK as bigrams, question phrasing left out, each once. */
export function queryTerms(text: string): string[] {
  const all = [...new Set(words(text))];
  const meaningful = all.filter((w) => !STOP_WORDS.has(w));
  return meaningful.length ? meaningful : all;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * The Postgres text search configuration that stems a text: 'russian' when it has Cyrillic (Postgres' russian
 * configuration also stems Latin words with the English stemmer), 'english' otherwise. Slovenian and other
 * Latin-script languages are matched as exact words and corrected by trigrams; CJK as bigrams.
 */
export function stemmingConfig(text: string): 'russian' | 'english' {
  return CYRILLIC.test(text) ? 'russian' : 'english';
}
