// A page's head: title, description, canonical link, Open Graph and Twitter tags. React 19 hoists these into
// <head>, on the server (entry-server moves them there) and in the browser alike.
import { useT } from '../i18n/I18n';
import { useCommunity } from './community';
import { useRenderEnvironment } from './render-environment';

export interface PageMetaProps {
  title?: string;
  description?: string;
  /** Path of the page's canonical URL, e.g. `/t/how-to/123`; made absolute with the public origin. */
  canonicalPath?: string;
  /** Open Graph type: `article` for posts, `profile` for people, `website` otherwise. */
  type?: 'website' | 'article' | 'profile';
  /** Pages that should not be in search results (search results, empty states). */
  noindex?: boolean;
}

const DESCRIPTION_LENGTH = 160;

/** Plain text cut at a word boundary, for descriptions. */
export function summarize(text: string, length = DESCRIPTION_LENGTH): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= length) return plain;
  const cut = plain.slice(0, length - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length / 2))}…`;
}

export function PageMeta({ title, description, canonicalPath, type = 'website', noindex }: PageMetaProps) {
  const { community } = useCommunity();
  const t = useT();
  const { origin } = useRenderEnvironment();
  const siteName = community?.name;
  const fullTitle = [title, siteName].filter(Boolean).join(' · ') || t('app.community');
  const url = canonicalPath ? `${origin}${canonicalPath}` : undefined;
  return (
    <>
      <title>{fullTitle}</title>
      {description ? <meta name="description" content={description} /> : null}
      {noindex ? <meta name="robots" content="noindex" /> : null}
      {url ? <link rel="canonical" href={url} /> : null}
      <meta property="og:title" content={title ?? fullTitle} />
      <meta property="og:type" content={type} />
      {url ? <meta property="og:url" content={url} /> : null}
      {description ? <meta property="og:description" content={description} /> : null}
      {siteName ? <meta property="og:site_name" content={siteName} /> : null}
      <meta name="twitter:card" content="summary" />
      <meta name="twitter:title" content={title ?? fullTitle} />
      {description ? <meta name="twitter:description" content={description} /> : null}
    </>
  );
}
