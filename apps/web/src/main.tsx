// Entry point in the browser: hydrates the server-rendered page (its data already in the Apollo cache), or
// renders from scratch where the server sent only the shell (signed-in tools, forms). Guests' pages load
// guest.ts instead, which imports this module on the reader's first interaction.
import { useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { createApolloClient } from './app/apollo';
import { App } from './app/App';
import { appRoutes, loadMatchedRoutes } from './app/router';
import { readSsrState } from './app/ssr-state';
import { loadMessages } from './i18n/catalogs';
import { setPageLanguage } from './i18n/I18n';
import { pageLocale } from './i18n/locales';
import './app/styles.css';
// Guests' server-rendered pages get only the entry's CSS (guest.ts loads no page chunk): the roadmap and the idea
// panel are public pages, so their small sheet rides with it.
import './features/ideas/ideas.css';

/** Renders nothing; tells the entry once React has committed the page (hydrated, or rendered). */
function Committed({ onCommit }: { onCommit: () => void }) {
  useEffect(onCommit, [onCommit]);
  return null;
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html must contain <div id="root">.');
  const state = readSsrState();
  const client = createApolloClient({ state: state?.apollo });
  const environment = {
    origin: state?.origin ?? location.origin,
    renderedAt: state?.renderedAt ?? Date.now(),
  };
  // The language the server rendered in (<html lang>): hydration must use the same words.
  const locale = pageLocale();
  const [messages] = await Promise.all([
    loadMessages(locale),
    loadMatchedRoutes(appRoutes, location.pathname),
  ]);
  setPageLanguage(locale, messages);
  const router = createBrowserRouter(appRoutes);
  await new Promise<void>((committed) => {
    const app = (
      <>
        <App client={client} router={router} environment={environment} i18n={{ locale, messages }} />
        <Committed onCommit={committed} />
      </>
    );
    if (state && container.hasChildNodes()) {
      hydrateRoot(container, app);
    } else createRoot(container).render(app);
  });
}

/** Settles once the page is interactive (guest.ts hands held clicks over then). */
export const ready = start();
