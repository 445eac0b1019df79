// Marks the brand's own voice beside a name: an "Official" badge and the employee's job title.
import type { AuthorFieldsFragment } from '../../gql/graphql';

export function OfficialMark({ author }: { author: Pick<AuthorFieldsFragment, 'official' | 'jobTitle'> }) {
  if (!author.official) return null;
  return (
    <span className="official-mark">
      <span className="badge badge--official">Official</span>
      {author.jobTitle ? <span className="byline__job"> {author.jobTitle}</span> : null}
    </span>
  );
}
