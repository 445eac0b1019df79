/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Community {\n    community {\n      name\n      tagline\n      primaryColor\n      accentColor\n    }\n  }\n": typeof types.CommunityDocument,
    "\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      role\n      reputation\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment AuthorFields on Account {\n    id\n    handle\n    displayName\n    role\n    jobTitle\n    reputation\n  }\n": typeof types.AuthorFieldsFragmentDoc,
    "\n  mutation PostAnswer($input: PostAnswerInput!) {\n    postAnswer(input: $input) {\n      id\n    }\n  }\n": typeof types.PostAnswerDocument,
    "\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) {\n      id\n      body\n      bodyHtml\n      editedAt\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n": typeof types.EditAnswerDocument,
    "\n  mutation DeleteAnswer($input: DeleteAnswerInput!) {\n    deleteAnswer(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteAnswerDocument,
    "\n  mutation AcceptAnswer($answerId: ID!) {\n    acceptAnswer(answerId: $answerId) {\n      id\n      accepted\n    }\n  }\n": typeof types.AcceptAnswerDocument,
    "\n  mutation UnacceptAnswer($answerId: ID!) {\n    unacceptAnswer(answerId: $answerId) {\n      id\n      accepted\n    }\n  }\n": typeof types.UnacceptAnswerDocument,
    "\n  query AnswerForEdit($threadId: ID!) {\n    thread(id: $threadId) {\n      id\n      title\n      answers(first: 100) {\n        edges {\n          node {\n            id\n            body\n            viewerCan {\n              edit\n            }\n            revisions {\n              ...RevisionFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AnswerForEditDocument,
    "\n  query Categories {\n    categories {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n      threadCount\n      unansweredCount\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  query Category($slug: String!) {\n    category(slug: $slug) {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n      threadCount\n      unansweredCount\n      tags {\n        tag\n        count\n      }\n    }\n  }\n": typeof types.CategoryDocument,
    "\n  query Profile($handle: String!) {\n    account(handle: $handle) {\n      id\n      handle\n      displayName\n      role\n      jobTitle\n      reputation\n      createdAt\n      privileges {\n        privilege\n        label\n        required\n        granted\n      }\n      threads(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            kind\n            status\n            title\n            score\n            answerCount\n            createdAt\n          }\n        }\n      }\n      answers(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            score\n            accepted\n            official\n            createdAt\n            thread {\n              id\n              title\n            }\n          }\n        }\n      }\n      reputationHistory(first: 20) {\n        edges {\n          node {\n            id\n            reason\n            delta\n            createdAt\n            thread {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  fragment ThreadSummaryFields on Thread {\n    id\n    kind\n    status\n    title\n    excerpt\n    tags\n    score\n    answerCount\n    viewCount\n    createdAt\n    lastActivityAt\n    category {\n      id\n      slug\n      name\n    }\n    author {\n      ...AuthorFields\n    }\n  }\n": typeof types.ThreadSummaryFieldsFragmentDoc,
    "\n  query ThreadList($filter: ThreadFilter, $sort: ThreadSort, $first: Int, $after: String) {\n    threads(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.ThreadListDocument,
    "\n  query HomeThreads {\n    unansweredCount\n    popular: threads(sort: POPULAR, first: 10) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n    newest: threads(sort: NEWEST, first: 10) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.HomeThreadsDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    bodyHtml\n    createdAt\n    author {\n      ...AuthorFields\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment AnswerFields on Answer {\n    id\n    body\n    bodyHtml\n    score\n    official\n    accepted\n    createdAt\n    editedAt\n    viewerVote\n    viewerCan {\n      edit\n      delete\n      accept\n      unaccept\n      vote\n      comment\n    }\n    author {\n      ...AuthorFields\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n": typeof types.AnswerFieldsFragmentDoc,
    "\n  query Thread($id: ID!) {\n    thread(id: $id) {\n      id\n      kind\n      status\n      title\n      body\n      bodyHtml\n      tags\n      score\n      answerCount\n      commentCount\n      viewCount\n      createdAt\n      editedAt\n      lastActivityAt\n      locked\n      deleted\n      viewerVote\n      viewerCan {\n        edit\n        delete\n        answer\n        vote\n        comment\n      }\n      category {\n        id\n        slug\n        name\n      }\n      author {\n        ...AuthorFields\n      }\n      comments {\n        ...CommentFields\n      }\n      answers(first: 30) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AnswerFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  mutation RecordView($input: RecordViewInput!) {\n    recordView(input: $input) {\n      id\n      viewCount\n    }\n  }\n": typeof types.RecordViewDocument,
    "\n  fragment RevisionFields on Revision {\n    id\n    createdAt\n    title\n    body\n    tags\n    editor {\n      id\n      handle\n      displayName\n    }\n  }\n": typeof types.RevisionFieldsFragmentDoc,
    "\n  query ThreadForEdit($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      body\n      tags\n      viewerCan {\n        edit\n      }\n      category {\n        id\n        slug\n        name\n      }\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n": typeof types.ThreadForEditDocument,
    "\n  query AskCategories {\n    categories {\n      id\n      slug\n      name\n      description\n    }\n  }\n": typeof types.AskCategoriesDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateThreadDocument,
    "\n  mutation EditThread($input: EditThreadInput!) {\n    editThread(input: $input) {\n      id\n      title\n      body\n      bodyHtml\n      tags\n      editedAt\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n": typeof types.EditThreadDocument,
    "\n  mutation DeleteThread($input: DeleteThreadInput!) {\n    deleteThread(input: $input) {\n      id\n      deleted\n    }\n  }\n": typeof types.DeleteThreadDocument,
    "\n  mutation Vote($input: VoteInput!) {\n    vote(input: $input) {\n      targetId\n      score\n      viewerVote\n    }\n  }\n": typeof types.VoteDocument,
    "\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.PostCommentDocument,
    "\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n": typeof types.PreviewMarkdownDocument,
};
const documents: Documents = {
    "\n  query Community {\n    community {\n      name\n      tagline\n      primaryColor\n      accentColor\n    }\n  }\n": types.CommunityDocument,
    "\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      role\n      reputation\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment AuthorFields on Account {\n    id\n    handle\n    displayName\n    role\n    jobTitle\n    reputation\n  }\n": types.AuthorFieldsFragmentDoc,
    "\n  mutation PostAnswer($input: PostAnswerInput!) {\n    postAnswer(input: $input) {\n      id\n    }\n  }\n": types.PostAnswerDocument,
    "\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) {\n      id\n      body\n      bodyHtml\n      editedAt\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n": types.EditAnswerDocument,
    "\n  mutation DeleteAnswer($input: DeleteAnswerInput!) {\n    deleteAnswer(input: $input) {\n      id\n    }\n  }\n": types.DeleteAnswerDocument,
    "\n  mutation AcceptAnswer($answerId: ID!) {\n    acceptAnswer(answerId: $answerId) {\n      id\n      accepted\n    }\n  }\n": types.AcceptAnswerDocument,
    "\n  mutation UnacceptAnswer($answerId: ID!) {\n    unacceptAnswer(answerId: $answerId) {\n      id\n      accepted\n    }\n  }\n": types.UnacceptAnswerDocument,
    "\n  query AnswerForEdit($threadId: ID!) {\n    thread(id: $threadId) {\n      id\n      title\n      answers(first: 100) {\n        edges {\n          node {\n            id\n            body\n            viewerCan {\n              edit\n            }\n            revisions {\n              ...RevisionFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AnswerForEditDocument,
    "\n  query Categories {\n    categories {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n      threadCount\n      unansweredCount\n    }\n  }\n": types.CategoriesDocument,
    "\n  query Category($slug: String!) {\n    category(slug: $slug) {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n      threadCount\n      unansweredCount\n      tags {\n        tag\n        count\n      }\n    }\n  }\n": types.CategoryDocument,
    "\n  query Profile($handle: String!) {\n    account(handle: $handle) {\n      id\n      handle\n      displayName\n      role\n      jobTitle\n      reputation\n      createdAt\n      privileges {\n        privilege\n        label\n        required\n        granted\n      }\n      threads(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            kind\n            status\n            title\n            score\n            answerCount\n            createdAt\n          }\n        }\n      }\n      answers(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            score\n            accepted\n            official\n            createdAt\n            thread {\n              id\n              title\n            }\n          }\n        }\n      }\n      reputationHistory(first: 20) {\n        edges {\n          node {\n            id\n            reason\n            delta\n            createdAt\n            thread {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ProfileDocument,
    "\n  fragment ThreadSummaryFields on Thread {\n    id\n    kind\n    status\n    title\n    excerpt\n    tags\n    score\n    answerCount\n    viewCount\n    createdAt\n    lastActivityAt\n    category {\n      id\n      slug\n      name\n    }\n    author {\n      ...AuthorFields\n    }\n  }\n": types.ThreadSummaryFieldsFragmentDoc,
    "\n  query ThreadList($filter: ThreadFilter, $sort: ThreadSort, $first: Int, $after: String) {\n    threads(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n  }\n": types.ThreadListDocument,
    "\n  query HomeThreads {\n    unansweredCount\n    popular: threads(sort: POPULAR, first: 10) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n    newest: threads(sort: NEWEST, first: 10) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n  }\n": types.HomeThreadsDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    bodyHtml\n    createdAt\n    author {\n      ...AuthorFields\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment AnswerFields on Answer {\n    id\n    body\n    bodyHtml\n    score\n    official\n    accepted\n    createdAt\n    editedAt\n    viewerVote\n    viewerCan {\n      edit\n      delete\n      accept\n      unaccept\n      vote\n      comment\n    }\n    author {\n      ...AuthorFields\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n": types.AnswerFieldsFragmentDoc,
    "\n  query Thread($id: ID!) {\n    thread(id: $id) {\n      id\n      kind\n      status\n      title\n      body\n      bodyHtml\n      tags\n      score\n      answerCount\n      commentCount\n      viewCount\n      createdAt\n      editedAt\n      lastActivityAt\n      locked\n      deleted\n      viewerVote\n      viewerCan {\n        edit\n        delete\n        answer\n        vote\n        comment\n      }\n      category {\n        id\n        slug\n        name\n      }\n      author {\n        ...AuthorFields\n      }\n      comments {\n        ...CommentFields\n      }\n      answers(first: 30) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AnswerFields\n          }\n        }\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  mutation RecordView($input: RecordViewInput!) {\n    recordView(input: $input) {\n      id\n      viewCount\n    }\n  }\n": types.RecordViewDocument,
    "\n  fragment RevisionFields on Revision {\n    id\n    createdAt\n    title\n    body\n    tags\n    editor {\n      id\n      handle\n      displayName\n    }\n  }\n": types.RevisionFieldsFragmentDoc,
    "\n  query ThreadForEdit($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      body\n      tags\n      viewerCan {\n        edit\n      }\n      category {\n        id\n        slug\n        name\n      }\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n": types.ThreadForEditDocument,
    "\n  query AskCategories {\n    categories {\n      id\n      slug\n      name\n      description\n    }\n  }\n": types.AskCategoriesDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": types.CreateThreadDocument,
    "\n  mutation EditThread($input: EditThreadInput!) {\n    editThread(input: $input) {\n      id\n      title\n      body\n      bodyHtml\n      tags\n      editedAt\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n": types.EditThreadDocument,
    "\n  mutation DeleteThread($input: DeleteThreadInput!) {\n    deleteThread(input: $input) {\n      id\n      deleted\n    }\n  }\n": types.DeleteThreadDocument,
    "\n  mutation Vote($input: VoteInput!) {\n    vote(input: $input) {\n      targetId\n      score\n      viewerVote\n    }\n  }\n": types.VoteDocument,
    "\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.PostCommentDocument,
    "\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n": types.PreviewMarkdownDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Community {\n    community {\n      name\n      tagline\n      primaryColor\n      accentColor\n    }\n  }\n"): (typeof documents)["\n  query Community {\n    community {\n      name\n      tagline\n      primaryColor\n      accentColor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      role\n      reputation\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      role\n      reputation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthorFields on Account {\n    id\n    handle\n    displayName\n    role\n    jobTitle\n    reputation\n  }\n"): (typeof documents)["\n  fragment AuthorFields on Account {\n    id\n    handle\n    displayName\n    role\n    jobTitle\n    reputation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostAnswer($input: PostAnswerInput!) {\n    postAnswer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PostAnswer($input: PostAnswerInput!) {\n    postAnswer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) {\n      id\n      body\n      bodyHtml\n      editedAt\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) {\n      id\n      body\n      bodyHtml\n      editedAt\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAnswer($input: DeleteAnswerInput!) {\n    deleteAnswer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAnswer($input: DeleteAnswerInput!) {\n    deleteAnswer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAnswer($answerId: ID!) {\n    acceptAnswer(answerId: $answerId) {\n      id\n      accepted\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAnswer($answerId: ID!) {\n    acceptAnswer(answerId: $answerId) {\n      id\n      accepted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnacceptAnswer($answerId: ID!) {\n    unacceptAnswer(answerId: $answerId) {\n      id\n      accepted\n    }\n  }\n"): (typeof documents)["\n  mutation UnacceptAnswer($answerId: ID!) {\n    unacceptAnswer(answerId: $answerId) {\n      id\n      accepted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnswerForEdit($threadId: ID!) {\n    thread(id: $threadId) {\n      id\n      title\n      answers(first: 100) {\n        edges {\n          node {\n            id\n            body\n            viewerCan {\n              edit\n            }\n            revisions {\n              ...RevisionFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnswerForEdit($threadId: ID!) {\n    thread(id: $threadId) {\n      id\n      title\n      answers(first: 100) {\n        edges {\n          node {\n            id\n            body\n            viewerCan {\n              edit\n            }\n            revisions {\n              ...RevisionFields\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n      threadCount\n      unansweredCount\n    }\n  }\n"): (typeof documents)["\n  query Categories {\n    categories {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n      threadCount\n      unansweredCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Category($slug: String!) {\n    category(slug: $slug) {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n      threadCount\n      unansweredCount\n      tags {\n        tag\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query Category($slug: String!) {\n    category(slug: $slug) {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n      threadCount\n      unansweredCount\n      tags {\n        tag\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile($handle: String!) {\n    account(handle: $handle) {\n      id\n      handle\n      displayName\n      role\n      jobTitle\n      reputation\n      createdAt\n      privileges {\n        privilege\n        label\n        required\n        granted\n      }\n      threads(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            kind\n            status\n            title\n            score\n            answerCount\n            createdAt\n          }\n        }\n      }\n      answers(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            score\n            accepted\n            official\n            createdAt\n            thread {\n              id\n              title\n            }\n          }\n        }\n      }\n      reputationHistory(first: 20) {\n        edges {\n          node {\n            id\n            reason\n            delta\n            createdAt\n            thread {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Profile($handle: String!) {\n    account(handle: $handle) {\n      id\n      handle\n      displayName\n      role\n      jobTitle\n      reputation\n      createdAt\n      privileges {\n        privilege\n        label\n        required\n        granted\n      }\n      threads(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            kind\n            status\n            title\n            score\n            answerCount\n            createdAt\n          }\n        }\n      }\n      answers(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            score\n            accepted\n            official\n            createdAt\n            thread {\n              id\n              title\n            }\n          }\n        }\n      }\n      reputationHistory(first: 20) {\n        edges {\n          node {\n            id\n            reason\n            delta\n            createdAt\n            thread {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadSummaryFields on Thread {\n    id\n    kind\n    status\n    title\n    excerpt\n    tags\n    score\n    answerCount\n    viewCount\n    createdAt\n    lastActivityAt\n    category {\n      id\n      slug\n      name\n    }\n    author {\n      ...AuthorFields\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadSummaryFields on Thread {\n    id\n    kind\n    status\n    title\n    excerpt\n    tags\n    score\n    answerCount\n    viewCount\n    createdAt\n    lastActivityAt\n    category {\n      id\n      slug\n      name\n    }\n    author {\n      ...AuthorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadList($filter: ThreadFilter, $sort: ThreadSort, $first: Int, $after: String) {\n    threads(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadList($filter: ThreadFilter, $sort: ThreadSort, $first: Int, $after: String) {\n    threads(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeThreads {\n    unansweredCount\n    popular: threads(sort: POPULAR, first: 10) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n    newest: threads(sort: NEWEST, first: 10) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeThreads {\n    unansweredCount\n    popular: threads(sort: POPULAR, first: 10) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n    newest: threads(sort: NEWEST, first: 10) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    body\n    bodyHtml\n    createdAt\n    author {\n      ...AuthorFields\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    body\n    bodyHtml\n    createdAt\n    author {\n      ...AuthorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnswerFields on Answer {\n    id\n    body\n    bodyHtml\n    score\n    official\n    accepted\n    createdAt\n    editedAt\n    viewerVote\n    viewerCan {\n      edit\n      delete\n      accept\n      unaccept\n      vote\n      comment\n    }\n    author {\n      ...AuthorFields\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  fragment AnswerFields on Answer {\n    id\n    body\n    bodyHtml\n    score\n    official\n    accepted\n    createdAt\n    editedAt\n    viewerVote\n    viewerCan {\n      edit\n      delete\n      accept\n      unaccept\n      vote\n      comment\n    }\n    author {\n      ...AuthorFields\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Thread($id: ID!) {\n    thread(id: $id) {\n      id\n      kind\n      status\n      title\n      body\n      bodyHtml\n      tags\n      score\n      answerCount\n      commentCount\n      viewCount\n      createdAt\n      editedAt\n      lastActivityAt\n      locked\n      deleted\n      viewerVote\n      viewerCan {\n        edit\n        delete\n        answer\n        vote\n        comment\n      }\n      category {\n        id\n        slug\n        name\n      }\n      author {\n        ...AuthorFields\n      }\n      comments {\n        ...CommentFields\n      }\n      answers(first: 30) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AnswerFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Thread($id: ID!) {\n    thread(id: $id) {\n      id\n      kind\n      status\n      title\n      body\n      bodyHtml\n      tags\n      score\n      answerCount\n      commentCount\n      viewCount\n      createdAt\n      editedAt\n      lastActivityAt\n      locked\n      deleted\n      viewerVote\n      viewerCan {\n        edit\n        delete\n        answer\n        vote\n        comment\n      }\n      category {\n        id\n        slug\n        name\n      }\n      author {\n        ...AuthorFields\n      }\n      comments {\n        ...CommentFields\n      }\n      answers(first: 30) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...AnswerFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordView($input: RecordViewInput!) {\n    recordView(input: $input) {\n      id\n      viewCount\n    }\n  }\n"): (typeof documents)["\n  mutation RecordView($input: RecordViewInput!) {\n    recordView(input: $input) {\n      id\n      viewCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RevisionFields on Revision {\n    id\n    createdAt\n    title\n    body\n    tags\n    editor {\n      id\n      handle\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment RevisionFields on Revision {\n    id\n    createdAt\n    title\n    body\n    tags\n    editor {\n      id\n      handle\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadForEdit($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      body\n      tags\n      viewerCan {\n        edit\n      }\n      category {\n        id\n        slug\n        name\n      }\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadForEdit($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      body\n      tags\n      viewerCan {\n        edit\n      }\n      category {\n        id\n        slug\n        name\n      }\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AskCategories {\n    categories {\n      id\n      slug\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  query AskCategories {\n    categories {\n      id\n      slug\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditThread($input: EditThreadInput!) {\n    editThread(input: $input) {\n      id\n      title\n      body\n      bodyHtml\n      tags\n      editedAt\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditThread($input: EditThreadInput!) {\n    editThread(input: $input) {\n      id\n      title\n      body\n      bodyHtml\n      tags\n      editedAt\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteThread($input: DeleteThreadInput!) {\n    deleteThread(input: $input) {\n      id\n      deleted\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteThread($input: DeleteThreadInput!) {\n    deleteThread(input: $input) {\n      id\n      deleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Vote($input: VoteInput!) {\n    vote(input: $input) {\n      targetId\n      score\n      viewerVote\n    }\n  }\n"): (typeof documents)["\n  mutation Vote($input: VoteInput!) {\n    vote(input: $input) {\n      targetId\n      score\n      viewerVote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n"): (typeof documents)["\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;