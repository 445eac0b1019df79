// Search highlights: HTML the server built with everything escaped and only <mark> around matches.
export function Highlighted({
  html,
  as: Tag = 'span',
  className,
}: {
  html: string;
  as?: 'span' | 'p';
  className?: string;
}) {
  // Safe by contract: titleHtml and snippetHtml are escaped server-side; <mark> is their only tag.
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
