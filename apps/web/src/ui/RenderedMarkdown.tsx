// The one place raw HTML reaches the page: Markdown the server has already rendered and sanitized.
export function RenderedMarkdown({ html, className }: { html: string; className?: string }) {
  return (
    <div
      className={['prose', className].filter(Boolean).join(' ')}
      // Safe by contract: every *Html field and previewMarkdown are sanitized server-side.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
