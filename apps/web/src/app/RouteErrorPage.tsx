// Shown when rendering a route throws, so a bug shows a way back instead of a blank page.
import { isRouteErrorResponse, useRouteError } from 'react-router';

export function RouteErrorPage() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : undefined;
  return (
    <main className="site-main">
      <div className="container empty-state" role="alert">
        <h1>Something went wrong</h1>
        <p>The page could not be shown. Reloading usually helps.</p>
        {detail ? <p className="muted">{detail}</p> : null}
        <p>
          <a href="/" className="button button--primary">
            Back to the community home
          </a>
        </p>
      </div>
    </main>
  );
}
