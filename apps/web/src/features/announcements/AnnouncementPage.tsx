// An announcement: its text, who signed it and whether the signature still checks, and its versions.
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { toFormErrors } from '../../app/errors';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageMeta, summarize } from '../../app/PageMeta';
import { htmlToText } from '../threads/structured-data';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { RenderedMarkdown } from '../../ui/RenderedMarkdown';
import { Status } from '../../ui/Status';
import { useMe } from '../accounts/useMe';
import { AnnouncementDocument } from './announcements.documents';
import { SignatureLine } from './SignatureLine';

export function AnnouncementPage() {
  const { id = '' } = useParams();
  const { me } = useMe();
  const { data, loading, error } = useQuery(AnnouncementDocument, { variables: { id } });
  if (error)
    return (
      <ErrorAlert title="This announcement could not be loaded">{toFormErrors(error).message}</ErrorAlert>
    );
  if (loading && !data) return <Status>Loading announcement…</Status>;
  const a = data?.announcement;
  if (!a) return <NotFoundPage what="announcement" />;
  const staff = !!me?.can?.announce.allowed;

  return (
    <>
      <PageMeta
        title={a.title}
        description={summarize(htmlToText(a.bodyHtml))}
        canonicalPath={`/announcements/${a.id}`}
        type="article"
      />
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link to="/">Home</Link>
          </li>
          <li>
            <Link to={`/c/${a.category.slug}`}>{a.category.name}</Link>
          </li>
          <li aria-current="page" className="breadcrumbs__current">
            {a.title}
          </li>
        </ol>
      </nav>
      <article className="announcement" aria-labelledby="announcement-title">
        <header className="thread-header">
          <div className="thread-header__badges">
            <span className="badge badge--announcement">Announcement</span>
            {a.pinnedUntil ? (
              <span className="badge">
                Pinned until{' '}
                {new Date(a.pinnedUntil).toLocaleString(undefined, {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                })}
              </span>
            ) : null}
          </div>
          <h1 id="announcement-title" className="thread-header__title">
            {a.title}
          </h1>
          <p className="thread-header__meta">
            <RelativeTime value={a.createdAt} prefix="Published" />
            {a.editedAt ? (
              <span>
                {' · '}
                <RelativeTime value={a.editedAt} prefix={`version ${a.version}, edited`} />
              </span>
            ) : null}
          </p>
        </header>
        <SignatureLine signature={a.signature ?? null} announcementId={a.id} />
        <RenderedMarkdown html={a.bodyHtml} className="post__body announcement__body" />
        <footer className="announcement__footer">
          {staff ? <Link to={`/announcements/${a.id}/edit`}>Edit</Link> : null}
          <Link to={`/t/${a.id}`}>Comments</Link>
          <a href="/announcements.atom">Atom feed</a>
        </footer>
        {a.versions.length > 1 ? (
          <details className="announcement__versions">
            <summary>{a.versions.length} signed versions</summary>
            <ol>
              {a.versions.map((v) => (
                <li key={v.version}>
                  Version {v.version}: “{v.title}”, signed by {v.authorName}
                  {v.authorTitle ? `, ${v.authorTitle}` : ''} <RelativeTime value={v.signedAt} /> with key{' '}
                  <code>{v.keyId}</code>
                </li>
              ))}
            </ol>
          </details>
        ) : null}
      </article>
    </>
  );
}
