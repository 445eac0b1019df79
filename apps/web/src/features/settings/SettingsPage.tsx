// /settings: the signed-in person's own settings (API tokens, their data).
import { Link } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useMe } from '../accounts/useMe';
import { ApiTokensSection } from './ApiTokensSection';
import './settings.css';

export function SettingsPage() {
  const { me, loading } = useMe();
  if (loading) return null;
  if (!me) {
    return (
      <>
        <PageTitle>Settings</PageTitle>
        <h1>Settings</h1>
        <p>
          <Link to="/signin">Sign in</Link> to manage your settings.
        </p>
      </>
    );
  }
  return (
    <>
      <PageTitle>Settings</PageTitle>
      <h1>Settings</h1>
      <div className="settings">
        <ApiTokensSection />
      </div>
    </>
  );
}
