// Tags are typed as one comma-separated line and travel as an array.

export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(tags)];
}

export const formatTags = (tags: readonly string[] | null | undefined) => (tags ?? []).join(', ');
