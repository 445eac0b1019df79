// Starts the embedded Postgres twice on one data directory, through the build (the package is ESM-only,
// which Jest's module sandbox cannot import), and checks that the data survives the restart.
import { execFileSync } from 'node:child_process';
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
