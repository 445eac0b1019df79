// Client-side routes. The API serves index.html for any unknown GET, so deep links work on reload.
import { createBrowserRouter } from 'react-router';
import { SignInPage } from '../features/accounts/SignInPage';
import { SignUpPage } from '../features/accounts/SignUpPage';
import { EditAnswerPage } from '../features/answers/EditAnswerPage';
import { ProfilePage } from '../features/profiles/ProfilePage';
import { AskPage } from '../features/threads/AskPage';
import { EditThreadPage } from '../features/threads/EditThreadPage';
import { ThreadPage } from '../features/threads/ThreadPage';
import { CategoryPage } from '../features/categories/CategoryPage';
import { HomePage } from '../features/categories/HomePage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'signin', element: <SignInPage /> },
        { path: 'signup', element: <SignUpPage /> },
        { path: 'c/:slug', element: <CategoryPage /> },
        { path: 'ask', element: <AskPage /> },
        { path: 't/:id', element: <ThreadPage /> },
        { path: 't/:id/edit', element: <EditThreadPage /> },
        { path: 't/:id/history', element: <EditThreadPage historyOnly /> },
        { path: 'a/:id/edit', element: <EditAnswerPage /> },
        { path: 'u/:handle', element: <ProfilePage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
