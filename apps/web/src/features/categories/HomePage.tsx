import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useCommunity } from '../../app/community';
import { toFormErrors } from '../../app/errors';
import { JsonLd } from '../../app/JsonLd';
import { PageMeta } from '../../app/PageMeta';
import { useRenderEnvironment } from '../../app/render-environment';
import { Message, useIntl, useT } from '../../i18n/I18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AnnouncementBanner } from '../announcements/AnnouncementBanner';
import { FeaturedThreads } from '../moderation/FeaturedThreads';
import { Status } from '../../ui/Status';
import { HomeThreadsDocument } from '../threads/threads.documents';
import { ThreadList } from '../threads/ThreadList';
import { CategoriesDocument } from './categories.documents';
import { formatResponseTarget } from './responseTarget';

function HomeThreads({ threads }: { threads: ReturnType<typeof useHomeThreads> }) {
  const t = useT();
  const { data, loading, error } = threads;
  if (error) return <ErrorAlert title={t('lists.loadFailed')}>{toFormErrors(error).message}</ErrorAlert>;
  if (loading && !data) return <Status>{t('lists.loadingThreads')}</Status>;
  if (!data) return null;
  const popular = data.popular.edges.map((e) => e.node);
  const newest = data.newest.edges.map((e) => e.node);
  return (
    <div className="home-columns">
      <section aria-labelledby="popular-title" className="panel">
        <div className="panel__head">
          <h2 id="popular-title" className="panel__title">
            {t('home.popular')}
          </h2>
          <Link to="/popular" className="panel__more">
            <Message id="home.seeAllPopular" values={{ hidden }} />
          </Link>
        </div>
        {popular.length ? (
          <ThreadList threads={popular} showCategory />
        ) : (
          <p className="muted panel__empty">{t('home.popularEmpty')}</p>
        )}
      </section>
      <section aria-labelledby="newest-title" className="panel">
        <div className="panel__head">
          <h2 id="newest-title" className="panel__title">
            {t('home.newest')}
          </h2>
          <Link to="/latest" className="panel__more">
            <Message id="home.seeAllNewest" values={{ hidden }} />
          </Link>
        </div>
        {newest.length ? (
          <ThreadList threads={newest} showCategory />
        ) : (
          <p className="muted panel__empty">{t('home.newestEmpty')}</p>
        )}
      </section>
    </div>
  );
}

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;
const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

const useHomeThreads = () => useQuery(HomeThreadsDocument);

export function HomePage() {
  const { community } = useCommunity();
  const t = useT();
  const intl = useIntl();
  const { origin } = useRenderEnvironment();
  const { data, loading, error } = useQuery(CategoriesDocument);
  const threads = useHomeThreads();
  const unanswered = threads.data?.unansweredCount;

  return (
    <>
      <PageMeta description={community?.tagline} canonicalPath="/" />
      {community ? (
        <JsonLd
          data={{
            '@context': 'https://schema.org',
            '@type': 'Organization',
            name: community.name,
            url: `${origin}/`,
            ...(community.tagline ? { description: community.tagline } : {}),
          }}
        />
      ) : null}
      <AnnouncementBanner />
      <section className="hero" aria-labelledby="home-title">
        <div className="hero__text">
          <h1 id="home-title">{community?.name ?? t('app.community')}</h1>
          {community?.tagline ? <p className="hero__tagline">{community.tagline}</p> : null}
          {unanswered !== undefined ? (
            <p className="hero__stat">
              <Message id="home.waiting" values={{ count: unanswered, strong }} />
            </p>
          ) : null}
        </div>
        <Link to="/ask" className="button button--primary hero__cta">
          {t('categories.ask')}
        </Link>
      </section>

      <FeaturedThreads />
      <section aria-labelledby="categories-title" className="home-section">
        <h2 id="categories-title" className="section-title">
          {t('categories.title')}
        </h2>
        {error ? (
          <ErrorAlert title={t('categories.loadFailed')}>{toFormErrors(error).message}</ErrorAlert>
        ) : null}
        {loading && !data ? <Status>{t('categories.loading')}</Status> : null}
        {data && data.categories.length === 0 ? <p className="muted">{t('categories.none')}</p> : null}
        {data && data.categories.length > 0 ? (
          <ul className="category-grid">
            {data.categories.map((category) => (
              <li key={category.id}>
                <article className="category-card">
                  <h3 className="category-card__name">
                    {/* The link's ::after stretches over the card, so the whole card is one click target. */}
                    <Link to={`/c/${category.slug}`} className="category-card__link">
                      {category.name}
                    </Link>
                  </h3>
                  <p className="category-card__description">{category.description}</p>
                  <p className="category-card__counts">
                    <span>{t('categories.threadCount', { count: category.threadCount })}</span>
                    {category.unansweredCount > 0 ? (
                      <span className="category-card__unanswered">
                        {t('categories.unansweredCount', { count: category.unansweredCount })}
                      </span>
                    ) : null}
                  </p>
                  <p className="category-card__meta">
                    {t('categories.responseTarget', {
                      time: formatResponseTarget(intl, category.responseTargetMinutes),
                    })}
                  </p>
                </article>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <HomeThreads threads={threads} />
    </>
  );
}
