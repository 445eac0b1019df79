// Routes, shared by the browser router and the server renderer. Pages load on demand (one chunk per page),
// so a guest reading a thread downloads the thread page, not the care console. The API serves index.html,
// or the server-rendered page, for any unknown GET, so deep links work on reload.
import type { ReactNode } from 'react';
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

/** A route whose page module is fetched when the route is first visited. */
function page<M>(load: () => Promise<M>, render: (module: M) => ReactNode): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ element: render(await load()) }) };
}

export const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        index: true,
        ...page(
          () => import('../features/categories/HomePage'),
          (m) => <m.HomePage />,
        ),
      },
      {
        path: 'signin',
        ...page(
          () => import('../features/accounts/SignInPage'),
          (m) => <m.SignInPage />,
        ),
      },
      {
        path: 'notifications',
        ...page(
          () => import('../features/notifications/NotificationsPage'),
          (m) => <m.NotificationsPage />,
        ),
      },
      {
        path: 'forgot-password',
        ...page(
          () => import('../features/accounts/ForgotPasswordPage'),
          (m) => <m.ForgotPasswordPage />,
        ),
      },
      {
        path: 'reset-password',
        ...page(
          () => import('../features/accounts/ResetPasswordPage'),
          (m) => <m.ResetPasswordPage />,
        ),
      },
      {
        path: 'verify-email',
        ...page(
          () => import('../features/accounts/VerifyEmailPage'),
          (m) => <m.VerifyEmailPage />,
        ),
      },
      {
        path: 'settings/email',
        ...page(
          () => import('../features/settings/SettingsPage'),
          (m) => <m.SettingsPage />,
        ),
      },
      {
        path: 'signup',
        ...page(
          () => import('../features/accounts/SignUpPage'),
          (m) => <m.SignUpPage />,
        ),
      },
      {
        path: 'c/:slug',
        ...page(
          () => import('../features/categories/CategoryPage'),
          (m) => <m.CategoryPage />,
        ),
      },
      {
        path: 'ask',
        ...page(
          () => import('../features/threads/AskPage'),
          (m) => <m.AskPage />,
        ),
      },
      {
        path: 'ideas',
        ...page(
          () => import('../features/ideas/RoadmapPage'),
          (m) => <m.RoadmapPage />,
        ),
      },
      {
        path: 'popular',
        ...page(
          () => import('../features/threads/ThreadsPage'),
          (m) => <m.PopularPage />,
        ),
      },
      {
        path: 'latest',
        ...page(
          () => import('../features/threads/ThreadsPage'),
          (m) => <m.LatestPage />,
        ),
      },
      {
        path: 'tags/:tag',
        ...page(
          () => import('../features/threads/ThreadsPage'),
          (m) => <m.TagPage />,
        ),
      },
      {
        path: 't/:id',
        ...page(
          () => import('../features/threads/ThreadPage'),
          (m) => <m.ThreadPage />,
        ),
      },
      {
        path: 't/:slug/:id',
        ...page(
          () => import('../features/threads/ThreadPage'),
          (m) => <m.ThreadPage />,
        ),
      },
      {
        path: 't/:id/edit',
        ...page(
          () => import('../features/threads/EditThreadPage'),
          (m) => <m.EditThreadPage />,
        ),
      },
      {
        path: 't/:id/history',
        ...page(
          () => import('../features/threads/EditThreadPage'),
          (m) => <m.EditThreadPage historyOnly />,
        ),
      },
      {
        path: 'a/:id/edit',
        ...page(
          () => import('../features/answers/EditAnswerPage'),
          (m) => <m.EditAnswerPage />,
        ),
      },
      {
        path: 'u/:handle',
        ...page(
          () => import('../features/profiles/ProfilePage'),
          (m) => <m.ProfilePage />,
        ),
      },
      {
        path: 'announcements/new',
        ...page(
          () => import('../features/announcements/PublishAnnouncementPage'),
          (m) => <m.PublishAnnouncementPage />,
        ),
      },
      {
        path: 'announcements/:id',
        ...page(
          () => import('../features/announcements/AnnouncementPage'),
          (m) => <m.AnnouncementPage />,
        ),
      },
      {
        path: 'announcements/:id/edit',
        ...page(
          () => import('../features/announcements/PublishAnnouncementPage'),
          (m) => <m.PublishAnnouncementPage />,
        ),
      },
      {
        path: 'mod/flags',
        ...page(
          () => import('../features/moderation/FlagQueuePage'),
          (m) => <m.FlagQueuePage />,
        ),
      },
      {
        path: 'mod/log',
        ...page(
          () => import('../features/moderation/ModerationLogPage'),
          (m) => <m.ModerationLogPage />,
        ),
      },
      {
        path: 'care',
        ...page(
          () => import('../features/care/CareQueuePage'),
          (m) => <m.CareQueuePage />,
        ),
      },
      {
        path: 'care/replies',
        ...page(
          () => import('../features/care/SavedRepliesPage'),
          (m) => <m.SavedRepliesPage />,
        ),
      },
      {
        path: 'care/conversations',
        ...page(
          () => import('../features/care/ConversationPage'),
          (m) => <m.ConversationsPage />,
        ),
      },
      {
        path: 'care/conversations/:id',
        ...page(
          () => import('../features/care/ConversationPage'),
          (m) => <m.ConversationPage />,
        ),
      },
      {
        path: 'staff/analytics',
        ...page(
          () => import('../features/analytics/AnalyticsPage'),
          (m) => <m.AnalyticsPage />,
        ),
      },
      {
        path: 'groups',
        ...page(
          () => import('../features/groups/GroupsPage'),
          (m) => <m.GroupsPage />,
        ),
      },
      {
        path: 'groups/:id',
        ...page(
          () => import('../features/groups/GroupPage'),
          (m) => <m.GroupPage />,
        ),
      },
      {
        path: 'search',
        ...page(
          () => import('../features/search/SearchPage'),
          (m) => <m.SearchPage />,
        ),
      },
      {
        path: 'staff/search',
        ...page(
          () => import('../features/search/SearchAnalyticsPage'),
          (m) => <m.SearchAnalyticsPage />,
        ),
      },
      {
        path: 'settings',
        ...page(
          () => import('../features/settings/SettingsPage'),
          (m) => <m.SettingsPage />,
        ),
      },
      {
        // The admin console: one frame with the sections' navigation; each section loads on demand.
        path: 'admin',
        ...page(
          () => import('../features/admin/AdminLayout'),
          (m) => <m.AdminLayout />,
        ),
        children: [
          {
            index: true,
            ...page(
              () => import('../features/admin/AdminLayout'),
              (m) => <m.AdminHomePage />,
            ),
          },
          {
            path: 'site',
            ...page(
              () => import('../features/admin/SitePage'),
              (m) => <m.SitePage />,
            ),
          },
          {
            path: 'people',
            ...page(
              () => import('../features/admin/PeoplePage'),
              (m) => <m.PeoplePage />,
            ),
          },
          {
            path: 'people/:id',
            ...page(
              () => import('../features/admin/PeoplePage'),
              (m) => <m.PersonPage />,
            ),
          },
          {
            path: 'teams',
            ...page(
              () => import('../features/admin/TeamsPage'),
              (m) => <m.TeamsPage />,
            ),
          },
          {
            path: 'categories',
            ...page(
              () => import('../features/admin/CategoriesPage'),
              (m) => <m.CategoriesPage />,
            ),
          },
          {
            path: 'keys',
            ...page(
              () => import('../features/admin/SigningKeysPage'),
              (m) => <m.SigningKeysPage />,
            ),
          },
          {
            path: 'search',
            ...page(
              () => import('../features/admin/SearchAdminPage'),
              (m) => <m.SearchAdminPage />,
            ),
          },
          {
            path: 'limits',
            ...page(
              () => import('../features/admin/LimitsPage'),
              (m) => <m.LimitsPage />,
            ),
          },
          {
            path: 'mail',
            ...page(
              () => import('../features/notifications/MailLogPage'),
              (m) => <m.MailLogPage />,
            ),
          },
          {
            path: 'webhooks',
            ...page(
              () => import('../features/webhooks/WebhooksPage'),
              (m) => <m.WebhooksPage />,
            ),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * Loads the page modules of the routes matching `location` and fixes them on the route objects. Before
 * hydrating, the first render must show the page the server rendered, not a loading state.
 */
export async function loadMatchedRoutes(routes: RouteObject[], location: string): Promise<void> {
  const lazy = (matchRoutes(routes, location) ?? []).filter((m) => typeof m.route.lazy === 'function');
  await Promise.all(
    lazy.map(async ({ route }) => {
      const load = route.lazy as () => Promise<Partial<RouteObject>>;
      Object.assign(route, { ...(await load()), lazy: undefined });
    }),
  );
}

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
