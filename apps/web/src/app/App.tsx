import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { createAppRouter } from './router';

// Created once per page load: the cache and router must survive re-renders.
const client = createApolloClient();
const router = createAppRouter();

export function App() {
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
