// The one place raw HTML reaches the page: Markdown the server has already rendered and sanitized.
import type { MouseEvent } from 'react';
import { useInRouterContext, useNavigate } from 'react-router';

export function RenderedMarkdown({ html, className }: { html: string; className?: string }) {
  return useInRouterContext() ? (
    <RoutedMarkdown html={html} className={className} />
  ) : (
    <Markdown html={html} className={className} />
  );
}

/** @mention links (`/u/<handle>`) open the profile inside the app rather than reloading the page. */
function RoutedMarkdown({ html, className }: { html: string; className?: string }) {
  const navigate = useNavigate();
  function onClick(event: MouseEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    const link = (event.target as Element).closest?.('a.mention');
    const href = link?.getAttribute('href');
    if (!href?.startsWith('/u/')) return;
    event.preventDefault();
    void navigate(href);
  }
  return <Markdown html={html} className={className} onClick={onClick} />;
}

function Markdown({
  html,
  className,
  onClick,
}: {
  html: string;
  className?: string;
  onClick?: (event: MouseEvent<HTMLDivElement>) => void;
}) {
  return (
    // The click handler only catches clicks on links inside (keyboard activation of a link is a click too).
    <div
      className={['prose', className].filter(Boolean).join(' ')}
      onClick={onClick}
      // Safe by contract: every *Html field and previewMarkdown are sanitized server-side.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
