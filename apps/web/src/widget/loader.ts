// /widget.js: the loader a brand puts on its own site with one tag:
//   <script src="https://community.example.com/widget.js" data-category="troubleshooting"
//           data-locale="ru" data-position="bottom-left" defer></script>
// It adds a button (in a Shadow DOM: the host's CSS cannot reach it) that opens the panel in an iframe served
// by the community. No framework and no inline styles or scripts, so it stays small (a test measures it) and
// runs under a strict Content-Security-Policy (the site allows this origin in script-src, connect-src and
// frame-src). The community decides which sites may embed it (WIDGET_ORIGINS): others get no button. Its words
// come with the config, from the server's catalogs in the language of data-locale: it carries no dictionary.

/** What /widget/config answers: where the panel is, and the loader's words in the widget's language. */
interface WidgetConfig {
  panelUrl: string;
  locale: string;
  messages: Record<string, string>;
}

// Constructed style sheets: allowed under a CSP without 'unsafe-inline', and scoped to the shadow root.
const SHADOW_CSS = `
.w{all:initial;position:fixed;bottom:20px;z-index:2147483000;display:flex;flex-direction:column;gap:10px;
font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.w.right{right:20px;align-items:flex-end}.w.left{left:20px;align-items:flex-start}
.b{all:initial;box-sizing:border-box;display:inline-flex;align-items:center;gap:8px;padding:12px 18px;border-radius:999px;
background:#2454d6;color:#fff;font:600 15px/1 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;cursor:pointer;
box-shadow:0 6px 20px rgba(17,24,39,.25)}
.b:hover{background:#1d3fb0}.b:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.b svg{width:18px;height:18px}
.p{all:initial;display:block;width:min(380px,calc(100vw - 40px));height:min(540px,calc(100vh - 110px));
border-radius:14px;overflow:hidden;background:#fff;box-shadow:0 12px 40px rgba(17,24,39,.3);border:1px solid #e2e5ea}
.p[hidden]{display:none}
.p iframe{all:initial;display:block;width:100%;height:100%;border:0}
`;

function start(script: HTMLScriptElement): void {
  const base = new URL(script.src, location.href).origin;
  const lang = script.dataset.locale || document.documentElement.lang || navigator.language || 'en';
  const side = script.dataset.position === 'bottom-left' ? 'left' : 'right';
  const query = new URLSearchParams({ locale: lang });
  if (script.dataset.category) query.set('category', script.dataset.category);

  fetch(`${base}/widget/config?${query}`, { credentials: 'omit' })
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((config: WidgetConfig) => mount(base, config, side))
    .catch(() =>
      // The one way to tell the site's developer why no button appears.
      console.warn(`Community widget: ${location.origin} is not allowed to embed ${base} (WIDGET_ORIGINS).`),
    );
}

function mount(base: string, config: WidgetConfig, side: string): void {
  const t = (id: string) => config.messages[id] ?? '';
  const host = document.createElement('div');
  host.setAttribute('data-community-widget', '');
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SHADOW_CSS);
  root.adoptedStyleSheets = [sheet];

  const wrap = document.createElement('div');
  wrap.className = `w ${side}`;
  const panel = document.createElement('div');
  panel.className = 'p';
  panel.hidden = true;
  panel.id = 'community-widget-panel';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'b';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', panel.id);
  const icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  icon.setAttribute('viewBox', '0 0 20 20');
  icon.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute(
    'd',
    'M10 2a8 8 0 0 0-6.9 12.1L2 18l3.9-1.1A8 8 0 1 0 10 2Zm.9 12H9.1v-1.8h1.8V14Zm1.6-5.6-.8.8c-.6.6-.8 1-.8 1.8H9.1v-.4c0-.9.3-1.5.9-2.1l1-1c.3-.3.4-.6.4-1a1.4 1.4 0 0 0-2.8 0H7a3 3 0 1 1 5.5 1.9Z',
  );
  icon.append(path);
  const text = document.createElement('span');
  text.textContent = t('widget.loader.open');
  button.append(icon, text);

  button.addEventListener('click', () => {
    const opening = panel.hidden;
    if (opening && !panel.firstChild) {
      // The panel (and its scripts) load only now: the page pays for the loader alone until then.
      const frame = document.createElement('iframe');
      frame.title = t('widget.loader.title');
      frame.src = `${base}${config.panelUrl}`;
      panel.append(frame);
    }
    panel.hidden = !opening;
    button.setAttribute('aria-expanded', String(opening));
    text.textContent = opening ? t('widget.loader.close') : t('widget.loader.open');
  });

  wrap.append(panel, button);
  root.append(wrap);
  // Position and stacking come from the shadow styles; these keep a host rule such as `* { all: unset }` from
  // hiding the host element itself.
  host.style.setProperty('display', 'block', 'important');
  host.style.setProperty('position', 'static', 'important');
  document.body.append(host);
}

const current = document.currentScript;
if (current instanceof HTMLScriptElement) {
  if (document.body) start(current);
  else document.addEventListener('DOMContentLoaded', () => start(current));
}

export {};
