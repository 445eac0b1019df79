import { extractMentions, markdownToText, MENTIONS_MAX, renderMarkdown } from './markdown';

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

  it('links @handles to profiles, outside code, links and email addresses', () => {
    expect(renderMarkdown('Thanks @Alice_1, see **@bob**.')).toBe(
      '<p>Thanks <a href="/u/alice_1" class="mention" rel="nofollow ugc noopener">@Alice_1</a>, see <strong><a href="/u/bob" class="mention" rel="nofollow ugc noopener">@bob</a></strong>.</p>',
    );
    for (const text of [
      '`@carol`',
      '```\n@carol\n```',
      'mail carol@example.com',
      'foo@carol',
      '[@carol](https://x.example)',
      '@ab',
    ])
      expect(renderMarkdown(text)).not.toContain('class="mention"');
    expect(extractMentions('@Dan, @dan and @erin_2\n\n- item @frank\n\n`@code`')).toEqual([
      'dan',
      'erin_2',
      'frank',
    ]);
  });

  it('keeps mentions sanitized and capped', () => {
    expect(renderMarkdown('@bob<img src=x onerror=alert(1)>')).not.toMatch(/onerror=|<img/);
    const many = Array.from({ length: MENTIONS_MAX + 3 }, (_, i) => `@user${i}`).join(' ');
    expect(extractMentions(many)).toHaveLength(MENTIONS_MAX);
    expect(renderMarkdown(many).match(/class="mention"/g)).toHaveLength(MENTIONS_MAX);
  });
});
