// Client-side routes. The API serves index.html for any unknown GET, so deep links work on reload.
import { createBrowserRouter } from 'react-router';
import { SignInPage } from '../features/accounts/SignInPage';
import { AnnouncementPage } from '../features/announcements/AnnouncementPage';
import { PublishAnnouncementPage } from '../features/announcements/PublishAnnouncementPage';
import { FlagQueuePage } from '../features/moderation/FlagQueuePage';
import { ModerationLogPage } from '../features/moderation/ModerationLogPage';
import { SignUpPage } from '../features/accounts/SignUpPage';
import { EditAnswerPage } from '../features/answers/EditAnswerPage';
import { ProfilePage } from '../features/profiles/ProfilePage';
import { AskPage } from '../features/threads/AskPage';
import { EditThreadPage } from '../features/threads/EditThreadPage';
import { ThreadPage } from '../features/threads/ThreadPage';
import { CategoryPage } from '../features/categories/CategoryPage';
import { HomePage } from '../features/categories/HomePage';
import { AnalyticsPage } from '../features/analytics/AnalyticsPage';
import { CareQueuePage } from '../features/care/CareQueuePage';
import { ConversationPage, ConversationsPage } from '../features/care/ConversationPage';
import { SavedRepliesPage } from '../features/care/SavedRepliesPage';
import { SearchAnalyticsPage } from '../features/search/SearchAnalyticsPage';
import { SearchPage } from '../features/search/SearchPage';
import { SettingsPage } from '../features/settings/SettingsPage';
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
        { path: 'announcements/new', element: <PublishAnnouncementPage /> },
        { path: 'announcements/:id', element: <AnnouncementPage /> },
        { path: 'announcements/:id/edit', element: <PublishAnnouncementPage /> },
        { path: 'mod/flags', element: <FlagQueuePage /> },
        { path: 'mod/log', element: <ModerationLogPage /> },
        { path: 'care', element: <CareQueuePage /> },
        { path: 'care/replies', element: <SavedRepliesPage /> },
        { path: 'care/conversations', element: <ConversationsPage /> },
        { path: 'care/conversations/:id', element: <ConversationPage /> },
        { path: 'staff/analytics', element: <AnalyticsPage /> },
        { path: 'search', element: <SearchPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: 'staff/search', element: <SearchAnalyticsPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
