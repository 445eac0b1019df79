// Proves the architecture boundaries in eslint.config.mjs bite: each case lints a deliberately bad import with
// ESLint's Node API and the project's own config (lint-samples.mjs) and expects the boundaries error; a good
// import stays clean.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../..');

interface Case {
  name: string;
  /** Where the sample pretends to live; the rule classifies it by this path. */
  file: string;
  code: string;
  /** A piece of the boundaries message, or null when the import is allowed. */
  error: string | null;
}

const CASES: Case[] = [
  {
    name: 'libs/domain imports a framework',
    file: 'libs/domain/src/sample.ts',
    code: "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
    error: 'libs/domain is pure rules',
  },
  {
    name: 'libs/domain imports the app',
    file: 'libs/domain/src/sample.ts',
    code: "import { badInput } from '../../../apps/api/src/common/errors';\nexport const x = badInput;\n",
    error: 'libs/domain may not import api-infra code',
  },
  {
    name: 'libs/domain uses its own rules and an allowed package',
    file: 'libs/domain/src/sample.ts',
    code: "import { marked } from 'marked';\nimport { normaliseTags } from './tags';\nexport const x = [marked, normaliseTags];\n",
    error: null,
  },
  {
    name: 'libs/search imports the API',
    file: 'libs/search/src/sample.ts',
    code: "import { ThreadsService } from '../../../apps/api/src/threads/threads.service';\nexport const x = ThreadsService;\n",
    error: 'libs/search is a port and adapters',
  },
  {
    name: 'the web imports API source',
    file: 'apps/web/src/sample.ts',
    code: "import { ThreadKind } from '../../api/src/threads/thread.entity';\nexport const x = ThreadKind;\n",
    error: 'The web app may not import api-feature source',
  },
  {
    name: "a feature imports another feature's entity",
    file: 'apps/api/src/care/sample.service.ts',
    code: "import { ThreadEntity } from '../threads/thread.entity';\nexport const x = ThreadEntity;\n",
    error: 'Another feature (threads) owns this entity',
  },
  {
    name: "a feature imports another feature's entity as a type only",
    file: 'apps/api/src/care/sample.service.ts',
    code: "import type { ThreadEntity } from '../threads/thread.entity';\nexport type X = ThreadEntity;\n",
    error: null,
  },
  {
    name: 'a feature imports its own entity and another feature’s service',
    file: 'apps/api/src/care/sample.service.ts',
    code: "import { TeamEntity } from './team.entity';\nimport { ThreadsService } from '../threads/threads.service';\nexport const x = [TeamEntity, ThreadsService];\n",
    error: null,
  },
  {
    name: 'a declared read model reads another feature’s entity',
    file: 'apps/api/src/care/customer-history.service.ts',
    code: "import { ThreadEntity } from '../threads/thread.entity';\nexport const x = ThreadEntity;\n",
    error: null,
  },
  {
    name: 'a tool imports libs/testing',
    file: 'tools/sample.ts',
    code: "import { createTestApp } from '../libs/testing/src/app';\nexport const x = createTestApp;\n",
    error: 'Runtime code may not import libs/testing',
  },
  {
    name: 'a migration imports libs/testing',
    file: 'migrations/sample.ts',
    code: "import { createTestDatabase } from '@community/testing';\nexport const x = createTestDatabase;\n",
    error: 'Runtime code may not import libs/testing',
  },
  {
    name: 'API runtime code imports libs/testing',
    file: 'apps/api/src/threads/sample.service.ts',
    code: "import { createTestApp } from '@community/testing';\nexport const x = createTestApp;\n",
    error: 'Runtime code may not import libs/testing',
  },
  {
    name: 'an API test imports libs/testing',
    file: 'apps/api/src/threads/sample.spec.ts',
    code: "import { createTestApp } from '@community/testing';\nexport const x = createTestApp;\n",
    error: null,
  },
];

interface LintMessage {
  ruleId: string | null;
  message: string;
}

describe('architecture boundaries (eslint.config.mjs)', () => {
  let results: LintMessage[][];

  beforeAll(() => {
    const out = execFileSync(process.execPath, [join(__dirname, 'lint-samples.mjs')], {
      cwd: root,
      input: JSON.stringify(CASES.map(({ file, code }) => ({ file, code }))),
      encoding: 'utf8',
    });
    results = JSON.parse(out) as LintMessage[][];
  }, 60_000);

  it.each(CASES.map((c, index) => ({ ...c, index })))('$name', ({ index, error }) => {
    const boundaryErrors = results[index].filter((m) => m.ruleId === 'boundaries/dependencies');
    if (error === null) expect(boundaryErrors).toEqual([]);
    else expect(boundaryErrors.map((m) => m.message)).toEqual([expect.stringContaining(error)]);
  });

  it('finds no parse errors in the samples (so an allowed case really was linted)', () => {
    expect(results.flat().filter((m) => m.ruleId === null)).toEqual([]);
  });
});
