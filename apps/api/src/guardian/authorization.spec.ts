// The authorization table: every mutation of the schema, run as each kind of person, against the codes written
// below by hand (not read from the guardian). Every `can` field must agree with the mutation it predicts.
import { randomBytes } from 'node:crypto';
import {
  createAccount,
  createTestApp,
  firstCategoryId,
  GqlClient,
  graphqlClient,
  TestAccount,
  TestApp,
  TestRole,
} from '@community/testing';

const PERSONAS = ['guest', 'newMember', 'trusted', 'employee', 'moderator', 'admin'] as const;
type Persona = (typeof PERSONAS)[number];
type Code = null | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';

const ok = null;
const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';
const B = 'BAD_USER_INPUT';

/**
 * Expected extensions.code, in the order guest, new member (1 reputation), member with 2,000 reputation,
 * employee, moderator, admin. Posts acted on belong to someone else unless the row says otherwise.
 */
const TABLE: Record<string, [Code, Code, Code, Code, Code, Code]> = {
  // Everyone, visitors included.
  signUp: [ok, ok, ok, ok, ok, ok],
  signIn: [ok, ok, ok, ok, ok, ok],
  signOut: [ok, ok, ok, ok, ok, ok],
  recordView: [ok, ok, ok, ok, ok, ok],
  recordDeflection: [ok, ok, ok, ok, ok, ok],
  recordSearchClick: [ok, ok, ok, ok, ok, ok],
  requestPasswordReset: [ok, ok, ok, ok, ok, ok],
  // Visitors' choice goes in a cookie, accounts' on the account.
  setLocale: [ok, ok, ok, ok, ok, ok],
  // The emailed token is the credential, for anyone: a wrong one is refused alike.
  resetPassword: [B, B, B, B, B, B],
  verifyEmail: [B, B, B, B, B, B],
  // Every signed-in account, on its own things.
  signOutEverywhere: [U, ok, ok, ok, ok, ok],
  changePassword: [U, ok, ok, ok, ok, ok],
  createApiToken: [U, ok, ok, ok, ok, ok],
  revokeApiToken: [U, ok, ok, ok, ok, ok],
  unlinkIdentity: [U, ok, ok, ok, ok, ok],
  markNotificationsRead: [U, ok, ok, ok, ok, ok],
  updateEmailPreferences: [U, ok, ok, ok, ok, ok],
  requestDataExport: [U, ok, ok, ok, ok, ok],
  eraseMyAccount: [U, ok, ok, ok, ok, ok],
  watch: [U, ok, ok, ok, ok, ok],
  inviteToAnswer: [U, ok, ok, ok, ok, ok],
  createThread: [U, ok, ok, ok, ok, ok],
  postAnswer: [U, ok, ok, ok, ok, ok],
  rateHelp: [U, ok, ok, ok, ok, ok],
  // Reputation privileges (staff and moderators have them all).
  vote: [U, F, ok, ok, ok, ok],
  flag: [U, F, ok, ok, ok, ok],
  postComment: [U, F, ok, ok, ok, ok],
  editThread: [U, F, ok, ok, ok, ok],
  editAnswer: [U, F, ok, ok, ok, ok],
  // The author or a moderator.
  deleteThread: [U, F, F, F, ok, ok],
  deleteAnswer: [U, F, F, F, ok, ok],
  // The asker or staff.
  acceptAnswer: [U, F, F, ok, F, ok],
  unacceptAnswer: [U, F, F, ok, F, ok],
  // Moderators.
  hidePost: [U, F, F, F, ok, ok],
  restorePost: [U, F, F, F, ok, ok],
  lockThread: [U, F, F, F, ok, ok],
  unlockThread: [U, F, F, F, ok, ok],
  closeAsDuplicate: [U, F, F, F, ok, ok],
  moveThread: [U, F, F, F, ok, ok],
  editTags: [U, F, F, F, ok, ok],
  pinThread: [U, F, F, F, ok, ok],
  unpinThread: [U, F, F, F, ok, ok],
  featureThread: [U, F, F, F, ok, ok],
  unfeatureThread: [U, F, F, F, ok, ok],
  resolveFlags: [U, F, F, F, ok, ok],
  suspendAccount: [U, F, F, F, ok, ok],
  unsuspendAccount: [U, F, F, F, ok, ok],
  // Staff (employees and admins): announcements and the care console.
  publishAnnouncement: [U, F, F, ok, F, ok],
  editAnnouncement: [U, F, F, ok, F, ok],
  assignThread: [U, F, F, ok, F, ok],
  createSavedReply: [U, F, F, ok, F, ok],
  updateSavedReply: [U, F, F, ok, F, ok],
  deleteSavedReply: [U, F, F, ok, F, ok],
  openPrivateFollowUp: [U, F, F, ok, F, ok],
  closePrivateFollowUp: [U, F, F, ok, F, ok],
  // Employees move ideas on the roadmap (not moderators: what the brand plans is the brand's to say).
  setIdeaStatus: [U, F, F, ok, F, ok],
  // Both sides of a follow-up and staff; outsiders do not learn it exists.
  replyPrivateFollowUp: [U, N, N, ok, N, ok],
  // Admins.
  setRole: [U, F, F, F, F, ok],
  createCategory: [U, F, F, F, F, ok],
  updateCategory: [U, F, F, F, F, ok],
  reorderCategories: [U, F, F, F, F, ok],
  createTeam: [U, F, F, F, F, ok],
  addTeamMember: [U, F, F, F, F, ok],
  removeTeamMember: [U, F, F, F, F, ok],
  setCategoryDefaultTeam: [U, F, F, F, F, ok],
  // Groups (on a public group nobody here belongs to) and who reads and posts in a category.
  createGroup: [U, F, F, F, F, ok],
  addGroupMember: [U, F, F, F, F, ok],
  removeGroupMember: [U, F, F, F, F, ok],
  updateGroup: [U, F, F, F, F, ok],
  deleteGroup: [U, F, F, F, F, ok],
  setCategoryPermissions: [U, F, F, F, F, ok],
  revokeSigningKey: [U, F, F, F, F, ok],
  setSearchSynonyms: [U, F, F, F, F, ok],
  retrySearchDeadLetters: [U, F, F, F, F, ok],
  startSearchReindex: [U, F, F, F, F, ok],
  updateSiteSettings: [U, F, F, F, F, ok],
  uploadLogo: [U, F, F, F, F, ok],
  removeLogo: [U, F, F, F, F, ok],
  updateRateLimits: [U, F, F, F, F, ok],
  resetRateLimits: [U, F, F, F, F, ok],
  eraseAccount: [U, F, F, F, F, ok],
  createWebhook: [U, F, F, F, F, ok],
  updateWebhook: [U, F, F, F, F, ok],
  deleteWebhook: [U, F, F, F, F, ok],
  rotateWebhookSecret: [U, F, F, F, F, ok],
  // An unknown delivery: the admin gets past the guardian and is told it does not exist.
  redeliverWebhook: [U, F, F, F, F, N],
};

/** Which mutation each published ability predicts (its row of the table decides `allowed`). */
const CAN: Record<string, string> = {
  'ThreadAbilities.edit': 'editThread',
  'ThreadAbilities.delete': 'deleteThread',
  'ThreadAbilities.vote': 'vote',
  'ThreadAbilities.comment': 'postComment',
  'ThreadAbilities.flag': 'flag',
  'ThreadAbilities.answer': 'postAnswer',
  'ThreadAbilities.moderate': 'hidePost',
  'ThreadAbilities.rate': 'rateHelp',
  'ThreadAbilities.setIdeaStatus': 'setIdeaStatus',
  'AnswerAbilities.edit': 'editAnswer',
  'AnswerAbilities.delete': 'deleteAnswer',
  'AnswerAbilities.vote': 'vote',
  'AnswerAbilities.comment': 'postComment',
  'AnswerAbilities.flag': 'flag',
  'AnswerAbilities.accept': 'acceptAnswer',
  'AnswerAbilities.moderate': 'hidePost',
  'CommentAbilities.flag': 'flag',
  'CommentAbilities.moderate': 'hidePost',
  'ViewerAbilities.ask': 'createThread',
  'ViewerAbilities.moderate': 'hidePost',
  'ViewerAbilities.care': 'openPrivateFollowUp',
  'ViewerAbilities.announce': 'publishAnnouncement',
  'ViewerAbilities.administer': 'createCategory',
  'GroupAbilities.manageMembers': 'addGroupMember',
  'GroupAbilities.edit': 'updateGroup',
};

const ROLE: Record<Persona, { role?: TestRole; reputation?: number } | null> = {
  guest: null,
  newMember: {},
  trusted: { reputation: 2000 },
  employee: { role: 'EMPLOYEE' },
  moderator: { role: 'MODERATOR' },
  admin: { role: 'ADMIN' },
};

let t: TestApp;
let categoryId: string;
let author: TestAccount;
let answerer: TestAccount;
let staff: TestAccount;
let boss: TestAccount;
const people = {} as Record<Persona, TestAccount | null>;
const clients = {} as Record<Persona, GqlClient>;

const reason = 'Authorization table';
const tag = () => randomBytes(4).toString('hex');
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();
const sql = async (query: string, params: unknown[] = []) => (await t.dataSource.query(query, params))[0];

async function thread(by: TestAccount = author, columns: Record<string, string> = {}): Promise<string> {
  const extra = Object.keys(columns);
  const row = await sql(
    `INSERT INTO threads (category_id, author_id, kind, title, body, body_html ${extra.map((c) => `, ${c}`).join('')})
     VALUES ($1, $2, 'QUESTION', 'A question for the table', 'Body', '<p>Body</p>' ${extra.map((c) => `, ${columns[c]}`).join('')})
     RETURNING id`,
    [categoryId, by.id],
  );
  return row.id;
}
async function idea(by: TestAccount = author): Promise<string> {
  const row = await sql(
    `INSERT INTO threads (category_id, author_id, kind, idea_status, title, body, body_html)
     VALUES ($1, $2, 'IDEA', 'UNDER_REVIEW', 'An idea for the table', 'Body', '<p>Body</p>') RETURNING id`,
    [categoryId, by.id],
  );
  return row.id;
}
async function answerOn(threadId: string, by: TestAccount = answerer): Promise<string> {
  const row = await sql(
    `INSERT INTO answers (thread_id, author_id, body, body_html) VALUES ($1, $2, 'An answer', '<p>An answer</p>') RETURNING id`,
    [threadId, by.id],
  );
  await sql('UPDATE threads SET answer_count = answer_count + 1 WHERE id = $1', [threadId]);
  return row.id;
}
async function member(columns = ''): Promise<string> {
  const h = `s_${tag()}`;
  const row = await sql(
    `INSERT INTO accounts (email, handle, display_name, password_hash ${columns ? ', ' + columns.split('=')[0] : ''})
     VALUES ($1, $2, 'Subject', 'x' ${columns ? ', ' + columns.split('=')[1] : ''}) RETURNING id`,
    [`${h}@example.com`, h],
  );
  return row.id;
}
async function acceptedAnswer(): Promise<string> {
  const threadId = await thread();
  const answerId = await answerOn(threadId);
  await author.client.ok(`mutation($id: ID!) { acceptAnswer(answerId: $id) { id } }`, { id: answerId });
  return answerId;
}
async function followUp(): Promise<string> {
  const { openPrivateFollowUp } = await staff.client.ok(
    `mutation($i: OpenPrivateFollowUpInput!) { openPrivateFollowUp(input: $i) { id } }`,
    { i: { threadId: await thread(), body: 'May I ask for your order number?' } },
  );
  return openPrivateFollowUp.id;
}
async function team(): Promise<string> {
  const { createTeam } = await boss.client.ok(
    `mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }`,
    {
      i: { name: `Team ${tag()}` },
    },
  );
  return createTeam.id;
}
async function publicGroup(): Promise<string> {
  const { createGroup } = await boss.client.ok(
    `mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`,
    { i: { name: `Group ${tag()}`, visibility: 'PUBLIC' } },
  );
  return createGroup.id;
}
async function savedReply(): Promise<string> {
  const { createSavedReply } = await staff.client.ok(
    `mutation($i: CreateSavedReplyInput!) { createSavedReply(input: $i) { id } }`,
    { i: { title: `Reply ${tag()}`, body: 'Thanks for asking.' } },
  );
  return createSavedReply.id;
}
/** Nothing listens there: deliveries fail fast, which these tests do not look at. */
const HOOK_URL = 'http://127.0.0.1:9/hooks';
async function webhook(): Promise<string> {
  const { createWebhook } = await boss.client.ok(
    `mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { webhook { id } } }`,
    { i: { url: HOOK_URL, events: ['RATING_SUBMITTED'] } },
  );
  return createWebhook.webhook.id;
}
/** A new account of the persona's kind, for operations that end or change its sessions. */
async function fresh(persona: Persona): Promise<{ client: GqlClient; account: TestAccount | null }> {
  const kind = ROLE[persona];
  if (!kind) return { client: t.client(), account: null };
  const account = await createAccount(t, kind);
  return { client: account.client, account };
}
/** A second session of the persona (a new sign-in), for operations that replace the session cookie. */
async function secondSession(persona: Persona): Promise<GqlClient> {
  const account = people[persona];
  const client = graphqlClient(
    t.baseUrl,
    `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  );
  if (account)
    await client.ok(`mutation($i: SignInInput!) { signIn(input: $i) { id } }`, {
      i: { email: account.email, password: account.password },
    });
  return client;
}

type Operation = (
  persona: Persona,
) => Promise<{ query: string; variables?: Record<string, unknown>; client?: GqlClient }>;
const m = (call: string, type?: string) =>
  type ? `mutation($i: ${type}!) { ${call.replace('$INPUT', 'input: $i')} }` : `mutation { ${call} }`;
const postAction = (name: string) => m(`${name}($INPUT) { id }`, 'PostActionInput');
const threadAction = (name: string) => m(`${name}($INPUT) { id }`, 'ThreadActionInput');

/** Each call builds fresh fixtures, so an allowed call succeeds whatever ran before it. */
const OPERATIONS: Record<string, Operation> = {
  signUp: async (p) => {
    const h = `u_${tag()}`;
    return {
      query: m('signUp($INPUT) { id }', 'SignUpInput'),
      variables: {
        i: { email: `${h}@example.com`, handle: h, displayName: `New ${h}`, password: `pw-${h}-long` },
      },
      client: await secondSession(p),
    };
  },
  signIn: async (p) => ({
    query: m('signIn($INPUT) { id }', 'SignInInput'),
    variables: { i: { email: author.email, password: author.password } },
    client: await secondSession(p),
  }),
  signOut: async (p) => ({ query: m('signOut'), client: await secondSession(p) }),
  setLocale: async (p) => ({ query: m('setLocale(locale: "sl")'), client: (await fresh(p)).client }),
  signOutEverywhere: async (p) => ({ query: m('signOutEverywhere'), client: (await fresh(p)).client }),
  changePassword: async (p) => {
    const { client, account } = await fresh(p);
    return {
      query: m('changePassword($INPUT)', 'ChangePasswordInput'),
      variables: {
        i: { currentPassword: account?.password ?? 'not-signed-in', newPassword: `new-${tag()}-password` },
      },
      client,
    };
  },
  recordView: async () => ({
    query: m('recordView($INPUT) { id }', 'RecordViewInput'),
    variables: { i: { threadId: await thread() } },
  }),
  recordDeflection: async () => ({
    query: m('recordDeflection($INPUT)', 'RecordDeflectionInput'),
    variables: { i: { threadId: await thread(), draftTitle: 'My router blinks' } },
  }),
  recordSearchClick: async () => {
    const q = await sql(
      `INSERT INTO search_queries (query, normalized, result_count) VALUES ('router', 'router', 1) RETURNING id`,
    );
    return {
      query: m('recordSearchClick($INPUT)', 'RecordSearchClickInput'),
      variables: { i: { queryId: String(q.id), threadId: await thread(), position: 1 } },
    };
  },
  createApiToken: async () => ({
    query: m('createApiToken($INPUT) { secret }', 'CreateApiTokenInput'),
    variables: { i: { name: `Token ${tag()}`, scopes: ['READ'] } },
  }),
  revokeApiToken: async (p) => {
    let id = '00000000-0000-4000-8000-000000000000';
    if (people[p]) {
      const { createApiToken } = await clients[p].ok(
        `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token { id } } }`,
        { i: { name: `Token ${tag()}`, scopes: ['READ'] } },
      );
      id = createApiToken.token.id;
    }
    return { query: m('revokeApiToken($INPUT) { id }', 'RevokeApiTokenInput'), variables: { i: { id } } };
  },
  unlinkIdentity: async (p) => {
    let id = '00000000-0000-4000-8000-000000000000';
    if (people[p]) {
      // A linked OpenID identity of their own; they also have a local password, so it may go.
      const row = await sql(
        `INSERT INTO account_identities (account_id, issuer, subject) VALUES ($1, 'https://id.example.com', $2)
         RETURNING id`,
        [people[p]!.id, `sub-${tag()}`],
      );
      id = row.id;
    }
    return {
      query: m('unlinkIdentity($INPUT) { hasPassword }', 'UnlinkIdentityInput'),
      variables: { i: { id } },
    };
  },
  markNotificationsRead: async () => ({
    query: m('markNotificationsRead($INPUT)', 'MarkNotificationsReadInput'),
    variables: { i: { all: true } },
  }),
  watch: async () => ({
    query: m('watch($INPUT) { level }', 'WatchInput'),
    variables: { i: { targetType: 'THREAD', targetId: await thread(), level: 'WATCHING' } },
  }),
  inviteToAnswer: async () => ({
    query: m('inviteToAnswer($INPUT)', 'InviteToAnswerInput'),
    variables: { i: { threadId: await thread(), accountId: answerer.id } },
  }),
  createThread: async () => ({
    query: m('createThread($INPUT) { id }', 'CreateThreadInput'),
    variables: {
      i: { kind: 'QUESTION', categoryId, title: `A question from the table ${tag()}`, body: 'Body' },
    },
  }),
  postAnswer: async () => ({
    query: m('postAnswer($INPUT) { id }', 'PostAnswerInput'),
    variables: { i: { threadId: await thread(), body: 'An answer from the table' } },
  }),
  rateHelp: async (p) => {
    // The persona's own solved question (a visitor tries someone else's).
    const threadId = await thread(people[p] ?? author, { status: `'SOLVED'` });
    return {
      query: m('rateHelp($INPUT) { id }', 'RateHelpInput'),
      variables: { i: { threadId, rating: 5 } },
    };
  },
  vote: async () => ({
    query: m('vote($INPUT) { score }', 'VoteInput'),
    variables: { i: { targetId: await thread(), value: 'UP' } },
  }),
  flag: async () => ({
    query: m('flag($INPUT) { id }', 'FlagInput'),
    variables: { i: { targetId: await thread(), reason: 'SPAM' } },
  }),
  postComment: async () => ({
    query: m('postComment($INPUT) { id }', 'PostCommentInput'),
    variables: { i: { targetId: await thread(), body: 'A comment from the table' } },
  }),
  editThread: async () => ({
    query: m('editThread($INPUT) { id }', 'EditThreadInput'),
    variables: { i: { threadId: await thread(), body: `Edited ${tag()}` } },
  }),
  editAnswer: async () => ({
    query: m('editAnswer($INPUT) { id }', 'EditAnswerInput'),
    variables: { i: { answerId: await answerOn(await thread()), body: `Edited ${tag()}` } },
  }),
  deleteThread: async () => ({
    query: m('deleteThread($INPUT) { id }', 'DeleteThreadInput'),
    variables: { i: { threadId: await thread() } },
  }),
  deleteAnswer: async () => ({
    query: m('deleteAnswer($INPUT) { id }', 'DeleteAnswerInput'),
    variables: { i: { answerId: await answerOn(await thread()) } },
  }),
  acceptAnswer: async () => ({
    query: `mutation($id: ID!) { acceptAnswer(answerId: $id) { id } }`,
    variables: { id: await answerOn(await thread()) },
  }),
  unacceptAnswer: async () => ({
    query: `mutation($id: ID!) { unacceptAnswer(answerId: $id) { id } }`,
    variables: { id: await acceptedAnswer() },
  }),
  hidePost: async () => ({
    query: postAction('hidePost'),
    variables: { i: { targetId: await thread(), reason } },
  }),
  restorePost: async () => ({
    query: postAction('restorePost'),
    variables: { i: { targetId: await thread(author, { hidden_at: 'now()' }), reason } },
  }),
  lockThread: async () => ({
    query: threadAction('lockThread'),
    variables: { i: { threadId: await thread(), reason } },
  }),
  unlockThread: async () => ({
    query: threadAction('unlockThread'),
    variables: { i: { threadId: await thread(author, { locked_at: 'now()' }), reason } },
  }),
  closeAsDuplicate: async () => ({
    query: m('closeAsDuplicate($INPUT) { id }', 'CloseAsDuplicateInput'),
    variables: { i: { threadId: await thread(), duplicateOfId: await thread(), reason, mergeAnswers: true } },
  }),
  moveThread: async () => {
    const other = await sql(
      `INSERT INTO categories (slug, name, description, position) VALUES ($1, 'Elsewhere', 'Other', 99) RETURNING id`,
      [`c-${tag()}`],
    );
    return {
      query: m('moveThread($INPUT) { id }', 'MoveThreadInput'),
      variables: { i: { threadId: await thread(), categoryId: other.id, reason } },
    };
  },
  editTags: async () => ({
    query: m('editTags($INPUT) { id }', 'EditTagsInput'),
    variables: { i: { threadId: await thread(), tags: ['router'], reason } },
  }),
  pinThread: async () => ({
    query: m('pinThread($INPUT) { id }', 'PinThreadInput'),
    variables: { i: { threadId: await thread(), until: tomorrow(), reason } },
  }),
  unpinThread: async () => ({
    query: threadAction('unpinThread'),
    variables: {
      i: { threadId: await thread(author, { pinned_until: `now() + interval '1 day'` }), reason },
    },
  }),
  featureThread: async () => ({
    query: threadAction('featureThread'),
    variables: { i: { threadId: await thread(), reason } },
  }),
  unfeatureThread: async () => ({
    query: threadAction('unfeatureThread'),
    variables: { i: { threadId: await thread(author, { featured_at: 'now()' }), reason } },
  }),
  resolveFlags: async () => {
    const targetId = await thread();
    await sql(
      `INSERT INTO flags (target_type, target_id, thread_id, account_id, reason) VALUES ('THREAD', $1, $1, $2, 'SPAM')`,
      [targetId, answerer.id],
    );
    return {
      query: m('resolveFlags($INPUT) { id }', 'ResolveFlagsInput'),
      variables: { i: { targetId, reason } },
    };
  },
  suspendAccount: async () => ({
    query: m('suspendAccount($INPUT) { id }', 'SuspendAccountInput'),
    variables: { i: { accountId: await member(), until: tomorrow(), reason } },
  }),
  unsuspendAccount: async () => ({
    query: m('unsuspendAccount($INPUT) { id }', 'AccountActionInput'),
    variables: { i: { accountId: await member(`suspended_until=now() + interval '1 day'`), reason } },
  }),
  publishAnnouncement: async () => ({
    query: m('publishAnnouncement($INPUT) { id }', 'PublishAnnouncementInput'),
    variables: { i: { categoryId, title: `Announcement ${tag()}`, body: 'News' } },
  }),
  editAnnouncement: async () => {
    const { publishAnnouncement } = await staff.client.ok(
      `mutation($i: PublishAnnouncementInput!) { publishAnnouncement(input: $i) { id } }`,
      { i: { categoryId, title: `Announcement ${tag()}`, body: 'News' } },
    );
    return {
      query: m('editAnnouncement($INPUT) { id }', 'EditAnnouncementInput'),
      variables: { i: { id: publishAnnouncement.id, body: `Edited ${tag()}` } },
    };
  },
  assignThread: async () => ({
    query: m('assignThread($INPUT) { id }', 'AssignThreadInput'),
    variables: { i: { threadId: await thread(), assigneeId: staff.id } },
  }),
  createSavedReply: async () => ({
    query: m('createSavedReply($INPUT) { id }', 'CreateSavedReplyInput'),
    variables: { i: { title: `Reply ${tag()}`, body: 'Thanks!' } },
  }),
  updateSavedReply: async () => ({
    query: m('updateSavedReply($INPUT) { id }', 'UpdateSavedReplyInput'),
    variables: { i: { id: await savedReply(), body: 'Thanks again!' } },
  }),
  deleteSavedReply: async () => ({
    query: `mutation($id: ID!) { deleteSavedReply(id: $id) }`,
    variables: { id: await savedReply() },
  }),
  openPrivateFollowUp: async () => ({
    query: m('openPrivateFollowUp($INPUT) { id }', 'OpenPrivateFollowUpInput'),
    variables: { i: { threadId: await thread(), body: 'Could you send your order number?' } },
  }),
  setIdeaStatus: async () => ({
    query: m('setIdeaStatus($INPUT) { id ideaStatus }', 'SetIdeaStatusInput'),
    variables: { i: { threadId: await idea(), status: 'PLANNED', note: 'On the roadmap.' } },
  }),
  closePrivateFollowUp: async () => ({
    query: `mutation($id: ID!) { closePrivateFollowUp(id: $id) { id } }`,
    variables: { id: await followUp() },
  }),
  replyPrivateFollowUp: async () => ({
    query: m('replyPrivateFollowUp($INPUT) { id }', 'ReplyPrivateFollowUpInput'),
    variables: { i: { conversationId: await followUp(), body: 'Here it is.' } },
  }),
  setRole: async () => ({
    query: m('setRole($INPUT) { id }', 'SetRoleInput'),
    variables: { i: { accountId: await member(), role: 'MODERATOR' } },
  }),
  createCategory: async () => ({
    query: m('createCategory($INPUT) { id }', 'CreateCategoryInput'),
    variables: { i: { slug: `c-${tag()}`, name: `Category ${tag()}` } },
  }),
  updateCategory: async () => ({
    query: m('updateCategory($INPUT) { id }', 'UpdateCategoryInput'),
    variables: { i: { categoryId, description: `Described ${tag()}` } },
  }),
  reorderCategories: async () => {
    const rows: { id: string }[] = await t.dataSource.query(
      'SELECT id FROM categories ORDER BY position, name',
    );
    return {
      query: m('reorderCategories($INPUT) { id }', 'ReorderCategoriesInput'),
      variables: { i: { categoryIds: rows.map((r) => r.id) } },
    };
  },
  createTeam: async () => ({
    query: m('createTeam($INPUT) { id }', 'CreateTeamInput'),
    variables: { i: { name: `Team ${tag()}` } },
  }),
  addTeamMember: async () => ({
    query: m('addTeamMember($INPUT) { id }', 'TeamMemberInput'),
    variables: { i: { teamId: await team(), accountId: staff.id } },
  }),
  createGroup: async () => ({
    query: m('createGroup($INPUT) { id }', 'CreateGroupInput'),
    variables: { i: { name: `Group ${tag()}`, description: 'Beta testers' } },
  }),
  addGroupMember: async () => ({
    query: m('addGroupMember($INPUT) { id }', 'GroupMemberInput'),
    variables: { i: { groupId: await publicGroup(), accountId: author.id } },
  }),
  removeGroupMember: async () => {
    const groupId = await publicGroup();
    await boss.client.ok(m('addGroupMember($INPUT) { id }', 'GroupMemberInput'), {
      i: { groupId, accountId: author.id },
    });
    return {
      query: m('removeGroupMember($INPUT) { id }', 'GroupMemberInput'),
      variables: { i: { groupId, accountId: author.id } },
    };
  },
  updateGroup: async () => ({
    query: m('updateGroup($INPUT) { id }', 'UpdateGroupInput'),
    variables: { i: { groupId: await publicGroup(), name: `Renamed ${tag()}` } },
  }),
  deleteGroup: async () => ({
    query: m('deleteGroup($INPUT)', 'GroupIdInput'),
    variables: { i: { groupId: await publicGroup() } },
  }),
  // On a category of its own: the shared one stays public for the other rows.
  setCategoryPermissions: async () => {
    const { createCategory } = await boss.client.ok(
      m('createCategory($INPUT) { id }', 'CreateCategoryInput'),
      {
        i: { slug: `p-${tag()}`, name: `Private ${tag()}` },
      },
    );
    return {
      query: m('setCategoryPermissions($INPUT) { id }', 'SetCategoryPermissionsInput'),
      variables: { i: { categoryId: createCategory.id, read: [await publicGroup()], post: [] } },
    };
  },
  removeTeamMember: async () => ({
    query: m('removeTeamMember($INPUT) { id }', 'TeamMemberInput'),
    variables: { i: { teamId: await team(), accountId: staff.id } },
  }),
  setCategoryDefaultTeam: async () => ({
    query: m('setCategoryDefaultTeam($INPUT) { id }', 'SetCategoryTeamInput'),
    variables: { i: { categoryId, teamId: await team() } },
  }),
  revokeSigningKey: async () => {
    const keyId = tag();
    await sql(`INSERT INTO signing_keys (key_id, public_key_pem) VALUES ($1, 'unused')`, [keyId]);
    return {
      query: m('revokeSigningKey($INPUT) { keyId }', 'RevokeSigningKeyInput'),
      variables: { i: { keyId, reason } },
    };
  },
  setSearchSynonyms: async () => ({
    query: m('setSearchSynonyms($INPUT)', 'SetSearchSynonymsInput'),
    variables: { i: { groups: [{ word: 'wifi', synonyms: ['wlan'] }] } },
  }),
  startSearchReindex: async () => ({ query: m('startSearchReindex { state }') }),
  retrySearchDeadLetters: async () => ({
    query: m('retrySearchDeadLetters($INPUT)', 'RetrySearchDeadLettersInput'),
    variables: { i: {} },
  }),
  updateSiteSettings: async () => ({
    query: m('updateSiteSettings($INPUT) { name }', 'UpdateSiteSettingsInput'),
    variables: { i: { tagline: `Tagline ${tag()}` } },
  }),
  uploadLogo: async () => ({
    query: m('uploadLogo($INPUT) { logoUrl }', 'UploadLogoInput'),
    variables: {
      i: {
        filename: 'logo.svg',
        contentBase64: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>').toString(
          'base64',
        ),
      },
    },
  }),
  removeLogo: async () => ({ query: m('removeLogo { logoUrl }') }),
  updateRateLimits: async () => ({
    query: m('updateRateLimits($INPUT) { name }', 'UpdateRateLimitsInput'),
    variables: { i: { limits: [{ name: 'votesPerAccount', points: 60, duration: 60 }] } },
  }),
  resetRateLimits: async () => ({
    query: m('resetRateLimits($INPUT) { name }', 'ResetRateLimitsInput'),
    variables: { i: { names: ['votesPerAccount'] } },
  }),
  requestPasswordReset: async () => ({
    query: m('requestPasswordReset($INPUT)', 'RequestPasswordResetInput'),
    variables: { i: { email: `nobody-${tag()}@example.com` } },
  }),
  resetPassword: async () => ({
    query: m('resetPassword($INPUT)', 'ResetPasswordInput'),
    variables: { i: { token: `wrong-${tag()}`, password: 'a brand new password' } },
  }),
  verifyEmail: async () => ({
    query: m('verifyEmail($INPUT)', 'VerifyEmailInput'),
    variables: { i: { token: `wrong-${tag()}` } },
  }),
  updateEmailPreferences: async () => ({
    query: m('updateEmailPreferences($INPUT) { digest }', 'UpdateEmailPreferencesInput'),
    variables: { i: { digest: 'WEEKLY' } },
  }),
  requestDataExport: async () => ({
    query: m('requestDataExport($INPUT) { id }', 'RequestDataExportInput'),
    variables: { i: {} },
  }),
  eraseMyAccount: async (p) => {
    const { client, account } = await fresh(p);
    return {
      query: m('eraseMyAccount($INPUT)', 'EraseMyAccountInput'),
      variables: { i: { password: account?.password ?? 'not-signed-in' } },
      client,
    };
  },
  eraseAccount: async () => ({
    query: m('eraseAccount($INPUT)', 'EraseAccountInput'),
    variables: { i: { accountId: await member(), reason } },
  }),
  createWebhook: async () => ({
    query: m('createWebhook($INPUT) { secret }', 'CreateWebhookInput'),
    variables: { i: { url: HOOK_URL, events: ['RATING_SUBMITTED'] } },
  }),
  updateWebhook: async () => ({
    query: m('updateWebhook($INPUT) { id }', 'UpdateWebhookInput'),
    variables: { i: { id: await webhook(), description: 'Renamed' } },
  }),
  deleteWebhook: async () => ({
    query: m('deleteWebhook($INPUT)', 'WebhookIdInput'),
    variables: { i: { id: await webhook() } },
  }),
  rotateWebhookSecret: async () => ({
    query: m('rotateWebhookSecret($INPUT) { secret }', 'WebhookIdInput'),
    variables: { i: { id: await webhook() } },
  }),
  redeliverWebhook: async () => ({
    query: m('redeliverWebhook($INPUT) { id }', 'RedeliverWebhookInput'),
    variables: { i: { deliveryId: '999999999999' } },
  }),
};

beforeAll(async () => {
  t = await createTestApp();
  // Webhooks in this table point at the loopback address, which production refuses (SSRF guard).
  t.config.webhooks.allowPrivate = true;
  categoryId = await firstCategoryId(t);
  author = await createAccount(t, { reputation: 20 });
  answerer = await createAccount(t, { reputation: 20 });
  staff = await createAccount(t, { role: 'EMPLOYEE' });
  boss = await createAccount(t, { role: 'ADMIN' });
  for (const p of PERSONAS) {
    const kind = ROLE[p];
    people[p] = kind ? await createAccount(t, kind) : null;
    clients[p] = people[p]?.client ?? t.client();
  }
}, 60_000);
afterAll(() => t.close());

const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) =>
  (r.errors?.[0]?.extensions?.code as Code) ?? null;

describe('the authorization table', () => {
  it('has a row for every mutation of the schema, and a mutation for every `can` field', async () => {
    const { __schema } = await t.client().ok(`{ __schema { mutationType { fields { name } }
      types { name fields { name type { name ofType { name } } } } } }`);
    const mutations = (__schema.mutationType.fields as { name: string }[]).map((f) => f.name).sort();
    expect(Object.keys(TABLE).sort()).toEqual(mutations);
    expect(Object.keys(OPERATIONS).sort()).toEqual(mutations);
    type T = {
      name: string;
      fields: { name: string; type: { name: string | null; ofType: { name: string } | null } }[] | null;
    };
    const abilityFields = (__schema.types as T[]).flatMap((type) =>
      (type.fields ?? [])
        .filter((f) => (f.type.name ?? f.type.ofType?.name) === 'Ability')
        .map((f) => `${type.name}.${f.name}`),
    );
    // Account.canSuspend is checked with suspendAccount below; every other Ability is a `can` field.
    expect(abilityFields.filter((f) => f !== 'Account.canSuspend').sort()).toEqual(Object.keys(CAN).sort());
    for (const mutation of Object.values(CAN)) expect(mutations).toContain(mutation);
  });

  for (const [mutation, expected] of Object.entries(TABLE)) {
    it(`${mutation}: ${PERSONAS.map((p, i) => `${p} ${expected[i] ?? 'ok'}`).join(', ')}`, async () => {
      const actual: Code[] = [];
      for (const persona of PERSONAS) {
        const { query, variables, client } = await OPERATIONS[mutation](persona);
        const result = await (client ?? clients[persona]).gql(query, variables);
        actual.push(codeOf(result));
        if (!result.errors) expect(result.data?.[mutation]).not.toBeUndefined();
      }
      expect(actual).toEqual(expected);
    });
  }
});

describe('every `can` agrees with the table', () => {
  const expectAllowed = (field: string) => PERSONAS.map((_, i) => TABLE[CAN[field]][i] === null);
  const allowed = (ability: { allowed: boolean; reason: string | null }) => {
    // A refusal always says why.
    if (!ability.allowed) expect(ability.reason).toEqual(expect.any(String));
    return ability.allowed;
  };
  const A = '{ allowed reason }';

  it('on threads, answers and comments someone else wrote', async () => {
    const threadId = await thread();
    const answerId = await answerOn(threadId);
    const comment = await sql(
      `INSERT INTO comments (thread_id, answer_id, author_id, body, body_html) VALUES ($1, NULL, $2, 'Hi', '<p>Hi</p>') RETURNING id`,
      [threadId, answerer.id],
    );
    const query = `query($id: ID!) { thread(id: $id) {
      can { edit ${A} delete ${A} vote ${A} comment ${A} flag ${A} answer ${A} moderate ${A} }
      answers { edges { node { id can { edit ${A} delete ${A} vote ${A} comment ${A} flag ${A} accept ${A} moderate ${A} } } } }
      comments { id can { flag ${A} moderate ${A} } } } }`;
    const seen: Record<string, boolean[]> = {};
    for (const persona of PERSONAS) {
      const { thread: th } = await clients[persona].ok(query, { id: threadId });
      const answer = th.answers.edges.find((e: { node: { id: string } }) => e.node.id === answerId).node;
      const c = th.comments.find((x: { id: string }) => x.id === comment.id);
      for (const [type, can] of [
        ['ThreadAbilities', th.can],
        ['AnswerAbilities', answer.can],
        ['CommentAbilities', c.can],
      ] as const)
        for (const [field, ability] of Object.entries(
          can as Record<string, { allowed: boolean; reason: string | null }>,
        ))
          (seen[`${type}.${field}`] ??= []).push(allowed(ability));
    }
    for (const [field, actual] of Object.entries(seen))
      expect([field, actual]).toEqual([field, expectAllowed(field)]);
  });

  it('rate, on each persona’s own solved question', async () => {
    const actual: boolean[] = [];
    for (const persona of PERSONAS) {
      const id = await thread(people[persona] ?? author, { status: `'SOLVED'` });
      const { thread: th } = await clients[persona].ok(
        `query($id: ID!) { thread(id: $id) { can { rate ${A} } } }`,
        { id },
      );
      actual.push(allowed(th.can.rate));
    }
    expect(actual).toEqual(expectAllowed('ThreadAbilities.rate'));
  });

  it('setIdeaStatus, on an idea someone else shared', async () => {
    const id = await idea();
    const actual: boolean[] = [];
    for (const persona of PERSONAS) {
      const { thread: th } = await clients[persona].ok(
        `query($id: ID!) { thread(id: $id) { can { setIdeaStatus ${A} } } }`,
        { id },
      );
      actual.push(allowed(th.can.setIdeaStatus));
    }
    expect(actual).toEqual(expectAllowed('ThreadAbilities.setIdeaStatus'));
  });

  it('me { can } for each persona (a visitor has no `me`)', async () => {
    const fields = ['ask', 'moderate', 'care', 'announce', 'administer'];
    for (const field of fields) {
      const actual: (boolean | null)[] = [];
      for (const persona of PERSONAS) {
        const { me } = await clients[persona].ok(`{ me { can { ${field} ${A} } } }`);
        actual.push(me ? allowed(me.can[field]) : null);
      }
      const expected = expectAllowed(`ViewerAbilities.${field}`).map((v, i) => (i === 0 ? null : v));
      expect([field, actual]).toEqual([field, expected]);
    }
  });

  it('Group.can.manageMembers agrees with addGroupMember on a public group', async () => {
    const id = await publicGroup();
    const actual: boolean[] = [];
    for (const persona of PERSONAS) {
      const { group } = await clients[persona].ok(
        `query($id: ID!) { group(id: $id) { can { manageMembers ${A} } } }`,
        { id },
      );
      actual.push(allowed(group.can.manageMembers));
    }
    expect(actual).toEqual(expectAllowed('GroupAbilities.manageMembers'));
  });

  it('Account.canSuspend agrees with suspendAccount on a member', async () => {
    const subject = await createAccount(t);
    const actual: boolean[] = [];
    for (const persona of PERSONAS) {
      const { account } = await clients[persona].ok(
        `query($h: String!) { account(handle: $h) { canSuspend ${A} } }`,
        {
          h: subject.handle,
        },
      );
      actual.push(allowed(account.canSuspend));
    }
    expect(actual).toEqual(PERSONAS.map((_, i) => TABLE.suspendAccount[i] === null));
  });
});
