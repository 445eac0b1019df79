import { NavLink } from 'react-router';

export function ModerationNav() {
  return (
    <nav aria-label="Moderation" className="page-header__pills">
      <NavLink to="/mod/flags" className="pill">
        Flags
      </NavLink>{' '}
      <NavLink to="/mod/log" className="pill">
        Audit log
      </NavLink>
    </nav>
  );
}
