import { createAccount, createTestApp, TestApp } from '@community/testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('profile reputation', () => {
  it('shows privileges by reputation, and all of them for staff', async () => {
    const member = await createAccount(t, { reputation: 60 });
    const q = `query($h: String!) { account(handle: $h) { reputation privileges { privilege label required granted } } }`;
    const { account } = await t.client().ok(q, { h: member.handle });
    expect(account.reputation).toBe(60);
    expect(account.privileges).toEqual([
      { privilege: 'UPVOTE', label: 'Voting up', required: 15, granted: true },
      { privilege: 'FLAG', label: 'Flagging posts', required: 15, granted: true },
      { privilege: 'COMMENT', label: "Commenting on others' posts", required: 50, granted: true },
      { privilege: 'DOWNVOTE', label: 'Voting down', required: 125, granted: false },
      { privilege: 'EDIT_OTHERS', label: "Editing others' posts", required: 2000, granted: false },
    ]);
    const staff = await createAccount(t, { role: 'EMPLOYEE' });
    const staffView = await t.client().ok(q, { h: staff.handle });
    expect(staffView.account.privileges.every((p: { granted: boolean }) => p.granted)).toBe(true);
  });

  it('honours configured thresholds', async () => {
    const custom = await createTestApp({
      reputation: { ...t.config.reputation, privileges: { ...t.config.reputation.privileges, upvote: 3 } },
    });
    try {
      const member = await createAccount(custom, { reputation: 3 });
      const { account } = await custom
        .client()
        .ok(`query($h: String!) { account(handle: $h) { privileges { required granted } } }`, {
          h: member.handle,
        });
      expect(account.privileges[0]).toEqual({ required: 3, granted: true });
    } finally {
      await custom.close();
    }
  });
});
