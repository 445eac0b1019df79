// The widget's panel, inside the iframe at /widget/panel: search-as-you-type over the community, the expected
// wait for an official answer in the widget's category, and "Ask the community", which opens the ask page in a
// popup (signing in there first when needed, then back to the question). Plain DOM, no framework: it is the
// part that loads when the panel opens.

type Locale = 'en' | 'ru' | 'sl' | 'zh-CN';

const WORDS: Record<Locale, Record<string, string>> = {
  en: {
    title: 'How can we help?',
    search: 'Search the community',
    placeholder: 'Describe your problem…',
    none: 'Nothing found yet. Ask the community: members and our team answer.',
    hint: 'Type a few words: answers appear as you type.',
    ask: 'Ask the community',
    wait: 'Expected wait for an official answer: about {time}.',
    waitUnknown: 'Our team answers here too; members often answer sooner.',
    answers: '{n} answers',
    solved: 'Solved',
    visit: 'Visit the community',
    error: 'Search is unavailable right now. Try again in a moment.',
  },
  ru: {
    title: 'Чем помочь?',
    search: 'Поиск по сообществу',
    placeholder: 'Опишите проблему…',
    none: 'Пока ничего не нашлось. Спросите сообщество: отвечают участники и наша команда.',
    hint: 'Введите несколько слов: ответы появятся по мере ввода.',
    ask: 'Спросить сообщество',
    wait: 'Ожидаемое время официального ответа: около {time}.',
    waitUnknown: 'Наша команда тоже отвечает здесь; участники часто отвечают быстрее.',
    answers: 'ответов: {n}',
    solved: 'Решено',
    visit: 'Перейти в сообщество',
    error: 'Поиск сейчас недоступен. Попробуйте чуть позже.',
  },
  sl: {
    title: 'Kako vam lahko pomagamo?',
    search: 'Iskanje po skupnosti',
    placeholder: 'Opišite težavo…',
    none: 'Zaenkrat ni zadetkov. Vprašajte skupnost: odgovarjajo člani in naša ekipa.',
    hint: 'Vpišite nekaj besed: odgovori se prikažejo med tipkanjem.',
    ask: 'Vprašajte skupnost',
    wait: 'Pričakovani čas do uradnega odgovora: približno {time}.',
    waitUnknown: 'Tu odgovarja tudi naša ekipa; člani pogosto odgovorijo prej.',
    answers: 'odgovori: {n}',
    solved: 'Rešeno',
    visit: 'Obiščite skupnost',
    error: 'Iskanje trenutno ni na voljo. Poskusite znova čez trenutek.',
  },
  'zh-CN': {
    title: '需要什么帮助？',
    search: '搜索社区',
    placeholder: '描述你的问题…',
    none: '暂时没有找到结果。向社区提问：成员和我们的团队都会回答。',
    hint: '输入几个词，边输入边显示答案。',
    ask: '向社区提问',
    wait: '官方回复预计等待：约 {time}。',
    waitUnknown: '我们的团队也在这里回答；成员通常回答得更快。',
    answers: '{n} 个回答',
    solved: '已解决',
    visit: '访问社区',
    error: '搜索暂时不可用，请稍后再试。',
  },
};

interface Hit {
  titleHtml: string;
  thread: { id: string; title: string; answerCount: number; status: string };
}

const body = document.body;
const locale = (body.dataset.locale as Locale) in WORDS ? (body.dataset.locale as Locale) : 'en';
const category = body.dataset.category || '';
const t = (key: string, values: Record<string, string | number> = {}) =>
  WORDS[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

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
const heading = el('h1', { textContent: t('title') });
const label = el('label', { htmlFor: 'q', textContent: t('search') });
const input = el('input', { id: 'q', type: 'search', placeholder: t('placeholder'), autocomplete: 'off' });
const wait = el('p', { className: 'wait', hidden: true });
const statusLine = el('p', { className: 'muted', textContent: t('hint') });
const results = el('ul', { className: 'results' });
const ask = el('a', { className: 'ask', textContent: t('ask'), href: '#', target: '_blank' });
const foot = el('p', { className: 'foot' });
foot.append(el('a', { href: '/', target: '_blank', rel: 'noopener', textContent: t('visit') }));
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
    statusLine.textContent = t('hint');
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
    statusLine.textContent = hits.length ? '' : t('none');
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
            hit.thread.status === 'SOLVED' ? t('solved') : '',
            t('answers', { n: hit.thread.answerCount }),
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
    if (ticket === latest) statusLine.textContent = t('error');
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
    wait.textContent = minutes == null ? t('waitUnknown') : t('wait', { time: formatMinutes(minutes) });
    wait.hidden = false;
  } catch {
    wait.hidden = true;
  }
}

ask.href = askUrl();
void showWait();
input.focus();

export {};
