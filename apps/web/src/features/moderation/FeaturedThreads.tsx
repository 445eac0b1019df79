// The head of the home page: threads moderators featured, then pinned ones (until their pin ends).
import { useQuery } from '@apollo/client/react';
import { useT } from '../../i18n/I18n';
import { ThreadList } from '../threads/ThreadList';
import { FeaturedThreadsDocument } from './moderation.documents';

export function FeaturedThreads() {
  const t = useT();
  const { data } = useQuery(FeaturedThreadsDocument);
  const featured = data?.featuredThreads ?? [];
  const featuredIds = new Set(featured.map((t) => t.id));
  const pinned = (data?.pinnedThreads ?? []).filter((t) => !featuredIds.has(t.id));
  if (!featured.length && !pinned.length) return null;
  return (
    <section aria-labelledby="featured-title" className="panel home-section">
      <h2 id="featured-title" className="panel__title">
        {t('moderation.featuredTitle')}
      </h2>
      <ThreadList threads={[...featured, ...pinned]} showCategory />
    </section>
  );
}
