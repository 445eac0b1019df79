// Tags are lower-case slugs: "Firmware Update" → "firmware-update".

export const MAX_TAGS = 5;
export const MAX_TAG_LENGTH = 30;

export function tagSlug(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_TAG_LENGTH)
    .replace(/-+$/, '');
}

/** Slugs, without empties or repeats, in the order given. */
export function normaliseTags(raw: readonly string[]): string[] {
  return [...new Set(raw.map(tagSlug).filter(Boolean))];
}
