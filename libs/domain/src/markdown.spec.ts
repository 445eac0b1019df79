import { markdownToText, renderMarkdown } from './markdown';

describe('markdown rendering', () => {
  it('renders Markdown to HTML', () => {
    expect(renderMarkdown('It blinks **red**.')).toBe('<p>It blinks <strong>red</strong>.</p>');
    expect(renderMarkdown('```js\nconst x = 1;\n```')).toContain('<code class="language-js">');
  });

  it('strips scripts, event handlers and javascript: links', () => {
    const html = renderMarkdown(
      '<img src=x onerror=alert(1)><script>alert(2)</script>[x](javascript:alert(3)) <a href="javascript:alert(4)">y</a>',
    );
    expect(html).not.toMatch(/<script|onerror=|javascript:|<img/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('marks links nofollow ugc noopener', () => {
    expect(renderMarkdown('[docs](https://example.com/docs)')).toBe(
      '<p><a href="https://example.com/docs" rel="nofollow ugc noopener">docs</a></p>',
    );
  });

  it('keeps headings below the page headings and allows only https images', () => {
    expect(renderMarkdown('# Title')).toBe('<h3>Title</h3>');
    expect(renderMarkdown('![a](https://img.example.com/a.png)')).toContain(
      '<img src="https://img.example.com/a.png"',
    );
    expect(renderMarkdown('![a](http://img.example.com/a.png)')).not.toContain('src=');
  });

  it('gives plain text for excerpts', () => {
    expect(markdownToText('Hello **world**\n\n- one\n- two')).toBe('Hello world one two');
  });
});
