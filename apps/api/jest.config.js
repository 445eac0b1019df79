const { join } = require('node:path');
const preset = require('../../jest.preset');

module.exports = {
  ...preset,
  displayName: 'api',
  rootDir: __dirname,
  roots: ['<rootDir>/src', join(__dirname, '../../tools'), join(__dirname, '../../migrations')],
  globalSetup: join(__dirname, '../../libs/testing/src/jest-global-setup.ts'),
  globalTeardown: join(__dirname, '../../libs/testing/src/jest-global-teardown.ts'),
  testTimeout: 30000,
};
