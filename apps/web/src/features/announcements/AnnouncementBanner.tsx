// Pinned announcements as banners: every one on the home page, a category's own on its page, until they expire.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PinnedAnnouncementsDocument } from './announcements.documents';
import { Message, useT } from '../../i18n/I18n';
import { plain, VERIFIED_MARK } from './SignatureLine';
import './announcements.css';

export function AnnouncementBanner({ categoryId }: { categoryId?: string }) {
  const t = useT();
  const { data } = useQuery(PinnedAnnouncementsDocument, { variables: { categoryId: categoryId ?? null } });
  const pinned = data?.pinnedAnnouncements ?? [];
  if (!pinned.length) return null;
  return (
    <section className="announcement-banners" aria-label={t('announcements.banners')}>
      {pinned.map((a) => (
        <p key={a.id} className="announcement-banner">
          <span className="badge badge--announcement">{t('kind.announcement')}</span>
          <Link to={`/announcements/${a.id}`} className="announcement-banner__title">
            {a.title}
          </Link>
          {a.signature ? (
            <span className="announcement-banner__by">
              <Message
                id={a.signature.authorTitle ? 'announcements.signedByWithTitle' : 'announcements.signedBy'}
                values={{ name: a.signature.authorName, title: a.signature.authorTitle, strong: plain }}
              />
              {a.signature.verified ? VERIFIED_MARK : t('announcements.notVerifiedNote')}
            </span>
          ) : null}
        </p>
      ))}
    </section>
  );
}
