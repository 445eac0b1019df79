// The page frame: branded header with navigation, the routed page, and a footer.
import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useAuthLinks } from '../features/accounts/returnTo';
import { SignOutButton } from '../features/accounts/SignOutButton';
import { useMe } from '../features/accounts/useMe';
import { SuspendedNotice } from '../features/moderation/SuspendedNotice';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { SearchBox } from '../features/search/SearchBox';
import { useIntl, useT } from '../i18n/I18n';
import { LocaleSelect } from '../i18n/LocaleSelect';
import { useCommunity } from './community';
import { themeCss } from './theme';
import { DOT } from '../ui/typography';

export function Layout() {
  const { community } = useCommunity();
  const { me, loading: meLoading } = useMe();
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);
  const authLinks = useAuthLinks();
  const t = useT();
  const intl = useIntl();
  // On small screens the search and navigation fold into a menu, so the header is one row.
  const [menuOpen, setMenuOpen] = useState(false);

  // After client-side navigation nothing tells a screen reader the page changed; moving focus to the
  // content does. Skipped on first load so the browser's own focus handling is left alone. The menu closes on
  // a new page, not when the app starts: a guest's tap on Menu made before the app took over is replayed right
  // after hydration (guest.ts), and closing it on mount undid that.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    setMenuOpen(false);
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  const name = community?.name ?? '';
  const theme = community ? themeCss(community) : '';

  return (
    <div className="app-shell">
      {theme ? <style data-testid="brand-theme">{theme}</style> : null}
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand">
            {community?.logoUrl ? (
              <img className="brand__logo" src={community.logoUrl} alt="" data-testid="brand-logo" />
            ) : (
              <span className="brand__mark" aria-hidden="true">
                {name.charAt(0)}
              </span>
            )}
            <span className="brand__name">{name}</span>
          </Link>
          <button
            type="button"
            className="site-header__menu-button"
            aria-expanded={menuOpen}
            aria-controls="site-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
              {menuOpen ? (
                <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              ) : (
                <path
                  d="M3 5h14M3 10h14M3 15h14"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                />
              )}
            </svg>
            <span className="visually-hidden">{t('nav.menu')}</span>
          </button>
          <div id="site-menu" className={`site-header__menu${menuOpen ? ' site-header__menu--open' : ''}`}>
            <SearchBox />
            <nav aria-label={t('nav.main')} className="site-nav">
              <ul className="site-nav__list">
                <li>
                  <NavLink to="/" end className="site-nav__link">
                    {t('nav.home')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/ideas" className="site-nav__link">
                    {t('nav.ideas')}
                  </NavLink>
                </li>
                {meLoading ? null : me ? (
                  <>
                    <li>
                      <NavLink to="/ask" className="site-nav__link">
                        {t('nav.ask')}
                      </NavLink>
                    </li>
                    <li>
                      <NavLink to="/groups" className="site-nav__link">
                        {t('nav.groups')}
                      </NavLink>
                    </li>
                    {me.can?.care.allowed ? (
                      <li>
                        <NavLink to="/care" className="site-nav__link">
                          {t('nav.care')}
                        </NavLink>
                      </li>
                    ) : null}
                    {me.can?.announce.allowed ? (
                      <li>
                        <NavLink to="/announcements/new" className="site-nav__link">
                          {t('nav.announce')}
                        </NavLink>
                      </li>
                    ) : null}
                    {me.can?.administer.allowed ? (
                      <li>
                        <NavLink to="/admin" className="site-nav__link">
                          {t('nav.admin')}
                        </NavLink>
                      </li>
                    ) : null}
                    {me.can?.moderate.allowed ? (
                      <li>
                        <NavLink to="/mod/flags" className="site-nav__link">
                          {t('nav.moderation')}
                        </NavLink>
                      </li>
                    ) : null}
                    <NotificationBell />
                    <li>
                      <NavLink to={`/u/${me.handle}`} className="site-nav__link site-nav__account">
                        <span className="visually-hidden">{t('nav.signedInAs')}</span>
                        <span className="avatar" aria-hidden="true">
                          {me.displayName.charAt(0)}
                        </span>
                        <span className="site-nav__name">{me.displayName}</span>
                        <span className="site-nav__rep" title={t('nav.yourReputation')}>
                          {intl.formatNumber(me.reputation)}
                          <span className="visually-hidden">{t('nav.reputationSuffix')}</span>
                        </span>
                      </NavLink>
                    </li>
                    <li>
                      <NavLink to="/settings" className="site-nav__link">
                        {t('nav.settings')}
                      </NavLink>
                    </li>
                    <li>
                      <SignOutButton />
                    </li>
                  </>
                ) : (
                  <>
                    <li>
                      <NavLink to={authLinks.signIn} className="site-nav__link">
                        {t('nav.signIn')}
                      </NavLink>
                    </li>
                    <li>
                      <NavLink to={authLinks.signUp} className="site-nav__link site-nav__link--cta">
                        {t('nav.signUp')}
                      </NavLink>
                    </li>
                  </>
                )}
                <li>
                  <LocaleSelect className="site-nav__locale" />
                </li>
              </ul>
            </nav>
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <div className="container">
          {me ? <SuspendedNotice /> : null}
          <Outlet />
        </div>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            {name}
            {community?.tagline ? DOT + community.tagline : null}
          </p>
        </div>
      </footer>
    </div>
  );
}
