// /admin: the console's frame. Admins get the section navigation and the page; everyone else is told why
// not (the API refuses them anyway: every query and mutation behind these pages asks the guardian).
import { NavLink, Outlet } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { Status } from '../../ui/Status';
import { useAuthLinks } from '../accounts/returnTo';
import { useMe } from '../accounts/useMe';
import './admin.css';

export const ADMIN_SECTIONS = [
  { to: '/admin/site', label: 'Site', about: 'Name, tagline, colours, logo and default language.' },
  { to: '/admin/categories', label: 'Categories', about: 'Create, edit, reorder and archive categories.' },
  { to: '/admin/people', label: 'People', about: 'Find accounts, change roles, suspend.' },
  { to: '/admin/teams', label: 'Teams', about: 'Care teams and their members.' },
  { to: '/admin/keys', label: 'Signing keys', about: 'Keys that sign announcements; revoke and rotate.' },
  { to: '/admin/search', label: 'Search', about: 'Synonyms, failed indexing, reindexing.' },
  { to: '/admin/limits', label: 'Limits', about: 'Posting and new-account limits.' },
  { to: '/admin/webhooks', label: 'Webhooks', about: 'Events sent to your systems.' },
  { to: '/admin/mail', label: 'Mail log', about: 'Emails the community sent.' },
] as const;

export function AdminLayout() {
  const { me, loading } = useMe();
  const authLinks = useAuthLinks();
  if (loading) return <Status>Loading…</Status>;
  if (!me) {
    return (
      <>
        <PageTitle>Admin</PageTitle>
        <h1>Admin</h1>
        <p>
          <a href={authLinks.signIn}>Sign in</a> with an admin account to open the admin console.
        </p>
      </>
    );
  }
  if (!me.can?.administer.allowed) {
    return (
      <>
        <PageTitle>Admin</PageTitle>
        <h1>Admin</h1>
        <p role="alert">{me.can?.administer.reason ?? 'Only admins can open the admin console.'}</p>
      </>
    );
  }
  return (
    <div className="admin">
      <nav className="admin__nav" aria-label="Admin">
        <p className="admin__nav-title">
          <NavLink to="/admin" end>
            Admin
          </NavLink>
        </p>
        <ul>
          {ADMIN_SECTIONS.map((s) => (
            <li key={s.to}>
              <NavLink to={s.to} className="admin__nav-link">
                {s.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="admin__page">
        <Outlet />
      </div>
    </div>
  );
}

export function AdminHomePage() {
  return (
    <>
      <PageTitle>Admin</PageTitle>
      <h1>Admin console</h1>
      <p className="muted">
        Every change here takes effect at once, for everyone, and is written to the audit log.
      </p>
      <ul className="admin-cards">
        {ADMIN_SECTIONS.map((s) => (
          <li key={s.to} className="panel admin-card">
            <NavLink to={s.to} className="admin-card__link">
              {s.label}
            </NavLink>
            <p className="muted">{s.about}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
