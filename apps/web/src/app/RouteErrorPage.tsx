// Shown when rendering a route throws, so a bug shows a way back instead of a blank page.
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useT } from '../i18n/I18n';

export function RouteErrorPage() {
  const error = useRouteError();
  const t = useT();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : undefined;
  return (
    <main className="site-main">
      <div className="container empty-state" role="alert">
        <h1>{t('app.error.title')}</h1>
        <p>{t('app.error.lead')}</p>
        {detail ? <p className="muted">{detail}</p> : null}
        <p>
          <a href="/" className="button button--primary">
            {t('app.backHome')}
          </a>
        </p>
      </div>
    </main>
  );
}
