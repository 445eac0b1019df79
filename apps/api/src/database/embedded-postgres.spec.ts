// Starts the embedded Postgres twice on one data directory, through the build (the package is ESM-only,
// which Jest's module sandbox cannot import), and checks that the data survives the restart.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../../..');
const built = join(root, 'dist/apps/api/src/database/embedded-postgres.js');
const parent = join(root, '.data');
let dir: string;
beforeAll(() => {
  if (!existsSync(built)) throw new Error('The build is missing: run `npm run build` (npm test does) first.');
  mkdirSync(parent, { recursive: true });
  dir = mkdtempSync(join(parent, 'embedded-spec-'));
  chmodSync(dir, 0o755);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const script = (sql: string) => `
  const { startEmbeddedPostgres, ensureDatabase } = require(${JSON.stringify(built)});
  const { Client } = require('pg');
  (async () => {
    const server = await startEmbeddedPostgres(${JSON.stringify(dir)});
    const c = new Client({ connectionString: await ensureDatabase(server.serverUrl, 'community') });
    await c.connect();
    const { rows } = await c.query(${JSON.stringify(sql)});
    await c.end();
    await server.stop();
    process.stdout.write(JSON.stringify(rows ?? null));
  })().catch((e) => { console.error(e); process.exit(1); });`;

const run = (sql: string) =>
  JSON.parse(
    execFileSync(process.execPath, ['-e', script(sql)], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env },
    }),
  );

describe('embedded Postgres', () => {
  it('initialises under the data directory once and keeps its data across restarts', () => {
    run(`CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')`);
    expect(existsSync(join(dir, 'postgres', 'PG_VERSION'))).toBe(true);
    expect(run('SELECT v FROM kept')).toEqual([{ v: 'still here' }]);
  });
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(check: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

describe('embedded Postgres supervision', () => {
  it('restarts Postgres on the same port when it dies, reporting it meanwhile', () => {
    const out = execFileSync(
      process.execPath,
      [
        '-e',
        `
      const { startEmbeddedPostgres, ensureDatabase } = require(${JSON.stringify(built)});
      const { embeddedDatabaseHealth } = require(${JSON.stringify(built.replace('embedded-postgres.js', 'supervisor.js'))});
      const { Client } = require('pg');
      const query = async (url) => { const c = new Client({ connectionString: url }); await c.connect(); try { return (await c.query('SELECT 1 AS one')).rows[0].one; } finally { await c.end(); } };
      (async () => {
        const server = await startEmbeddedPostgres(${JSON.stringify(dir)});
        const url = await ensureDatabase(server.serverUrl, 'community');
        const before = server.postmasterPid();
        process.kill(before, 'SIGKILL');
        await new Promise((r) => setTimeout(r, 100));
        const downMeanwhile = embeddedDatabaseHealth.down;
        let answer = null;
        for (let i = 0; i < 100 && answer === null; i++) {
          await new Promise((r) => setTimeout(r, 200));
          answer = await query(url).catch(() => null);
        }
        const after = server.postmasterPid();
        await server.stop();
        process.stdout.write(JSON.stringify({ downMeanwhile, answer, restarted: before !== after, health: embeddedDatabaseHealth }));
      })().catch((e) => { console.error(e); process.exit(1); });`,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toMatchObject({
      downMeanwhile: true,
      answer: 1,
      restarted: true,
      health: { down: false, restarts: 1, lastExit: 'killed by SIGKILL' },
    });
  });

  it('does not leave Postgres running when its owner is killed outright', async () => {
    const owner = spawn(
      process.execPath,
      [
        '-e',
        `
      const { startEmbeddedPostgres } = require(${JSON.stringify(built)});
      startEmbeddedPostgres(${JSON.stringify(dir)}).then((s) => { console.log('postmaster=' + s.postmasterPid()); setInterval(() => {}, 1000); });`,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      // Postgres may log to the same stdout first: wait for the marked line, whatever chunks it arrives in.
      const pid = await new Promise<number>((resolve) => {
        let seen = '';
        owner.stdout!.on('data', (d) => {
          seen += String(d);
          const found = /postmaster=(\d+)/.exec(seen);
          if (found) resolve(Number(found[1]));
        });
      });
      expect(alive(pid)).toBe(true);
      owner.kill('SIGKILL');
      expect(await until(() => !alive(pid), 15_000)).toBe(true);
    } finally {
      owner.kill('SIGKILL'); // a failed expectation must not leave the owner holding Jest open
    }
  });
});
