/**
 * One jest run for everything. Unit tests need nothing; the others need the stack that
 * `npm test` (scripts/test.js) starts: a Temporal dev server and PostgreSQL, named by env vars.
 */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 120_000,
  setupFiles: ['<rootDir>/test/support/jest-setup.ts'],
};
