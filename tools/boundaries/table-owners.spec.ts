// One owner per table: every INSERT/UPDATE/DELETE (raw SQL or TypeORM) in the API happens in the feature
// folder that holds the table's entity. Other features ask the owner's service. Only the cross-table writers
// declared in read-models.json (and migrations/, outside the API) may write other features' tables.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTableWrites, TableWrite } from './table-writes';

const declared = JSON.parse(readFileSync(join(__dirname, 'read-models.json'), 'utf8')) as {
  crossTableWriters: { file: string }[];
};
const declaredWriters = new Set(declared.crossTableWriters.map((l) => l.file));

describe('table ownership', () => {
  let writes: TableWrite[];

  beforeAll(() => {
    writes = findTableWrites().writes;
  }, 120_000);

  it('finds the writes it is looking for (so an empty list below means something)', () => {
    const seen = (file: string, table: string, how: RegExp) =>
      writes.some((w) => w.file.endsWith(file) && w.table === table && how.test(w.how));
    expect(seen('threads/threads.service.ts', 'threads', /^manager\.save$/)).toBe(true);
    expect(seen('threads/threads.service.ts', 'threads', /^SQL UPDATE$/)).toBe(true);
    expect(seen('answers/answers.service.ts', 'answers', /^SQL UPDATE$/)).toBe(true);
    expect(seen('accounts/accounts.service.ts', 'accounts', /^manager\.save$/)).toBe(true);
    expect(seen('care/saved-replies.service.ts', 'saved_replies', /^repository\./)).toBe(true);
    expect(seen('seed/demo-seed.ts', 'comments', /^SQL UPDATE$/)).toBe(true);
  });

  it('writes each table only from the feature that owns it', () => {
    const foreign = writes
      .filter((w) => w.writer !== w.owner && !declaredWriters.has(w.file))
      .map((w) => `${w.file}:${w.line} ${w.how} ${w.table} (owned by ${w.owner})`);
    expect(foreign).toEqual([]);
  });
});
