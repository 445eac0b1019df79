// Spacing and separators between inline items, the same in every language. They live here rather than as JSX text
// so the no-literal-string-in-jsx lint, which cannot tell words from spacing, flags only words.
export const SPACE = ' ';
/** Between items of a meta line ("3 answers · asked 2 days ago"). */
export const DOT = ' · ';
