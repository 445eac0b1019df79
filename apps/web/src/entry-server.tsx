// Server rendering of a page: the API calls renderPage for an HTML request, with a function that runs GraphQL
// operations in its own process (same schema, same viewer). Queries run until the tree needs no more data;
// the cache they filled goes into the page so the browser hydrates without asking again.
import { ApolloLink, type NormalizedCacheObject } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { prerenderStatic } from '@apollo/client/react/ssr';
import type { DocumentNode, FormattedExecutionResult } from 'graphql';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { Observable } from 'rxjs';
import { createApolloClient } from './app/apollo';
import { loadMessages } from './i18n/catalogs';
import { I18nProvider } from './i18n/I18n';
import { DEFAULT_LOCALE, isLocale } from './i18n/locales';
import { scriptSafeJson } from './app/JsonLd';
import { RenderEnvironmentProvider, type PageResponse } from './app/render-environment';
import { appRoutes } from './app/router';
import { SSR_STATE_ELEMENT_ID, type SsrState } from './app/ssr-state';

export interface GraphQLOperation {
  query: DocumentNode;
  variables: Record<string, unknown>;
  operationName?: string;
}

export interface RenderRequest {
  /** Path and query of the page, e.g. `/t/how-to/123?x=1`. */
  url: string;
  /** The public origin, e.g. `https://community.example.com`: canonical links and structured data use it. */
  origin: string;
  /** The interface language the server chose for this request (en, ru, sl, zh-CN). */
  locale: string;
  execute(operation: GraphQLOperation): Promise<FormattedExecutionResult>;
}

export interface RenderedPage {
  status: number;
  /** A permanent redirect's target path, when the page asked for one. */
  redirect?: string;
  /** Tags for <head>: title, description, canonical, Open Graph. */
  head: string;
  /** The markup of #root. */
  body: string;
  /** A <script type="application/json"> element carrying the state the browser starts from. */
  state: string;
}

// React 19 puts the <title>, <meta> and <link> a page renders at the start of the markup; they belong in <head>.
const HOISTED = /^(?:<title>[^<]*<\/title>|<meta\b[^>]*>|<link\b[^>]*>)+/;

function inProcessLink(execute: RenderRequest['execute']): ApolloLink {
  return new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        execute({
          query: operation.query,
          variables: operation.variables,
          operationName: operation.operationName,
        }).then(
          (result) => {
            observer.next(result as ApolloLink.Result);
            observer.complete();
          },
          (error: unknown) => observer.error(error),
        );
      }),
  );
}

export async function renderPage(request: RenderRequest): Promise<RenderedPage> {
  const url = new URL(request.url, request.origin);
  const handler = createStaticHandler(appRoutes);
  const context = await handler.query(new Request(url));
  if (context instanceof Response) {
    // No route loads data or redirects today; kept correct should one start to.
    return {
      status: context.status,
      redirect: context.headers.get('location') ?? undefined,
      head: '',
      body: '',
      state: '',
    };
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const client = createApolloClient({ link: inProcessLink(request.execute), ssrMode: true });
  const response: PageResponse = { status: 200 };
  const environment = { origin: request.origin, renderedAt: Date.now(), response };
  const locale = isLocale(request.locale) ? request.locale : DEFAULT_LOCALE;
  const messages = await loadMessages(locale);

  const { result } = await prerenderStatic({
    tree: (
      <StrictMode>
        <RenderEnvironmentProvider value={environment}>
          <I18nProvider locale={locale} messages={messages}>
            <ApolloProvider client={client}>
              <StaticRouterProvider router={router} context={context} hydrate={false} />
            </ApolloProvider>
          </I18nProvider>
        </RenderEnvironmentProvider>
      </StrictMode>
    ),
    context: { client },
    renderFunction: renderToString,
    maxRerenders: 5,
  });

  const head = HOISTED.exec(result)?.[0] ?? '';
  const state: SsrState = {
    origin: request.origin,
    renderedAt: environment.renderedAt,
    apollo: client.extract() as NormalizedCacheObject,
  };
  return {
    status: response.status,
    redirect: response.redirect,
    head,
    body: result.slice(head.length),
    state: `<script type="application/json" id="${SSR_STATE_ELEMENT_ID}">${scriptSafeJson(state)}</script>`,
  };
}
