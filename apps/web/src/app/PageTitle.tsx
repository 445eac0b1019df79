// Sets the document title; React 19 hoists <title> into <head>.
import { useCommunity } from './community';

export function PageTitle({ children }: { children?: string }) {
  const { community } = useCommunity();
  const parts = [children, community?.name].filter(Boolean);
  return <title>{parts.length ? parts.join(' · ') : 'Community'}</title>;
}
