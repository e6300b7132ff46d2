/** Unit, conversation and HTTP tests. Browser, PostgreSQL and resilience suites have their own configs (see .ci/run). */
module.exports = {
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/tests/browser/', '/tests/postgres/', '/tests/resilience/'],
  transform: { '^.+\\.ts$': ['@swc/jest'], '/node_modules/(openid-client|oauth4webapi|jose)/.+\\.js$': ['@swc/jest'] },
  // openid-client and its dependencies are ES modules only: compiled to CommonJS for jest (Node itself loads them).
  transformIgnorePatterns: ['/node_modules/(?!(openid-client|oauth4webapi|jose)/)'],
  testEnvironment: 'node',
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  testTimeout: 30000,
};
