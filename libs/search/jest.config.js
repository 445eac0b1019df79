const { join } = require('node:path');
const preset = require('../../jest.preset');

module.exports = {
  ...preset,
  displayName: 'search',
  rootDir: __dirname,
  globalSetup: join(__dirname, '../../libs/testing/src/jest-global-setup.ts'),
  globalTeardown: join(__dirname, '../../libs/testing/src/jest-global-teardown.ts'),
  testTimeout: 30000,
};
