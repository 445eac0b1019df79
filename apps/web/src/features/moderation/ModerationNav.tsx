import { NavLink } from 'react-router';
import { useT } from '../../i18n/I18n';

export function ModerationNav() {
  const t = useT();
  return (
    <nav aria-label={t('moderation.nav')} className="page-header__pills">
      <NavLink to="/mod/flags" className="pill">
        {t('moderation.flags.title')}
      </NavLink>
      <NavLink to="/mod/log" className="pill">
        {t('moderation.log.title')}
      </NavLink>
    </nav>
  );
}
