// Structured data of a thread page (schema.org, as Google reads it): a QAPage for questions, a
// DiscussionForumPosting for discussions, ideas and announcements, and the breadcrumb trail.
import type { BreadcrumbList, DiscussionForumPosting, Person, QAPage, WithContext } from 'schema-dts';
import type { ThreadQuery } from '../../gql/graphql';

type Thread = NonNullable<ThreadQuery['thread']>;
type Author = Thread['author'];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The text of sanitized post HTML, for `text` fields (search engines want words, not markup). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/li|\/h\d|\/pre|\/blockquote)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name])
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function person(author: Author, origin: string): Person {
  return { '@type': 'Person', name: author.displayName, url: `${origin}/u/${author.handle}` };
}

export function threadStructuredData(
  thread: Thread,
  origin: string,
  canonicalPath: string,
): WithContext<QAPage> | WithContext<DiscussionForumPosting> {
  const url = `${origin}${canonicalPath}`;
  const answers = thread.answers.edges.map((e) => e.node).filter((a) => !a.hidden);
  const answer = (a: (typeof answers)[number]) => ({
    '@type': 'Answer' as const,
    text: htmlToText(a.bodyHtml),
    upvoteCount: a.score,
    url: `${url}#answer-${a.id}`,
    dateCreated: a.createdAt,
    datePublished: a.createdAt,
    author: person(a.author, origin),
  });
  if (thread.kind === 'QUESTION') {
    const accepted = answers.find((a) => a.accepted);
    return {
      '@context': 'https://schema.org',
      '@type': 'QAPage',
      mainEntity: {
        '@type': 'Question',
        name: thread.title,
        text: htmlToText(thread.bodyHtml),
        answerCount: thread.answers.totalCount,
        upvoteCount: thread.score,
        dateCreated: thread.createdAt,
        datePublished: thread.createdAt,
        author: person(thread.author, origin),
        ...(accepted ? { acceptedAnswer: answer(accepted) } : {}),
        suggestedAnswer: answers.filter((a) => a !== accepted).map(answer),
      },
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'DiscussionForumPosting',
    headline: thread.title,
    text: htmlToText(thread.bodyHtml),
    url,
    datePublished: thread.createdAt,
    ...(thread.editedAt ? { dateModified: thread.editedAt } : {}),
    author: person(thread.author, origin),
    interactionStatistic: [
      {
        '@type': 'InteractionCounter',
        interactionType: { '@type': 'CommentAction' },
        userInteractionCount: thread.answers.totalCount,
      },
      {
        '@type': 'InteractionCounter',
        interactionType: { '@type': 'LikeAction' },
        userInteractionCount: thread.score,
      },
    ],
    comment: answers.map((a) => ({
      '@type': 'Comment',
      text: htmlToText(a.bodyHtml),
      url: `${url}#answer-${a.id}`,
      dateCreated: a.createdAt,
      author: person(a.author, origin),
    })),
  };
}

export function breadcrumbStructuredData(
  origin: string,
  trail: { name: string; path: string }[],
): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: `${origin}${crumb.path}`,
    })),
  };
}
