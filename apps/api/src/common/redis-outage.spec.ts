// Redis goes away mid-run: sign-in, search and posting keep working (limits fall back to memory), readiness
// says so, nothing spams the log, and everything is shared again once Redis is back.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { askQuestion, createAccount, createTestApp, TestApp } from '@community/testing';

// A private redis-server on a free port (the shared one at 6379 is other people's).
let redis: ChildProcess;
let port: number;
let t: TestApp;

const startRedis = async () => {
  redis = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  await new Promise((r) => setTimeout(r, 300));
};

beforeAll(async () => {
  if (spawnSync('redis-server', ['--version']).status !== 0)
    throw new Error('redis-server is not installed: apt-get install redis-server');
  port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address() as { port: number };
      probe.close(() => resolve(p));
    });
  });
  await startRedis();
  t = await createTestApp({ redisUrl: `redis://127.0.0.1:${port}` });
});
afterAll(async () => {
  await t?.close();
  redis?.kill();
});

const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { id } }';
const SEARCH = 'query($q: String!) { search(query: $q) { estimatedTotal } }';

it('keeps sign-in, search and posting working while Redis is down, and readiness reports it', async () => {
  const member = await createAccount(t);
  await t.client().ok(SIGN_IN, { i: { email: member.email, password: member.password } });
  expect((await fetch(`${t.baseUrl}/readyz`)).status).toBe(200);

  const printed: string[] = [];
  const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    printed.push(args.map(String).join(' '));
  });
  redis.kill();
  await new Promise((r) => setTimeout(r, 1500)); // ioredis notices and retries a few times meanwhile
  try {
    const ready = await fetch(`${t.baseUrl}/readyz`);
    expect(ready.status).toBe(503);
    expect(JSON.stringify(await ready.json())).toMatch(/redis unreachable/);

    const signIn = await t.client().gql(SIGN_IN, { i: { email: member.email, password: member.password } });
    expect(signIn.errors).toBeUndefined();
    const search = await t.client().gql(SEARCH, { q: 'router' });
    expect(search.errors).toBeUndefined();
    const threadId = await askQuestion(t, member);
    expect(threadId).toMatch(/^[0-9a-f-]{36}$/);
    const newcomer = await createAccount(t);
    expect(newcomer.id).toBeTruthy();

    // limits still hold, in this process's memory
    const victim = await createAccount(t);
    const attacker = t.client({ forwardedFor: '203.0.113.200' });
    for (let i = 0; i < 5; i++) {
      const res = await attacker.gql(SIGN_IN, { i: { email: victim.email, password: 'wrong password!' } });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const sixth = await attacker.gql(SIGN_IN, { i: { email: victim.email, password: 'wrong password!' } });
    expect(sixth.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  } finally {
    spy.mockRestore();
  }
  expect(printed.filter((line) => /Unhandled error event/.test(line))).toEqual([]);

  await startRedis();
  let status = 0;
  for (let i = 0; i < 40 && status !== 200; i++) {
    await new Promise((r) => setTimeout(r, 250));
    status = (await fetch(`${t.baseUrl}/readyz`)).status;
  }
  expect(status).toBe(200);
  const again = await t.client().gql(SEARCH, { q: 'router' });
  expect(again.errors).toBeUndefined();
});
