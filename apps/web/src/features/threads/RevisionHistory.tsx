// The edits of a thread or an answer, newest first: who edited, when, and the text it had before that edit
// (a Revision is the previous version; the current text is the post itself).
import type { RevisionFieldsFragment } from '../../gql/graphql';
import { RelativeTime } from '../../ui/RelativeTime';
import { AuthorLink } from '../accounts/AuthorByline';
import { formatTags } from './tags';

export function RevisionHistory({
  revisions,
  headingLevel = 2,
  title = 'History',
}: {
  revisions: readonly RevisionFieldsFragment[];
  headingLevel?: 2 | 3;
  title?: string;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const newestFirst = [...revisions].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="history-title" className="panel history" id="history">
      <Heading id="history-title" className="panel__title">
        {title}
      </Heading>
      {newestFirst.length === 0 ? (
        <p className="muted panel__empty">Not edited yet: the post still reads as first written.</p>
      ) : (
        <ol className="history__list">
          {newestFirst.map((revision, index) => (
            <li key={revision.id} className="revision">
              <details open={index === 0}>
                <summary className="revision__summary">
                  <span className="revision__number">Edit {newestFirst.length - index}</span>
                  <span className="revision__who">
                    by <AuthorLink author={revision.editor} /> · <RelativeTime value={revision.createdAt} />
                  </span>
                </summary>
                <div className="revision__content">
                  <p className="revision__caption">Before this edit:</p>
                  {revision.title ? <p className="revision__title">{revision.title}</p> : null}
                  <pre className="revision__body">{revision.body}</pre>
                  {revision.tags && revision.tags.length ? (
                    <p className="revision__tags">Tags: {formatTags(revision.tags)}</p>
                  ) : null}
                </div>
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
