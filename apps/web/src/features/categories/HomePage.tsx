import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useCommunity } from '../../app/community';
import { toFormErrors } from '../../app/errors';
import { PageTitle } from '../../app/PageTitle';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Status } from '../../ui/Status';
import { CategoriesDocument } from './categories.documents';
import { formatResponseTarget } from './responseTarget';

export function HomePage() {
  const { community } = useCommunity();
  const { data, loading, error } = useQuery(CategoriesDocument);

  return (
    <>
      <PageTitle />
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{community?.name ?? 'Community'}</h1>
        {community?.tagline ? <p className="hero__tagline">{community.tagline}</p> : null}
      </section>

      <section aria-labelledby="categories-title">
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
                  <p className="category-card__meta">
                    Team replies within {formatResponseTarget(category.responseTargetMinutes)}
                  </p>
                </article>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
