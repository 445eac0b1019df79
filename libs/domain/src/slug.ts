// Readable thread URLs: /t/<slug>/<id>. The id finds the thread; the slug is derived from the current title,
// so a retitled thread's old links still resolve (and are redirected to the new slug).

const MAX_SLUG_LENGTH = 80;

/** "How do I rotate my API token?" → "how-do-i-rotate-my-api-token"; ASCII only, so URLs need no escaping. */
export function threadSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
  // Titles in other scripts leave nothing; a fixed word keeps the URL's shape.
  return slug || 'thread';
}

/** The canonical path of a thread page. */
export function threadPath(thread: { id: string; title: string }): string {
  return `/t/${threadSlug(thread.title)}/${encodeURIComponent(thread.id)}`;
}
