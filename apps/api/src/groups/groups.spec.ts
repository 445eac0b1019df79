// Admins rename and delete groups. Deleting the only group that may read (or post in) a category is refused:
// with no such rows left the category would be open to everyone.
import { randomBytes } from 'node:crypto';
import { askQuestion, createAccount, createTestApp, TestAccount, TestApp } from '@community/testing';

let t: TestApp;
let admin: TestAccount;
let member: TestAccount;
beforeAll(async () => {
  t = await createTestApp({ searchIndexer: 'off' });
  admin = await createAccount(t, { role: 'ADMIN' });
  member = await createAccount(t, { reputation: 200 });
});
afterAll(() => t.close());

const tag = () => randomBytes(3).toString('hex');

async function group(name = `Partners ${tag()}`): Promise<string> {
  const { createGroup } = await admin.client.ok(
    `mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`,
    { i: { name, description: 'Resellers' } },
  );
  await admin.client.ok(`mutation($i: GroupMemberInput!) { addGroupMember(input: $i) { id } }`, {
    i: { groupId: createGroup.id, accountId: member.id },
  });
  return createGroup.id;
}

async function category(read: string[], post: string[] = []): Promise<{ id: string; name: string }> {
  const name = `Partner desk ${tag()}`;
  const { createCategory } = await admin.client.ok(
    `mutation($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`,
    { i: { name, slug: `partner-${tag()}`, description: 'For partners.' } },
  );
  await admin.client.ok(
    `mutation($i: SetCategoryPermissionsInput!) { setCategoryPermissions(input: $i) { id } }`,
    { i: { categoryId: createCategory.id, read, post } },
  );
  return { id: createCategory.id, name };
}

const UPDATE = `mutation($i: UpdateGroupInput!) { updateGroup(input: $i) { id name description visibility } }`;
const DELETE = `mutation($i: GroupIdInput!) { deleteGroup(input: $i) }`;

describe('updateGroup', () => {
  it('renames and describes a group, keeps what is left out, and refuses a name another group has', async () => {
    const id = await group();
    const taken = `Taken ${tag()}`;
    await group(taken);
    const { updateGroup } = await admin.client.ok(UPDATE, {
      i: { groupId: id, name: '  Resellers EU  ', visibility: 'PUBLIC' },
    });
    expect(updateGroup).toEqual({ id, name: 'Resellers EU', description: 'Resellers', visibility: 'PUBLIC' });

    const clash = await admin.client.gql(UPDATE, { i: { groupId: id, name: taken.toUpperCase() } });
    expect(clash.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(clash.errors?.[0].message).toContain(`A group named ${taken} already exists`);
    const short = await admin.client.gql(UPDATE, { i: { groupId: id, name: 'x' } });
    expect(short.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // Nothing changed by the refusals; its own name (another case) is not a clash.
    const { updateGroup: same } = await admin.client.ok(UPDATE, { i: { groupId: id, name: 'RESELLERS eu' } });
    expect(same.name).toBe('RESELLERS eu');
  });

  it('is for admins: the group says so to its owner', async () => {
    const id = await group();
    await admin.client.ok(`mutation($i: GroupMemberInput!) { addGroupMember(input: $i) { id } }`, {
      i: { groupId: id, accountId: member.id, owner: true },
    });
    const { group: seen } = await member.client.ok(
      `query($id: ID!) { group(id: $id) { can { edit { allowed reason } manageMembers { allowed } } } }`,
      { id },
    );
    expect(seen.can.manageMembers.allowed).toBe(true);
    expect(seen.can.edit).toEqual({ allowed: false, reason: 'Only admins can rename or delete groups.' });
    const refused = await member.client.gql(UPDATE, { i: { groupId: id, name: 'Mine now' } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('deleteGroup', () => {
  it("is refused while a category reads or posts through it alone, and the category stays the group's", async () => {
    const only = await group();
    const other = await group();
    const readOnly = await category([only]);
    const postOnly = await category([], [only]);
    const threadId = await askQuestion(t, member, {
      categoryId: readOnly.id,
      title: 'Partner pricing for 2027?',
    });

    const refused = await admin.client.gql(DELETE, { i: { groupId: only } });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toContain(readOnly.name);
    expect(refused.errors?.[0].message).toContain(postOnly.name);
    // Nothing was deleted: the category is still private to the group.
    expect(
      (await t.client().ok(`query($id: ID!) { thread(id: $id) { id } }`, { id: threadId })).thread,
    ).toBeNull();
    expect(
      (await member.client.ok(`query($id: ID!) { thread(id: $id) { id } }`, { id: threadId })).thread,
    ).toEqual({
      id: threadId,
    });

    // With another group beside it in both categories, it may go; its memberships and permissions go with it.
    await admin.client.ok(
      `mutation($i: SetCategoryPermissionsInput!) { setCategoryPermissions(input: $i) { id } }`,
      { i: { categoryId: readOnly.id, read: [only, other], post: [] } },
    );
    await admin.client.ok(
      `mutation($i: SetCategoryPermissionsInput!) { setCategoryPermissions(input: $i) { id } }`,
      { i: { categoryId: postOnly.id, read: [], post: [only, other] } },
    );
    expect((await admin.client.ok(DELETE, { i: { groupId: only } })).deleteGroup).toBe(true);
    const left = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM group_members WHERE group_id = $1) AS members,
              (SELECT count(*)::int FROM category_permissions WHERE group_id = $1) AS permissions,
              (SELECT count(*)::int FROM category_permissions WHERE category_id = $2) AS kept`,
      [only, readOnly.id],
    );
    expect(left[0]).toEqual({ members: 0, permissions: 0, kept: 1 });
    expect(
      (await admin.client.ok(`query($id: ID!) { group(id: $id) { id } }`, { id: only })).group,
    ).toBeNull();
    // Still private: a guest does not see the thread.
    expect(
      (await t.client().ok(`query($id: ID!) { thread(id: $id) { id } }`, { id: threadId })).thread,
    ).toBeNull();
    // Deleting it again: not found.
    const again = await admin.client.gql(DELETE, { i: { groupId: only } });
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
