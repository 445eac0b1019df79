// The guardian keeps its answers about the viewer (`active`, `privilege`) while they cannot have changed: a
// change of reputation, role, suspension or account is seen at once, and a suspension that ends on the clock
// is seen within a second.
import { AccountEntity, Role } from '../accounts/account.entity';
import { Guardian } from './guardian';

function member(reputation: number): AccountEntity {
  return Object.assign(new AccountEntity(), {
    id: '00000000-0000-4000-8000-000000000001',
    role: Role.MEMBER,
    reputation,
    suspendedUntil: null,
    suspensionReason: null,
  });
}

describe("the guardian's answers about the viewer", () => {
  it('follow reputation, role and suspension as soon as they change', () => {
    const account = member(1);
    const viewer = { account, sessionId: null };
    const g = Guardian.of(viewer);
    expect(g.privilege('upvote').allowed).toBe(false);
    expect(g.privilege('upvote')).toBe(g.privilege('upvote')); // kept, not worked out again

    account.reputation = 10_000;
    expect(g.privilege('upvote').allowed).toBe(true);

    account.reputation = 1;
    account.role = Role.MODERATOR;
    expect(g.privilege('upvote').allowed).toBe(true);

    expect(g.active('vote').allowed).toBe(true);
    account.suspendedUntil = new Date(Date.now() + 60_000);
    expect(g.active('vote').allowed).toBe(false);

    viewer.account = member(10_000);
    expect(g.active('vote').allowed).toBe(true);
    expect(g.privilege('upvote').allowed).toBe(true);
  });

  it('see a suspension end on the clock within a second', async () => {
    const account = member(100);
    account.suspendedUntil = new Date(Date.now() + 300);
    const g = Guardian.of({ account, sessionId: null });
    expect(g.active('answer').allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_400));
    expect(g.active('answer').allowed).toBe(true);
  });
});
