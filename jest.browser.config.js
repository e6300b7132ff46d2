/** Browser suites in headless Chromium (web chat, Teams playground): run by .ci/run after .ci/browser-deps.sh. */
module.exports = {
  roots: ['<rootDir>/tests/browser'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testEnvironment: 'node',
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  testTimeout: 120000,
  // One Chromium at a time: the machines running CI have two cores.
  maxWorkers: 1,
};
