// `npm test` runs every project in one Jest run; `nx test <project>` runs one.
module.exports = {
  // API tests start the real server on a real database; the default 5 s is too tight on two cores.
  testTimeout: 30000,
  projects: ['<rootDir>/apps/api', '<rootDir>/libs/domain', '<rootDir>/libs/search'],
};
