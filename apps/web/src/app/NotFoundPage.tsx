import { Link } from 'react-router';
import { PageMeta } from './PageMeta';
import { useNotFoundStatus } from './render-environment';

export function NotFoundPage({ what = 'page' }: { what?: string }) {
  useNotFoundStatus();
  return (
    <section className="empty-state" aria-labelledby="not-found-title">
      <PageMeta title="Not found" noindex />
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
