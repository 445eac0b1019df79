// `npm test` runs every project in one Jest run; `nx test <project>` runs one.
module.exports = {
  projects: ['<rootDir>/apps/api', '<rootDir>/libs/domain', '<rootDir>/libs/search'],
};
