import { Link } from 'react-router';
import { useT } from '../i18n/I18n';
import { PageMeta } from './PageMeta';
import { useNotFoundStatus } from './render-environment';

/** What was looked for: the heading names it ("We could not find that thread"). */
export type NotFoundWhat = 'page' | 'answer' | 'member' | 'category' | 'announcement' | 'thread' | 'group';

export function NotFoundPage({ what = 'page' }: { what?: NotFoundWhat }) {
  useNotFoundStatus();
  const t = useT();
  return (
    <section className="empty-state" aria-labelledby="not-found-title">
      <PageMeta title={t('app.notFound.pageTitle')} noindex />
      <p className="empty-state__code" aria-hidden="true">
        {404}
      </p>
      <h1 id="not-found-title">{t('app.notFound.title', { what })}</h1>
      <p>{t('app.notFound.lead')}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t('app.backHome')}
        </Link>
      </p>
    </section>
  );
}
