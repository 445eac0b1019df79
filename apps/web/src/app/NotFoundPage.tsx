import { Link } from 'react-router';
import { PageTitle } from './PageTitle';

export function NotFoundPage({ what = 'page' }: { what?: string }) {
  return (
    <section className="empty-state" aria-labelledby="not-found-title">
      <PageTitle>Not found</PageTitle>
      <p className="empty-state__code" aria-hidden="true">
        404
      </p>
      <h1 id="not-found-title">We could not find that {what}</h1>
      <p>It may have been moved or removed, or the link may be mistyped.</p>
      <p>
        <Link to="/" className="button button--primary">
          Back to the community home
        </Link>
      </p>
    </section>
  );
}
