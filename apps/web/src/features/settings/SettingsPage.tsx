// /settings: the signed-in person's own settings (sign-in security, API tokens, their data).
import { Link } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { Message, useT } from '../../i18n/I18n';
import { LocaleSelect } from '../../i18n/LocaleSelect';
import { useAuthLinks } from '../accounts/returnTo';
import { useMe } from '../accounts/useMe';
import { EmailPreferencesSection } from '../notifications/EmailPreferencesSection';
import { ApiTokensSection } from './ApiTokensSection';
import { YourDataSection } from './YourDataSection';
import { SecuritySection } from './SecuritySection';
import { SignInMethodsSection } from './SignInMethodsSection';
import './settings.css';

export function SettingsPage() {
  const { me, loading } = useMe();
  const links = useAuthLinks();
  const t = useT();
  if (loading) return null;
  if (!me) {
    return (
      <>
        <PageTitle>{t('settings.title')}</PageTitle>
        <h1>{t('settings.title')}</h1>
        <p>
          <Message
            id="settings.signIn"
            values={{ signIn: (chunks) => <Link to={links.signIn}>{chunks}</Link> }}
          />
        </p>
      </>
    );
  }
  return (
    <>
      <PageTitle>{t('settings.title')}</PageTitle>
      <h1>{t('settings.title')}</h1>
      <div className="settings">
        <section className="panel" aria-labelledby="language-title">
          <h2 id="language-title" className="panel__title">
            {t('settings.language.title')}
          </h2>
          <p>{t('settings.language.help')}</p>
          <LocaleSelect showLabel />
        </section>
        <SecuritySection />
        <SignInMethodsSection />
        <EmailPreferencesSection />
        <ApiTokensSection />
        <YourDataSection />
        {me.can?.administer.allowed ? (
          <section className="panel" aria-labelledby="admin-title">
            <h2 id="admin-title" className="panel__title">
              {t('settings.admin.title')}
            </h2>
            <p>
              <Message
                id="settings.admin.webhooks"
                values={{ link: (chunks) => <Link to="/admin/webhooks">{chunks}</Link> }}
              />
            </p>
            <p>
              <Message
                id="settings.admin.mailLog"
                values={{ link: (chunks) => <Link to="/admin/mail">{chunks}</Link> }}
              />
            </p>
          </section>
        ) : null}
      </div>
    </>
  );
}
