// The embeddable widget: only WIDGET_ORIGINS may read its config (CORS) and frame its panel (frame-ancestors);
// the loader script stays under 15 KB gzip. The browser journey (e2e/widget.e2e.ts) embeds it for real.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createTestApp, TestApp } from '@community/testing';
import { loadConfig } from '../config/config';
import { widgetLocale } from './widget.controller';

const ALLOWED = 'https://shop.example.com';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ widgetOrigins: [ALLOWED, 'http://127.0.0.1:8081'] });
});
afterAll(() => t.close());

describe('the embeddable widget', () => {
  it('answers its config to a listed site (CORS) and refuses others, who cannot read the refusal', async () => {
    const ok = await fetch(`${t.baseUrl}/widget/config?category=troubleshooting&locale=ru-RU`, {
      headers: { origin: ALLOWED },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(await ok.json()).toEqual({
      panelUrl: '/widget/panel?locale=ru&category=troubleshooting',
      locale: 'ru',
      category: 'troubleshooting',
      // The loader's words, from the server's catalog, in its language only.
      messages: {
        'widget.loader.open': 'Помощь',
        'widget.loader.close': 'Закрыть помощь',
        'widget.loader.title': 'Помощь сообщества',
      },
    });
    const refused = await fetch(`${t.baseUrl}/widget/config`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect((await refused.json()).message).toMatch(/WIDGET_ORIGINS/);
  });

  it('lets only the listed sites frame the panel', async () => {
    const res = await fetch(`${t.baseUrl}/widget/panel?category=troubleshooting&locale=sl`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`frame-ancestors 'self' ${ALLOWED} http://127.0.0.1:8081`);
    expect(csp).toContain("script-src 'self'");
    expect(res.headers.get('x-frame-options')).toBeNull();
    const html = await res.text();
    expect(html).toContain('<html lang="sl">');
    expect(html).toContain('data-category="troubleshooting"');
    // The panel's words (ICU, it formats them) in its language, and no other part's.
    expect(html).toContain('<title>Pomoč skupnosti</title>');
    const messages = JSON.parse(
      html.match(/<script type="application\/json" id="widget-messages">([^<]*)</)![1],
    );
    expect(messages['widget.panel.heading']).toBe('Kako vam lahko pomagamo?');
    expect(messages['widget.panel.answers']).toMatch(/^\{n, plural, one \{# odgovor\} two/);
    expect(Object.keys(messages).every((id) => id.startsWith('widget.panel.'))).toBe(true);
    // Everything else still refuses to be framed.
    const home = await fetch(`${t.baseUrl}/graphql?query=%7B__typename%7D`);
    expect(home.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('does not put an unsafe category into the panel page', async () => {
    const html = await (await fetch(`${t.baseUrl}/widget/panel?category=%22%3E%3Cscript%3E`)).text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('data-category=""');
  });

  it('reads WIDGET_ORIGINS as origins and names a bad entry', () => {
    expect(loadConfig({ WIDGET_ORIGINS: 'https://a.example, http://127.0.0.1:8080/' }).widgetOrigins).toEqual(
      ['https://a.example', 'http://127.0.0.1:8080'],
    );
    expect(loadConfig({}).widgetOrigins).toEqual([]);
    expect(() => loadConfig({ WIDGET_ORIGINS: 'https://a.example/shop' })).toThrow(/WIDGET_ORIGINS/);
    expect(() => loadConfig({ WIDGET_ORIGINS: 'ftp://a.example' })).toThrow(/WIDGET_ORIGINS/);
  });

  it('speaks the four languages, else English', () => {
    expect(['ru-RU', 'sl', 'zh', 'zh-Hans-CN', 'de', undefined].map(widgetLocale)).toEqual([
      'ru',
      'sl',
      'zh-CN',
      'zh-CN',
      'en',
      'en',
    ]);
  });

  it('builds a loader under 15 KB gzip, with no framework in it', () => {
    const out = mkdtempSync(join(tmpdir(), 'widget-'));
    const root = join(__dirname, '../../../..');
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.widget.config.mts'],
      { cwd: root, env: { ...process.env, WIDGET_PART: 'loader', WIDGET_OUT_DIR: out }, stdio: 'pipe' },
    );
    const js = readFileSync(join(out, 'widget.js'));
    const gzip = gzipSync(js).length;
    process.stdout.write(`widget.js: ${js.length} bytes, ${gzip} bytes gzip\n`);
    expect(gzip).toBeLessThan(15 * 1024);
    expect(js.toString()).not.toMatch(/react/i);
  }, 60_000);
});
