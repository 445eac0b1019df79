// Display names people cannot use to impersonate: one normal form (NFKC), no invisible or bidi control
// characters, one alphabet per word (no Latin "Admin" spelt with a Cyrillic А), and staff-like words and
// badges ("Official", "Support", "✔") only for staff.

/** Invisible and direction-changing characters: format (Cf, incl. zero-width and bidi controls), controls, fillers. */
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Co}\p{Cs}\u115F\u1160\u3164\uFFA0\u2800]/u;
const STAFF_WORDS =
  /\b(official|admin|administrator|moderator|mod|staff|support|team|employee|verified|helpdesk|customer care)\b/i;
const BADGES = /[\u2713\u2714\u2705\u2611\u2612\u{1F6E1}\u{1F3C5}\u{1F396}\u{1F4DB}\u00AE\u2122]/u;
const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Cherokee'] as const;

/** Why a display name is refused: the API words each in the reader's language (`problem` is the English). */
export type DisplayNameProblem = 'invisible' | 'noLetter' | 'tooLong' | 'mixedScripts' | 'staffWords';

export type DisplayNameCheck =
  | { ok: true; name: string }
  | { ok: false; problem: string; reason: DisplayNameProblem; word?: string; scripts?: string[] };

export function checkDisplayName(raw: string, options: { staff: boolean }): DisplayNameCheck {
  const name = raw.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (INVISIBLE.test(name)) {
    return {
      ok: false,
      reason: 'invisible',
      problem: 'Display name must not contain invisible or text-direction characters.',
    };
  }
  if (!/[\p{L}\p{N}]/u.test(name)) {
    return {
      ok: false,
      reason: 'noLetter',
      problem: 'Display name must contain at least one letter or digit.',
    };
  }
  if (name.length > 60)
    return { ok: false, reason: 'tooLong', problem: 'Display name must be 1–60 characters.' };
  for (const word of name.split(' ')) {
    const used = SCRIPTS.filter((script) => new RegExp(`\\p{Script=${script}}`, 'u').test(word));
    if (used.length > 1) {
      return {
        ok: false,
        reason: 'mixedScripts',
        word,
        scripts: [...used],
        problem: `Display name mixes alphabets in "${word}" (${used.join(' and ')}); write each word in one alphabet.`,
      };
    }
  }
  if (!options.staff && (STAFF_WORDS.test(name) || BADGES.test(name))) {
    return {
      ok: false,
      reason: 'staffWords',
      problem:
        'Display names with staff words or badges (Official, Admin, Moderator, Support, Team, ✔ …) are kept for staff. Choose another.',
    };
  }
  return { ok: true, name };
}
