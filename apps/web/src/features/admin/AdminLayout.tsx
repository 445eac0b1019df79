// /admin: the console's frame. Admins get the section navigation and the page; everyone else is told why
// not (the API refuses them anyway: every query and mutation behind these pages asks the guardian).
import { NavLink, Outlet } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { Message, useT } from '../../i18n/I18n';
import { Status } from '../../ui/Status';
import { useAuthLinks } from '../accounts/returnTo';
import { useMe } from '../accounts/useMe';
import './admin.css';

export const ADMIN_SECTIONS = [
  { to: '/admin/site', labelId: 'admin.section.site', aboutId: 'admin.section.siteAbout' },
  { to: '/admin/categories', labelId: 'admin.section.categories', aboutId: 'admin.section.categoriesAbout' },
  { to: '/admin/people', labelId: 'admin.section.people', aboutId: 'admin.section.peopleAbout' },
  { to: '/admin/teams', labelId: 'admin.section.teams', aboutId: 'admin.section.teamsAbout' },
  { to: '/admin/keys', labelId: 'admin.section.keys', aboutId: 'admin.section.keysAbout' },
  { to: '/admin/search', labelId: 'admin.section.search', aboutId: 'admin.section.searchAbout' },
  { to: '/admin/limits', labelId: 'admin.section.limits', aboutId: 'admin.section.limitsAbout' },
  { to: '/admin/webhooks', labelId: 'admin.section.webhooks', aboutId: 'admin.section.webhooksAbout' },
  { to: '/admin/mail', labelId: 'admin.section.mail', aboutId: 'admin.section.mailAbout' },
] as const;

export function AdminLayout() {
  const t = useT();
  const { me, loading } = useMe();
  const authLinks = useAuthLinks();
  if (loading) return <Status>{t('admin.loading')}</Status>;
  if (!me) {
    return (
      <>
        <PageTitle>{t('admin.title')}</PageTitle>
        <h1>{t('admin.title')}</h1>
        <p>
          <Message
            id="admin.signInNeeded"
            values={{ signIn: (chunks) => <a href={authLinks.signIn}>{chunks}</a> }}
          />
        </p>
      </>
    );
  }
  if (!me.can?.administer.allowed) {
    return (
      <>
        <PageTitle>{t('admin.title')}</PageTitle>
        <h1>{t('admin.title')}</h1>
        <p role="alert">{me.can?.administer.reason ?? t('admin.onlyAdmins')}</p>
      </>
    );
  }
  return (
    <div className="admin">
      <nav className="admin__nav" aria-label={t('admin.title')}>
        <p className="admin__nav-title">
          <NavLink to="/admin" end>
            {t('admin.title')}
          </NavLink>
        </p>
        <ul>
          {ADMIN_SECTIONS.map((s) => (
            <li key={s.to}>
              <NavLink to={s.to} className="admin__nav-link">
                {t(s.labelId)}
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
  const t = useT();
  return (
    <>
      <PageTitle>{t('admin.title')}</PageTitle>
      <h1>{t('admin.home.title')}</h1>
      <p className="muted">{t('admin.home.lead')}</p>
      <ul className="admin-cards">
        {ADMIN_SECTIONS.map((s) => (
          <li key={s.to} className="panel admin-card">
            <NavLink to={s.to} className="admin-card__link">
              {t(s.labelId)}
            </NavLink>
            <p className="muted">{t(s.aboutId)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
