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
import { useHydrated } from '../../app/render-environment';
import { Message, useIntl, useT } from '../../i18n/I18n';
import { DOT } from '../../ui/typography';
import { AnnouncementDocument } from './announcements.documents';
import { SignatureLine } from './SignatureLine';

export function AnnouncementPage() {
  const t = useT();
  const intl = useIntl();
  // The server knows no reader's time zone: it shows UTC, and the browser the reader's own once hydrated.
  const hydrated = useHydrated();
  const { id = '' } = useParams();
  const { me } = useMe();
  const { data, loading, error } = useQuery(AnnouncementDocument, { variables: { id } });
  if (error)
    return <ErrorAlert title={t('announcements.loadFailed')}>{toFormErrors(error).message}</ErrorAlert>;
  if (loading && !data) return <Status>{t('announcements.loading')}</Status>;
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
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/">{t('nav.home')}</Link>
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
            <span className="badge badge--announcement">{t('kind.announcement')}</span>
            {a.pinnedUntil ? (
              <span className="badge">
                {t(hydrated ? 'announcements.pinnedUntil' : 'announcements.pinnedUntilUtc', {
                  date: intl.formatDate(a.pinnedUntil, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                    timeZone: hydrated ? undefined : 'UTC',
                  }),
                })}
              </span>
            ) : null}
          </div>
          <h1 id="announcement-title" className="thread-header__title">
            {a.title}
          </h1>
          <p className="thread-header__meta">
            <RelativeTime value={a.createdAt} labelId="announcements.published" />
            {a.editedAt ? (
              <span>
                {DOT}
                <RelativeTime
                  value={a.editedAt}
                  labelId="announcements.editedVersion"
                  values={{ version: a.version }}
                />
              </span>
            ) : null}
          </p>
        </header>
        <SignatureLine signature={a.signature ?? null} announcementId={a.id} />
        <RenderedMarkdown html={a.bodyHtml} className="post__body announcement__body" />
        <footer className="announcement__footer">
          {staff ? <Link to={`/announcements/${a.id}/edit`}>{t('post.edit')}</Link> : null}
          <Link to={`/t/${a.id}`}>{t('announcements.comments')}</Link>
          <a href="/announcements.atom">{t('announcements.atomFeed')}</a>
        </footer>
        {a.versions.length > 1 ? (
          <details className="announcement__versions">
            <summary>{t('announcements.versions', { count: a.versions.length })}</summary>
            <ol>
              {a.versions.map((v) => (
                <li key={v.version}>
                  <Message
                    id={v.authorTitle ? 'announcements.versionWithTitle' : 'announcements.version'}
                    values={{
                      version: v.version,
                      title: v.title,
                      name: v.authorName,
                      authorTitle: v.authorTitle,
                      time: <RelativeTime value={v.signedAt} />,
                      key: <code>{v.keyId}</code>,
                    }}
                  />
                </li>
              ))}
            </ol>
          </details>
        ) : null}
      </article>
    </>
  );
}
