// Logo uploads: the file's content decides what it is (never its name alone), its size is capped, and an SVG
// is sanitized (scripts, event handlers, external references and foreign content removed) before it is kept.
import { createHash } from 'node:crypto';
import { msg, translate, type Msg } from '../i18n/translate';

export const MAX_LOGO_BYTES = 256 * 1024;

export type LogoType = 'image/png' | 'image/webp' | 'image/svg+xml';

const EXTENSIONS: Record<LogoType, string[]> = {
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/svg+xml': ['svg'],
};

/** Why an upload is refused, as a catalog message for the admin (`message` is its English). */
export class LogoProblem extends Error {
  constructor(readonly wording: Msg) {
    super(translate('en', wording));
  }
}

/** What the bytes are, by their signature (PNG, WebP) or by parsing as an <svg> document; null if neither. */
export function sniffLogo(bytes: Buffer): LogoType | null {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(png)) return 'image/png';
  if (
    bytes.length >= 12 &&
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  // An SVG is text: after an optional BOM, XML declaration, comments and doctype, the root element is <svg.
  const text = bytes
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  if (bytes.includes(0)) return null;
  const prologue = /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i;
  return prologue.test(text) ? 'image/svg+xml' : null;
}

/** The extension of `filename`, lower-case, without the dot ('' when none). */
function extensionOf(filename: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(filename.trim());
  return match ? match[1].toLowerCase() : '';
}

/** Removes everything that could run or fetch from an SVG; DOMPurify's SVG profile on a server-side DOM. */
export async function sanitizeSvg(svg: string): Promise<string> {
  // Loaded on first use: jsdom is large, and only an SVG upload needs it.
  const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([import('jsdom'), import('dompurify')]);
  const window = new JSDOM('').window;
  try {
    const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    // Nothing outside the file: references stay within it (<use href="#shape">), and styles load nothing.
    purify.addHook('uponSanitizeAttribute', (_node, data) => {
      if ((data.attrName === 'href' || data.attrName === 'xlink:href') && !data.attrValue.startsWith('#'))
        data.keepAttr = false;
      if (data.attrName === 'style' && /url\(|@import|expression\(/i.test(data.attrValue))
        data.keepAttr = false;
    });
    purify.addHook('uponSanitizeElement', (node, data) => {
      if (data.tagName === 'style' && /url\(\s*['"]?(?!#)|@import/i.test(node.textContent ?? ''))
        node.parentNode?.removeChild(node);
    });
    const clean = purify.sanitize(svg, {
      USE_PROFILES: { svg: true, svgFilters: true },
      FORBID_TAGS: ['foreignObject', 'image', 'a'],
    });
    return clean;
  } finally {
    window.close();
  }
}

export interface Logo {
  bytes: Buffer;
  contentType: LogoType;
  hash: string;
}

/** Checks an upload and returns what to keep; throws LogoProblem with a sentence for the admin. */
export async function validateLogo(filename: string, bytes: Buffer): Promise<Logo> {
  if (bytes.length === 0) throw new LogoProblem(msg('errors.site.logoEmpty'));
  if (bytes.length > MAX_LOGO_BYTES) {
    throw new LogoProblem(
      msg('errors.site.logoTooBig', { size: Math.ceil(bytes.length / 1024), limit: MAX_LOGO_BYTES / 1024 }),
    );
  }
  const type = sniffLogo(bytes);
  if (!type) throw new LogoProblem(msg('errors.site.logoType'));
  const extension = extensionOf(filename);
  if (!EXTENSIONS[type].includes(extension)) {
    throw new LogoProblem(
      msg('errors.site.logoExtension', {
        filename,
        type: EXTENSIONS[type][0],
        extension: extension ? `.${extension}` : msg('errors.site.logoNoExtension'),
        expected: EXTENSIONS[type][0],
      }),
    );
  }
  let kept = bytes;
  if (type === 'image/svg+xml') {
    const clean = await sanitizeSvg(bytes.toString('utf8'));
    if (!/^<svg[\s>]/i.test(clean.trim())) throw new LogoProblem(msg('errors.site.logoSvgEmpty'));
    kept = Buffer.from(clean, 'utf8');
  }
  return {
    bytes: kept,
    contentType: type,
    hash: createHash('sha256').update(kept).digest('hex').slice(0, 32),
  };
}
