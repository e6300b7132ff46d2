/** Browser suites in headless Chromium (web chat, Teams playground): run by .ci/run after .ci/browser-deps.sh. */
module.exports = {
  roots: ['<rootDir>/tests/browser'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'], '/node_modules/(openid-client|oauth4webapi|jose)/.+\\.js$': ['@swc/jest'] },
  // openid-client and its dependencies are ES modules only: compiled to CommonJS for jest (Node itself loads them).
  transformIgnorePatterns: ['/node_modules/(?!(openid-client|oauth4webapi|jose)/)'],
  testEnvironment: 'node',
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  testTimeout: 120000,
  // One Chromium at a time: the machines running CI have two cores.
  maxWorkers: 1,
};
