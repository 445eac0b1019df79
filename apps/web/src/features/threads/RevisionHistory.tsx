// The edits of a thread or an answer, newest first: who edited, when, and the text it had before that edit
// (a Revision is the previous version; the current text is the post itself).
import type { RevisionFieldsFragment } from '../../gql/graphql';
import { Message, useT } from '../../i18n/I18n';
import { RelativeTime } from '../../ui/RelativeTime';
import { AuthorLink } from '../accounts/AuthorByline';
import { formatTags } from './tags';

export function RevisionHistory({
  revisions,
  headingLevel = 2,
  title,
}: {
  revisions: readonly RevisionFieldsFragment[];
  headingLevel?: 2 | 3;
  title?: string;
}) {
  const t = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const newestFirst = [...revisions].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="history-title" className="panel history" id="history">
      <Heading id="history-title" className="panel__title">
        {title ?? t('post.history')}
      </Heading>
      {newestFirst.length === 0 ? (
        <p className="muted panel__empty">{t('revisions.none')}</p>
      ) : (
        <ol className="history__list">
          {newestFirst.map((revision, index) => (
            <li key={revision.id} className="revision">
              <details open={index === 0}>
                <summary className="revision__summary">
                  <span className="revision__number">
                    {t('revisions.number', { number: newestFirst.length - index })}
                  </span>
                  <span className="revision__who">
                    <Message
                      id="revisions.by"
                      values={{
                        editor: <AuthorLink author={revision.editor} />,
                        time: <RelativeTime value={revision.createdAt} />,
                      }}
                    />
                  </span>
                </summary>
                <div className="revision__content">
                  <p className="revision__caption">{t('revisions.before')}</p>
                  {revision.title ? <p className="revision__title">{revision.title}</p> : null}
                  <pre className="revision__body">{revision.body}</pre>
                  {revision.tags && revision.tags.length ? (
                    <p className="revision__tags">
                      {t('revisions.tags', { tags: formatTags(revision.tags) })}
                    </p>
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
