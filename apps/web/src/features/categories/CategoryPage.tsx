import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { toFormErrors } from '../../app/errors';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageTitle } from '../../app/PageTitle';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Status } from '../../ui/Status';
import { CategoryDocument } from './categories.documents';
import { formatResponseTarget } from './responseTarget';

export function CategoryPage() {
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(CategoryDocument, { variables: { slug } });

  if (error)
    return <ErrorAlert title="This category could not be loaded">{toFormErrors(error).message}</ErrorAlert>;
  if (loading && !data) return <Status>Loading category…</Status>;
  const category = data?.category;
  if (!category) return <NotFoundPage what="category" />;

  return (
    <>
      <PageTitle>{category.name}</PageTitle>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link to="/">Home</Link>
          </li>
          <li aria-current="page">{category.name}</li>
        </ol>
      </nav>
      <header className="page-header">
        <h1>{category.name}</h1>
        <p className="page-header__lead">{category.description}</p>
        <p className="pill">Team replies within {formatResponseTarget(category.responseTargetMinutes)}</p>
      </header>
      {/* Threads arrive with the threads feature; until then say so rather than show an empty list. */}
      <section className="empty-state empty-state--panel" aria-labelledby="threads-title">
        <h2 id="threads-title">No threads yet</h2>
        <p>Conversations in {category.name} will appear here.</p>
      </section>
    </>
  );
}
