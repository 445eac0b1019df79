// Markdown as written → sanitized HTML, once, on write. No raw HTML from a post ever reaches a page.
import { Marked, type Token, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'strong',
    'em',
    'del',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'sup',
    'sub',
    'kbd',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'class'],
    img: ['src', 'alt', 'title'],
    code: ['class'],
    th: ['align'],
    td: ['align'],
    ol: ['start'],
  },
  allowedClasses: { code: [/^language-[\w-]+$/], a: ['mention'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  // Only absolute https images: a relative src would make every reader's browser request our own URLs.
  exclusiveFilter: (frame) => frame.tag === 'img' && !/^https:\/\//i.test(frame.attribs.src ?? ''),
  transformTags: {
    // User links must not pass reputation or reach the opener window.
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow ugc noopener' }),
    // Headings inside posts stay below the page's own headings.
    h1: 'h3',
    h2: 'h4',
  },
};

/** The most accounts one post can mention (and notify); further @handles stay plain text. */
export const MENTIONS_MAX = 10;

/**
 * `@handle` (handles are 3–30 lower-case letters, digits and underscores; matched case-insensitively), not
 * inside a word or an email address (`a@b.com`), not followed by more handle characters.
 */
const MENTION = /(?<![\p{L}\p{N}_@/.+-])@([A-Za-z0-9_]{3,30})(?![A-Za-z0-9_@]|\.[A-Za-z0-9])/gu;

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Walks a token tree (outside code, raw HTML and link texts), turning each `@handle` in plain text into a
 * profile link (up to MENTIONS_MAX distinct handles) and collecting the handles in order of appearance.
 */
function linkMentions(tokens: Token[], found: string[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    if (
      token.type === 'code' ||
      token.type === 'codespan' ||
      token.type === 'html' ||
      token.type === 'link'
    ) {
      out.push(token);
      continue;
    }
    if (token.type === 'text' && !(token as Tokens.Text).tokens) {
      out.push(...splitText(token as Tokens.Text, found));
      continue;
    }
    const t = token as Token & {
      tokens?: Token[];
      items?: Tokens.ListItem[];
      header?: Tokens.TableCell[];
      rows?: Tokens.TableCell[][];
    };
    if (t.tokens) t.tokens = linkMentions(t.tokens, found);
    for (const item of t.items ?? []) item.tokens = linkMentions(item.tokens, found);
    for (const cell of [...(t.header ?? []), ...(t.rows ?? []).flat()])
      cell.tokens = linkMentions(cell.tokens, found);
    out.push(token);
  }
  return out;
}

function splitText(token: Tokens.Text, found: string[]): Token[] {
  if (token.escaped || !token.text.includes('@')) return [token];
  const parts: Token[] = [];
  let last = 0;
  for (const match of token.text.matchAll(MENTION)) {
    const handle = match[1].toLowerCase();
    if (!found.includes(handle)) {
      if (found.length >= MENTIONS_MAX) continue;
      found.push(handle);
    }
    const before = token.text.slice(last, match.index);
    if (before) parts.push({ type: 'text', raw: before, text: before, escaped: false });
    const html = `<a href="/u/${escapeHtml(handle)}" class="mention">@${escapeHtml(match[1])}</a>`;
    parts.push({ type: 'html', raw: match[0], text: html, block: false, pre: false });
    last = match.index + match[0].length;
  }
  if (!parts.length) return [token];
  const rest = token.text.slice(last);
  if (rest) parts.push({ type: 'text', raw: rest, text: rest, escaped: false });
  return parts;
}

function parse(markdown: string): { html: string; mentions: string[] } {
  const mentions: string[] = [];
  const tokens = linkMentions(marked.lexer(markdown.replace(/\r\n?/g, '\n')), mentions);
  const html = marked.parser(tokens as Parameters<typeof marked.parser>[0]);
  return { html, mentions };
}

/**
 * Renders Markdown to sanitized HTML. Raw HTML in the source is shown as text, never interpreted. `@handle`
 * becomes a link to the profile `/u/<handle>` (class `mention`).
 */
export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(parse(markdown).html, SANITIZE).trim();
}

/** The handles a post mentions (lower case, distinct, in order, at most MENTIONS_MAX), as rendering links them. */
export function extractMentions(markdown: string): string[] {
  if (!markdown.includes('@')) return [];
  return parse(markdown).mentions;
}

/** Plain text of a post (for excerpts and search), without markup. */
export function markdownToText(markdown: string): string {
  return sanitizeHtml(renderMarkdown(markdown), { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, ' ')
    .trim();
}
