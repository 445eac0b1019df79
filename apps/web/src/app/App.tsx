import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import type { DataRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { RenderEnvironmentProvider, type RenderEnvironment } from './render-environment';

/** The browser's app; the server renders the same providers around a static router (entry-server). */
export function App({
  client,
  router,
  environment,
}: {
  client: ApolloClient;
  router: DataRouter;
  environment: RenderEnvironment;
}) {
  return (
    <StrictMode>
      <RenderEnvironmentProvider value={environment}>
        <ApolloProvider client={client}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </RenderEnvironmentProvider>
    </StrictMode>
  );
}
