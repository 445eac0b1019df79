// The web app's words outside JSX come from the catalogs too (JSX itself is linted by no-literal-string-in-jsx).
import { literalsIn, webLiterals } from './web-literals';

describe('English outside JSX in the web app', () => {
  it('is found in confirm(), alert(), message setters and document.title', () => {
    const found = literalsIn(
      'x.tsx',
      [
        "if (!window.confirm('Delete this answer?')) return;",
        'alert(`Revoke "${name}"? It stops working.`);',
        "setError('Something failed');",
        'setMessage(`${count} queued again.`);',
        "document.title = 'Care queue';",
        "setError(t('errors.generic'));",
        'setMessage(`${count}`);',
        "confirm(t('answers.confirmDelete'));",
        "setOpen('menu');",
      ].join('\n'),
    );
    expect(found).toEqual([
      'x.tsx:1: window.confirm(…) with English text',
      'x.tsx:2: alert(…) with English text',
      'x.tsx:3: setError(…) with English text',
      'x.tsx:4: setMessage(…) with English text',
      'x.tsx:5: document.title set to English text',
    ]);
  });

  it('is nowhere in apps/web/src but the files still listed in tools/i18n/untranslated.json', () => {
    expect(webLiterals()).toEqual([]);
  });
});
