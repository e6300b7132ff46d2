/** PostgreSQL suites (tests/postgres): need a server, see .ci/postgres-up.sh. Same setup as jest.config.js. */
module.exports = {
  roots: ['<rootDir>/tests/postgres'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testEnvironment: 'node',
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  testTimeout: 30000,
};
