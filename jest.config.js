/** Unit, conversation and HTTP tests. Browser, PostgreSQL and resilience suites have their own configs (see .ci/run). */
module.exports = {
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/tests/browser/', '/tests/postgres/', '/tests/resilience/'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testEnvironment: 'node',
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  testTimeout: 30000,
};
