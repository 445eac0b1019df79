// Lint rules for every project: typescript-eslint's recommended set, plus the house rules from STYLE.md and
// the architecture's boundaries (eslint-plugin-boundaries; tools/boundaries/boundaries.spec.ts proves they bite).
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import formatjs from 'eslint-plugin-formatjs';
import { readFileSync } from 'node:fs';
import tseslint from 'typescript-eslint';

/** Reporting read models may read other features' tables; the list lives in one file. */
const architecture = JSON.parse(
  readFileSync(new URL('./tools/boundaries/read-models.json', import.meta.url), 'utf8'),
);
const readModelFiles = architecture.readModels.map((m) => m.file);

/** Web files whose JSX text is not yet in the message catalogs (the list shrinks to empty). */
const untranslated = JSON.parse(
  readFileSync(new URL('./tools/i18n/untranslated.json', import.meta.url), 'utf8'),
).files;

/** The only packages the pure domain rules may use (besides Node's own modules). */
const DOMAIN_PACKAGES = [
  'marked',
  'sanitize-html',
  'sentiment',
  'multilang-sentiment',
  '@nlpjs/core',
  '@nlpjs/sentiment',
  '@nlpjs/lang-ru',
  '@nlpjs/lang-sl',
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'dist/**', '.data/**', '.nx/**', 'apps/web/src/gql/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        window: 'readonly',
        document: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    // Jest configuration files and the shared argument parser are CommonJS.
    files: ['**/jest.config.js', 'jest.preset.js', 'tools/args.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Services log through Nest's Logger, never the console.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/main.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // No focused or skipped tests may land.
    files: ['**/*.spec.ts', '**/*.spec.tsx', 'e2e/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only' },
        { object: 'it', property: 'skip' },
        { object: 'describe', property: 'only' },
        { object: 'describe', property: 'skip' },
        { object: 'test', property: 'only' },
        { object: 'test', property: 'skip' },
      ],
    },
  },
  {
    // What people read in the web app comes from the message catalogs (apps/web/src/i18n/messages), never
    // from English typed into JSX: text, and the props people read (labels, placeholders, titles, alt, aria-*).
    files: ['apps/web/src/**/*.tsx'],
    ignores: ['**/*.spec.tsx', ...untranslated],
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': [
        'error',
        { props: { include: [['*', '{label,placeholder,title,hint,alt,legend,caption,emptyText,empty}']] } },
      ],
    },
  },
  {
    // Architecture boundaries. Every file belongs to one element; the policies below name what may not
    // depend on what (everything else is allowed).
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: 'tsconfig.base.json' }, node: true },
      'boundaries/elements': [
        {
          // Shared API infrastructure, not features: tools and the test harness may use these too.
          type: 'api-infra',
          pattern: 'apps/api/src/{common,config,database,graphql,seed}',
          partialMatch: false,
        },
        { type: 'api-feature', pattern: 'apps/api/src/*', partialMatch: false, capture: ['feature'] },
        // main.ts, app.module.ts, server.ts: they wire every feature together.
        { type: 'api-root', pattern: 'apps/api/src', partialMatch: false },
        { type: 'web', pattern: 'apps/web', partialMatch: false },
        { type: 'domain', pattern: 'libs/domain/src', partialMatch: false },
        { type: 'search-lib', pattern: 'libs/search/src', partialMatch: false },
        { type: 'testing', pattern: 'libs/testing/src', partialMatch: false },
        { type: 'migrations', pattern: 'migrations', partialMatch: false },
        { type: 'tools', pattern: 'tools', partialMatch: false },
        { type: 'e2e', pattern: 'e2e', partialMatch: false },
      ],
      'boundaries/files': [
        { category: 'entity', pattern: '**/*.entity.ts' },
        {
          category: 'test',
          // The relevance evaluation is a harness like the tests: it loads a corpus into a throw-away app.
          pattern: ['**/*.spec.ts', '**/*.spec.tsx', 'e2e/**', 'tools/search-eval/**'],
        },
        { category: 'read-model', pattern: readModelFiles.length ? readModelFiles : ['//none'] },
        { category: 'code', pattern: '**/*' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          // External packages too: libs/domain may not use framework packages.
          checkAllOrigins: true,
          policies: [
            {
              from: { element: { type: 'domain' } },
              disallow: { to: { module: { origin: 'external' } } },
              message: `libs/domain is pure rules: no framework or app packages (allowed: ${DOMAIN_PACKAGES.join(', ')}).`,
            },
            {
              from: { element: { type: 'domain' } },
              allow: { to: { module: { origin: 'external', source: DOMAIN_PACKAGES } } },
            },
            {
              from: { element: { type: 'domain' } },
              disallow: { to: { element: { types: { noneOf: ['domain'] } } } },
              message: 'libs/domain may not import {{ to.element.types.[0] }} code: it is pure rules.',
            },
            {
              from: { element: { type: 'search-lib' } },
              disallow: { to: { element: { types: { anyOf: ['api-*', 'web', 'tools', 'migrations'] } } } },
              message: 'libs/search is a port and adapters: it may not import the API or the apps.',
            },
            {
              from: { element: { type: 'web' } },
              disallow: { to: { element: { types: { noneOf: ['web', 'domain'] } } } },
              message: 'The web app may not import {{ to.element.types.[0] }} source: use the GraphQL API.',
            },
            {
              // Runtime code never loads the test harness (it is not built into dist).
              from: {
                element: {
                  types: { anyOf: ['api-*', 'web', 'tools', 'migrations', 'domain', 'search-lib'] },
                },
                file: { categories: { noneOf: ['test'] } },
              },
              disallow: { to: { element: { type: 'testing' } } },
              message:
                'Runtime code may not import libs/testing; shared parts live in apps/api/src/database.',
            },
            {
              // A feature owns its tables: others ask its service. Type-only imports are fine; entity files
              // may declare relations; the declared read models may read.
              from: {
                element: { type: 'api-feature' },
                file: { categories: { noneOf: ['entity', 'test', 'read-model'] } },
              },
              disallow: {
                to: {
                  element: {
                    type: 'api-feature',
                    captured: { feature: '!{{ from.element.captured.feature }}' },
                  },
                  file: { categories: 'entity' },
                },
                dependency: { kind: 'value', specifiers: '*Entity' },
              },
              message:
                'Another feature ({{ to.element.captured.feature }}) owns this entity: call its service, or declare a read model in tools/boundaries/read-models.json.',
            },
          ],
        },
      ],
    },
  },
);
