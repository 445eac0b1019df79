// Shared Jest settings: SWC transforms TypeScript with decorator metadata (as the build does); tsc type-checks separately.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const swcrc = JSON.parse(readFileSync(join(__dirname, '.swcrc'), 'utf8'));
delete swcrc.$schema;
swcrc.jsc.baseUrl = __dirname;

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@community/(domain|search|testing)$': join(__dirname, 'libs/$1/src/index.ts'),
  },
  // ESM-only packages are compiled to CommonJS for Jest's sandbox (Node itself loads them natively).
  transformIgnorePatterns: [
    '/node_modules/(?!(marked|feed|meilisearch|openid-client|oauth4webapi|jose|react-intl|@formatjs|intl-messageformat)/)',
  ],
  testMatch: ['**/*.spec.ts'],
};
