// The web's generated GraphQL types are checked for drift like schema.gql: what codegen would write from the
// committed schema and the web's documents must equal what is committed in apps/web/src/gql.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
const GQL = 'apps/web/src/gql';

it('apps/web/src/gql is what `npm run schema` generates (run it and commit the result)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'web-codegen-'));
  try {
    const out = join(dir, 'generated.json');
    // A plain Node process: codegen loads its presets as ES modules, which Jest's sandbox cannot.
    execFileSync(process.execPath, [join(__dirname, 'web-codegen-check.mjs'), out], {
      cwd: root,
      stdio: 'pipe',
    });
    const generated = JSON.parse(readFileSync(out, 'utf8')) as Record<string, string>;
    const committed = Object.fromEntries(
      readdirSync(join(root, GQL)).map((f) => [`${GQL}/${f}`, readFileSync(join(root, GQL, f), 'utf8')]),
    );
    expect(Object.keys(generated).sort()).toEqual(Object.keys(committed).sort());
    for (const [file, content] of Object.entries(generated))
      expect({ file, content }).toEqual({ file, content: committed[file] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
