// Pinned announcements as banners: every one on the home page, a category's own on its page, until they expire.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PinnedAnnouncementsDocument } from './announcements.documents';
import './announcements.css';

export function AnnouncementBanner({ categoryId }: { categoryId?: string }) {
  const { data } = useQuery(PinnedAnnouncementsDocument, { variables: { categoryId: categoryId ?? null } });
  const pinned = data?.pinnedAnnouncements ?? [];
  if (!pinned.length) return null;
  return (
    <section className="announcement-banners" aria-label="Announcements">
      {pinned.map((a) => (
        <p key={a.id} className="announcement-banner">
          <span className="badge badge--announcement">Announcement</span>
          <Link to={`/announcements/${a.id}`} className="announcement-banner__title">
            {a.title}
          </Link>
          {a.signature ? (
            <span className="announcement-banner__by">
              Signed by {a.signature.authorName}
              {a.signature.authorTitle ? `, ${a.signature.authorTitle}` : ''}
              {a.signature.verified ? ' ✓' : ' (not verified)'}
            </span>
          ) : null}
        </p>
      ))}
    </section>
  );
}
