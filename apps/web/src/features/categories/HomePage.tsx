import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useCommunity } from '../../app/community';
import { toFormErrors } from '../../app/errors';
import { JsonLd } from '../../app/JsonLd';
import { PageMeta } from '../../app/PageMeta';
import { useRenderEnvironment } from '../../app/render-environment';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AnnouncementBanner } from '../announcements/AnnouncementBanner';
import { FeaturedThreads } from '../moderation/FeaturedThreads';
import { Status } from '../../ui/Status';
import { HomeThreadsDocument } from '../threads/threads.documents';
import { ThreadList } from '../threads/ThreadList';
import { CategoriesDocument } from './categories.documents';
import { formatResponseTarget } from './responseTarget';

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

function HomeThreads({ threads }: { threads: ReturnType<typeof useHomeThreads> }) {
  const { data, loading, error } = threads;
  if (error)
    return <ErrorAlert title="Threads could not be loaded">{toFormErrors(error).message}</ErrorAlert>;
  if (loading && !data) return <Status>Loading threads…</Status>;
  if (!data) return null;
  const popular = data.popular.edges.map((e) => e.node);
  const newest = data.newest.edges.map((e) => e.node);
  return (
    <div className="home-columns">
      <section aria-labelledby="popular-title" className="panel">
        <div className="panel__head">
          <h2 id="popular-title" className="panel__title">
            Popular
          </h2>
          <Link to="/popular" className="panel__more">
            See all<span className="visually-hidden"> popular threads</span>
          </Link>
        </div>
        {popular.length ? (
          <ThreadList threads={popular} showCategory />
        ) : (
          <p className="muted panel__empty">Nothing here yet. Be the first to ask.</p>
        )}
      </section>
      <section aria-labelledby="newest-title" className="panel">
        <div className="panel__head">
          <h2 id="newest-title" className="panel__title">
            Newest
          </h2>
          <Link to="/latest" className="panel__more">
            See all<span className="visually-hidden"> latest threads</span>
          </Link>
        </div>
        {newest.length ? (
          <ThreadList threads={newest} showCategory />
        ) : (
          <p className="muted panel__empty">No threads yet.</p>
        )}
      </section>
    </div>
  );
}

const useHomeThreads = () => useQuery(HomeThreadsDocument);

export function HomePage() {
  const { community } = useCommunity();
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
          <h1 id="home-title">{community?.name ?? 'Community'}</h1>
          {community?.tagline ? <p className="hero__tagline">{community.tagline}</p> : null}
          {unanswered !== undefined ? (
            <p className="hero__stat">
              <strong>{unanswered.toLocaleString('en')}</strong>{' '}
              {unanswered === 1 ? 'question is' : 'questions are'} waiting for an answer
            </p>
          ) : null}
        </div>
        <Link to="/ask" className="button button--primary hero__cta">
          Ask a question
        </Link>
      </section>

      <FeaturedThreads />
      <section aria-labelledby="categories-title" className="home-section">
        <h2 id="categories-title" className="section-title">
          Categories
        </h2>
        {error ? (
          <ErrorAlert title="Categories could not be loaded">{toFormErrors(error).message}</ErrorAlert>
        ) : null}
        {loading && !data ? <Status>Loading categories…</Status> : null}
        {data && data.categories.length === 0 ? <p className="muted">No categories yet.</p> : null}
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
                    <span>{count(category.threadCount, 'thread', 'threads')}</span>
                    {category.unansweredCount > 0 ? (
                      <span className="category-card__unanswered">
                        {count(category.unansweredCount, 'unanswered', 'unanswered')}
                      </span>
                    ) : null}
                  </p>
                  <p className="category-card__meta">
                    Team replies within {formatResponseTarget(category.responseTargetMinutes)}
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
