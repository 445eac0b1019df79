// Entry point in the browser: hydrates the server-rendered page (its data already in the Apollo cache), or
// renders from scratch where the server sent only the shell (signed-in tools, forms).
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { createApolloClient } from './app/apollo';
import { App } from './app/App';
import { appRoutes, loadMatchedRoutes } from './app/router';
import { readSsrState } from './app/ssr-state';
import './app/styles.css';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html must contain <div id="root">.');
  const state = readSsrState();
  const client = createApolloClient({ state: state?.apollo });
  const environment = {
    origin: state?.origin ?? location.origin,
    renderedAt: state?.renderedAt ?? Date.now(),
  };
  await loadMatchedRoutes(appRoutes, location.pathname);
  const router = createBrowserRouter(appRoutes);
  const app = <App client={client} router={router} environment={environment} />;
  if (state && container.hasChildNodes()) {
    hydrateRoot(container, app);
  } else createRoot(container).render(app);
}

void start();
