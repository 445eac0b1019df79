import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from '@community/testing';
import { AccountEntity, Role } from '../accounts/account.entity';
import { CategoryEntity } from '../categories/category.entity';
import { loadConfig } from '../config/config';
import { ReputationService } from '../reputation/reputation.service';
import { SearchIndexer } from '../search/search-indexer';
import { ThreadEntity } from '../threads/thread.entity';
import { DEMO_PEOPLE, DEMO_THREADS } from './demo-content';
import { DEMO_CATEGORIES, seedDemoCommunity, seedOnStart, SeedResult } from './demo-seed';

let t: TestApp;
let first: SeedResult;
let dataDir: string;
beforeAll(async () => {
  t = await createTestApp({ searchIndexer: 'off' });
  dataDir = mkdtempSync(join(tmpdir(), 'seed-'));
  first = await seedDemoCommunity(t.app, dataDir);
}, 120_000);
afterAll(() => t.close());

const signInAs = async (role: string) => {
  const [, email, , password] = first.signIns.find((l) => l.startsWith(role))!.split(/\s+/);
  const client = t.client();
  await client.ok('mutation($i: SignInInput!) { signIn(input: $i) { id } }', { i: { email, password } });
  return client;
};

interface ListedThread {
  id: string;
  title: string;
  kind: string;
  status: string;
  score: number;
  createdAt: string;
  privateFollowUp: boolean;
  category: { slug: string };
  duplicateOf: { id: string } | null;
  answers: { totalCount: number; edges: { node: { official: boolean; accepted: boolean } }[] };
}
interface ThreadPage {
  threads: { edges: { node: ListedThread }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
}
const THREADS = `query($after: String) { threads(first: 50, after: $after) {
  edges { node { id title kind status score createdAt privateFollowUp category { slug } duplicateOf { id }
    answers(first: 10) { totalCount edges { node { official accepted } } } } }
  pageInfo { hasNextPage endCursor } } }`;
const allThreads = async (client = t.client()) => {
  const out: ListedThread[] = [];
  let after: string | null = null;
  for (;;) {
    const page: ThreadPage = await client.ok<ThreadPage>(THREADS, { after });
    const threads = page.threads;
    out.push(...threads.edges.map((e) => e.node));
    if (!threads.pageInfo.hasNextPage) return out;
    after = threads.pageInfo.endCursor;
  }
};

describe('demo seed', () => {
  it('creates the categories and one account of each role once, and the printed passwords sign in', async () => {
    expect(first.seeded).toBe(true);
    expect(first.signIns).toHaveLength(4);
    expect(readFileSync(join(dataDir, 'demo-accounts.txt'), 'utf8')).toContain('admin@demo.community');

    const second = await seedDemoCommunity(t.app, dataDir);
    expect(second).toEqual({ seeded: false, signIns: [], threads: 0 });
    expect(await t.dataSource.getRepository(CategoryEntity).count()).toBe(DEMO_CATEGORIES.length);
    expect(await t.dataSource.getRepository(ThreadEntity).count()).toBe(first.threads);
    const accounts = await t.dataSource.getRepository(AccountEntity).find();
    expect(accounts).toHaveLength(4 + DEMO_PEOPLE.length);
    expect(
      accounts
        .filter((a) => a.role !== Role.MEMBER)
        .map((a) => a.role)
        .sort(),
    ).toEqual([Role.ADMIN, Role.EMPLOYEE, Role.MODERATOR]);

    const employee = await signInAs('employee');
    const { me } = await employee.ok<{ me: { role: string; jobTitle: string } }>('{ me { role jobTitle } }');
    expect(me).toEqual({ role: 'EMPLOYEE', jobTitle: 'Support Engineer' });
  });

  it('shows a living community: threads in every category and several languages, answered, voted, over two weeks', async () => {
    const threads = await allThreads();
    expect(threads.length).toBeGreaterThanOrEqual(DEMO_THREADS.length);
    const slugs = new Set(threads.map((th) => th.category.slug));
    for (const c of DEMO_CATEGORIES.filter((c) => c.slug !== 'announcements'))
      expect(slugs).toContain(c.slug);
    const titles = threads.map((th) => th.title).join('\n');
    expect(titles).toMatch(/[а-яё]/i); // Russian
    expect(titles).toMatch(/[čšž]/i); // Slovenian
    expect(titles).toMatch(/[\u4e00-\u9fff]/); // Chinese
    expect(new Set(threads.map((th) => th.kind))).toEqual(
      new Set(['QUESTION', 'DISCUSSION', 'IDEA', 'ANNOUNCEMENT']),
    );

    const answered = threads.filter((th) => th.answers.totalCount > 0);
    expect(answered.length).toBeGreaterThanOrEqual(15);
    const answers = threads.flatMap((th) => th.answers.edges.map((e) => e.node));
    expect(answers.some((a) => a.accepted)).toBe(true);
    expect(answers.some((a) => a.official)).toBe(true);
    expect(threads.filter((th) => th.score > 0).length).toBeGreaterThanOrEqual(10);
    expect(threads.filter((th) => th.status === 'SOLVED').length).toBeGreaterThanOrEqual(5);
    // Discussions and ideas are never "answered": that status is for questions.
    expect(threads.filter((th) => th.kind !== 'QUESTION' && th.status !== 'OPEN')).toEqual([]);

    // The clock was turned back: asked over about two weeks, not all in the last minute.
    const ages = threads.map((th) => (Date.now() - Date.parse(th.createdAt)) / 3_600_000);
    expect(Math.max(...ages)).toBeGreaterThan(24 * 10);
    expect(Math.min(...ages)).toBeLessThan(3);
    expect(threads.some((th) => th.duplicateOf)).toBe(true);
  });

  it('keeps reputation consistent with its ledger, and members earned some', async () => {
    const { corrected } = await t.app.get(ReputationService).recomputeAll();
    expect(corrected).toEqual([]);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM accounts WHERE role = 'MEMBER' AND reputation >= 15`,
    );
    expect(n).toBeGreaterThanOrEqual(3);
  });

  it('publishes a signed, pinned announcement that verifies', async () => {
    const { announcements } = await t.client().ok<{
      announcements: { edges: { node: { title: string; signature: { verified: boolean } } }[] };
    }>('{ announcements(first: 5) { edges { node { title signature { verified } } } } }');
    expect(announcements.edges).toHaveLength(1);
    expect(announcements.edges[0].node.signature.verified).toBe(true);
  });

  it('gives the care team a queue of unanswered questions and a private follow-up', async () => {
    const employee = await signInAs('employee');
    const { careQueue } = await employee.ok<{
      careQueue: { totalCount: number; edges: { node: { thread: { title: string } } }[] };
    }>('{ careQueue(first: 50) { totalCount edges { node { thread { title } } } } }');
    expect(careQueue.totalCount).toBeGreaterThanOrEqual(5);
    const queued = careQueue.edges.map((e) => e.node.thread.title);
    expect(queued).toContain('I was charged twice this month and nobody answers my emails');
    expect(queued).not.toContain('Where do I download invoices for my company?'); // officially answered

    const threads = await allThreads(employee);
    expect(threads.filter((th) => th.privateFollowUp)).toHaveLength(1);
  });

  it('is found by search once indexed', async () => {
    await t.app.get(SearchIndexer).drain();
    const { search } = await t.client().ok<{
      search: { edges: { node: { thread: { title: string } } }[] };
    }>('{ search(query: "invoices VAT number", first: 5) { edges { node { thread { title } } } } }');
    expect(search.edges.map((e) => e.node.thread.title)).toContain(
      'Where do I download invoices for my company?',
    );
  });

  it('leaves the demo member free to post right away', async () => {
    const member = await signInAs('member');
    const { categories } = await member.ok<{ categories: { id: string }[] }>('{ categories { id } }');
    for (let i = 0; i < 3; i++) {
      const r = await member.gql('mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }', {
        i: {
          kind: 'QUESTION',
          categoryId: categories[0].id,
          title: `Trying the demo, question ${i + 1}`,
          body: 'Does asking work right after the seed?',
          tags: [],
        },
      });
      expect(r.errors).toBeUndefined();
    }
  });
});

describe('seed on start', () => {
  it('with SEED_DEMO=false leaves a real install empty', async () => {
    const empty = await createTestApp();
    try {
      const config = loadConfig({ NODE_ENV: 'test', SEED_DEMO: 'false', DATA_DIR: dataDir });
      const lines: string[] = [];
      expect(await seedOnStart(empty.app, config, (l) => lines.push(l))).toBeNull();
      expect(lines).toEqual([]);
      expect(await empty.dataSource.getRepository(ThreadEntity).count()).toBe(0);
      expect(await empty.dataSource.getRepository(AccountEntity).count()).toBe(0);
      expect(await empty.dataSource.getRepository(CategoryEntity).count()).toBe(0);
    } finally {
      await empty.close();
    }
  });

  it('by default seeds once and says where the sign-ins are', async () => {
    const fresh = await createTestApp();
    try {
      const dir = mkdtempSync(join(tmpdir(), 'seed-start-'));
      const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir });
      const lines: string[] = [];
      const seeded = await seedOnStart(fresh.app, config, (l) => lines.push(l));
      expect(seeded?.threads).toBeGreaterThanOrEqual(DEMO_THREADS.length);
      expect(lines.join('\n')).toMatch(/Seeded the demo community \(\d+ threads\)/);
      const again = await seedOnStart(fresh.app, config, (l) => lines.push(l));
      expect(again?.seeded).toBe(false);
      expect(lines.at(-1)).toContain('demo-accounts.txt');
    } finally {
      await fresh.close();
    }
  }, 120_000);
});
