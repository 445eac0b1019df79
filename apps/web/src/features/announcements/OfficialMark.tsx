// Marks the brand's own voice beside a name: an "Official" badge and the employee's job title.
import type { AuthorFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n/I18n';

export function OfficialMark({ author }: { author: Pick<AuthorFieldsFragment, 'official' | 'jobTitle'> }) {
  const t = useT();
  if (!author.official) return null;
  return (
    <span className="official-mark">
      <span className="badge badge--official">{t('announcements.official')}</span>
      {author.jobTitle ? <span className="byline__job"> {author.jobTitle}</span> : null}
    </span>
  );
}
