// How long a title is, fairly across scripts: a Chinese, Japanese or Korean character carries about as much as
// a short English word, so "如何导出我的发票？" (9 characters) is a complete question. Wide (CJK) characters count
// twice, the way terminals and East Asian typography measure width; everything else counts once.
const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

export function titleLength(title: string): number {
  let n = 0;
  for (const ch of title) n += WIDE.test(ch) ? 2 : 1;
  return n;
}
