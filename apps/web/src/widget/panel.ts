// The widget's panel, inside the iframe at /widget/panel: search-as-you-type over the community, the expected
// wait for an official answer in the widget's category, and "Ask the community", which opens the ask page in a
// popup (signing in there first when needed, then back to the question). Plain DOM, no framework: it is the
// part that loads when the panel opens. Its words are the server's catalog messages (widget.panel.*) in the
// panel's language, which the panel page carries (#widget-messages); ICU, formatted here.
import { createIntl } from '@formatjs/intl';

interface Hit {
  titleHtml: string;
  thread: { id: string; title: string; answerCount: number; status: string };
}

const body = document.body;
const locale = body.dataset.locale || 'en';
const category = body.dataset.category || '';
const intl = createIntl({
  locale,
  messages: JSON.parse(document.getElementById('widget-messages')?.textContent || '{}') as Record<
    string,
    string
  >,
});
const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);

async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': locale },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!json.data) throw new Error('GraphQL error');
  return json.data;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, unknown>> = {},
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  Object.assign(element, props);
  return element;
}

function formatMinutes(minutes: number): string {
  const unit = (value: number, u: 'minute' | 'hour' | 'day') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'long' }).format(value);
  if (minutes < 90) return unit(Math.max(1, Math.round(minutes)), 'minute');
  if (minutes < 36 * 60) return unit(Math.round(minutes / 60), 'hour');
  return unit(Math.round(minutes / 1440), 'day');
}

const main = document.getElementById('panel')!;
const heading = el('h1', { textContent: t('widget.panel.heading') });
const label = el('label', { htmlFor: 'q', textContent: t('widget.panel.search') });
const input = el('input', {
  id: 'q',
  type: 'search',
  placeholder: t('widget.panel.placeholder'),
  autocomplete: 'off',
});
const wait = el('p', { className: 'wait', hidden: true });
const statusLine = el('p', { className: 'muted', textContent: t('widget.panel.hint') });
const results = el('ul', { className: 'results' });
const ask = el('a', { className: 'ask', textContent: t('widget.panel.ask'), href: '#', target: '_blank' });
const foot = el('p', { className: 'foot' });
foot.append(el('a', { href: '/', target: '_blank', rel: 'noopener', textContent: t('widget.panel.visit') }));
const field = el('div');
field.append(label, input);
main.append(heading, field, wait, statusLine, results, ask, foot);

function askUrl(): string {
  const params = new URLSearchParams();
  if (category) params.set('category', category);
  const title = input.value.trim();
  if (title) params.set('title', title.slice(0, 150));
  return `/ask?${params}`;
}

ask.addEventListener('click', (event) => {
  // A popup keeps the brand's page open; the ask page signs the person in first when needed, then returns to
  // the question. Blocked popups fall back to a new tab (the link's own target).
  ask.href = askUrl();
  const popup = window.open(ask.href, 'community-ask', 'popup,width=720,height=820');
  if (popup) event.preventDefault();
});

let latest = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void search(input.value.trim()), 200);
});

async function search(query: string): Promise<void> {
  const ticket = ++latest;
  if (query.length < 2) {
    results.replaceChildren();
    statusLine.textContent = t('widget.panel.hint');
    return;
  }
  try {
    const data = await gql<{ search: { edges: { node: Hit }[] } }>(
      `query WidgetSearch($query: String!) { search(query: $query, first: 6) { edges { node {
        titleHtml thread { id title answerCount status } } } } }`,
      { query },
    );
    if (ticket !== latest) return;
    const hits = data.search.edges.map((e) => e.node);
    statusLine.textContent = hits.length ? '' : t('widget.panel.none');
    results.replaceChildren(
      ...hits.map((hit) => {
        const link = el('a', {
          // The thread page redirects /t/<id> to its canonical address.
          href: `/t/${encodeURIComponent(hit.thread.id)}`,
          target: '_blank',
          rel: 'noopener',
        });
        // titleHtml is escaped by the API, with matches in <mark>.
        const title = el('span');
        title.innerHTML = hit.titleHtml;
        const meta = el('span', {
          className: 'meta',
          textContent: [
            hit.thread.status === 'SOLVED' ? t('widget.panel.solved') : '',
            t('widget.panel.answers', { n: hit.thread.answerCount }),
          ]
            .filter(Boolean)
            .join(' · '),
        });
        link.append(title, meta);
        const item = el('li');
        item.append(link);
        return item;
      }),
    );
  } catch {
    if (ticket === latest) statusLine.textContent = t('widget.panel.error');
  }
}

async function showWait(): Promise<void> {
  try {
    const data = await gql<{ categories: { slug: string; expectedWait: { minutes: number | null } }[] }>(
      `query WidgetWait { categories { slug expectedWait { minutes } } }`,
      {},
    );
    const found = data.categories.find((c) => c.slug === category);
    const minutes = found?.expectedWait.minutes;
    wait.textContent =
      minutes == null
        ? t('widget.panel.waitUnknown')
        : t('widget.panel.wait', { time: formatMinutes(minutes) });
    wait.hidden = false;
  } catch {
    wait.hidden = true;
  }
}

ask.href = askUrl();
void showWait();
input.focus();

export {};
