/**
 * The resilience suite (tests/resilience): the real server in its own process, hostile requests, a crash under load,
 * PostgreSQL stopped and frozen (a cluster the suite starts itself). One file at a time: each prints its figures.
 */
module.exports = {
  roots: ['<rootDir>/tests/resilience'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testEnvironment: 'node',
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  maxWorkers: 1,
  testTimeout: 240000,
};
