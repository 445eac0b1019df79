// Sets the document title of pages with nothing else to say in <head> (forms, staff pages).
import { PageMeta } from './PageMeta';

export function PageTitle({ children }: { children?: string }) {
  return <PageMeta title={children} />;
}
