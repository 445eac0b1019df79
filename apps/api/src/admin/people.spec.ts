// People in the admin console: finding accounts and one account's record, for admins only.
import { askQuestion, createAccount, createTestApp, TestAccount, TestApp } from '@community/testing';

let t: TestApp;
let admin: TestAccount;
let subject: TestAccount;
let flagger: TestAccount;

const PEOPLE = `query($q: String!) { people(query: $q) { id handle email } }`;
const PERSON = `query($id: ID!) { person(accountId: $id) {
  account { id handle } threadCount answerCount threads { id title state } flagsReceived { reason flaggedBy status }
  flagsRaised signIns { signedInAt ip userAgent } } }`;
const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  t = await createTestApp();
  admin = await createAccount(t, { role: 'ADMIN' });
  subject = await createAccount(t, { reputation: 50 });
  flagger = await createAccount(t, { reputation: 100 });
}, 60_000);
afterAll(() => t.close());

describe('people', () => {
  it('finds accounts by handle, display name or email', async () => {
    for (const q of [subject.handle, subject.email.toUpperCase(), `@${subject.handle.slice(0, 6)}`]) {
      const { people } = await admin.client.ok(PEOPLE, { q });
      expect(people.map((p: { id: string }) => p.id)).toContain(subject.id);
    }
    const { people } = await admin.client.ok(PEOPLE, { q: subject.email });
    expect(people[0]).toMatchObject({ id: subject.id, email: subject.email });
  });

  it('asks for more than one character, saying so', async () => {
    const result = await admin.client.gql(PEOPLE, { q: 'a' });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(/at least 2 characters/);
  });

  it('shows one account’s posts, flags on them and sign-ins', async () => {
    const threadId = await askQuestion(t, subject, { title: 'Why does my printer jam on Mondays?' });
    await flagger.client.ok(`mutation($i: FlagInput!) { flag(input: $i) { id } }`, {
      i: { targetId: threadId, reason: 'SPAM' },
    });
    const { person } = await admin.client.ok(PERSON, { id: subject.id });
    expect(person.account.id).toBe(subject.id);
    expect(person.threadCount).toBe(1);
    expect(person.threads[0]).toMatchObject({ id: threadId, state: 'VISIBLE' });
    expect(person.flagsReceived).toEqual([{ reason: 'SPAM', flaggedBy: flagger.handle, status: 'OPEN' }]);
    expect(person.signIns.length).toBeGreaterThan(0);
    const raised = await admin.client.ok(PERSON, { id: flagger.id });
    expect(raised.person.flagsRaised).toBe(1);
  });

  it('is admins’ alone, and an unknown account is NOT_FOUND', async () => {
    expect(codeOf(await t.client().gql(PEOPLE, { q: subject.handle }))).toBe('UNAUTHENTICATED');
    for (const role of ['MODERATOR', 'EMPLOYEE'] as const) {
      const other = await createAccount(t, { role });
      expect(codeOf(await other.client.gql(PEOPLE, { q: subject.handle }))).toBe('FORBIDDEN');
      expect(codeOf(await other.client.gql(PERSON, { id: subject.id }))).toBe('FORBIDDEN');
    }
    const missing = await admin.client.gql(PERSON, { id: '00000000-0000-4000-8000-000000000000' });
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });
});

describe('teams', () => {
  it('an admin adds and removes a member; a bad team id is refused with what is wrong', async () => {
    const employee = await createAccount(t, { role: 'EMPLOYEE' });
    const { createTeam } = await admin.client.ok(
      `mutation { createTeam(input: { name: "Billing" }) { id } }`,
    );
    const member = `mutation($i: TeamMemberInput!) { addTeamMember(input: $i) { id members { id } } }`;
    const { addTeamMember } = await admin.client.ok(member, {
      i: { teamId: createTeam.id, accountId: employee.id },
    });
    expect(addTeamMember.members.map((m: { id: string }) => m.id)).toEqual([employee.id]);
    const { removeTeamMember } = await admin.client.ok(
      `mutation($i: TeamMemberInput!) { removeTeamMember(input: $i) { members { id } } }`,
      { i: { teamId: createTeam.id, accountId: employee.id } },
    );
    expect(removeTeamMember.members).toEqual([]);
    const bad = await admin.client.gql(
      `mutation($i: TeamMemberInput!) { removeTeamMember(input: $i) { id } }`,
      { i: { teamId: 'billing', accountId: employee.id } },
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toBe('teamId must be a team id.');
  });
});
