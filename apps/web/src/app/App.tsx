import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import type { DataRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { I18nProvider, type Messages } from '../i18n/I18n';
import type { Locale } from '../i18n/locales';
import { RenderEnvironmentProvider, type RenderEnvironment } from './render-environment';

/** The browser's app; the server renders the same providers around a static router (entry-server). */
export function App({
  client,
  router,
  environment,
  i18n,
}: {
  client: ApolloClient;
  router: DataRouter;
  environment: RenderEnvironment;
  i18n: { locale: Locale; messages: Messages };
}) {
  return (
    <StrictMode>
      <RenderEnvironmentProvider value={environment}>
        <I18nProvider locale={i18n.locale} messages={i18n.messages}>
          <ApolloProvider client={client}>
            <RouterProvider router={router} />
          </ApolloProvider>
        </I18nProvider>
      </RenderEnvironmentProvider>
    </StrictMode>
  );
}
