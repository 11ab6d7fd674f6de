/**
 * Seven jest projects, one per folder of test/. `unit` needs nothing started (`npm run test:unit`,
 * or `npx jest --selectProjects unit`); the others need the stack `npm test` (scripts/test.js)
 * starts: a Temporal dev server and PostgreSQL, named by TEMPORAL_ADDRESS and DATABASE_URL, and for
 * `e2e` Debian's chromium. `npm test -- --selectProjects workflows replay` runs some of them.
 *
 * ts-jest transpiles each file on its own (tsconfig.json has isolatedModules), so no test waits for
 * a type check: `npm run typecheck` and the lint do that once for the whole tree.
 */
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };

/** @param {string} name @param {object} [extra] */
const project = (name, extra = {}) => ({
  displayName: name,
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: [`<rootDir>/test/${name}/**/*.spec.ts`],
  transform,
  setupFiles: ['<rootDir>/test/support/jest-setup.ts'],
  ...extra,
});

module.exports = {
  projects: [
    // Pure code and the lint rules: no Temporal runtime, no server, no network.
    project('unit', { setupFiles: ['reflect-metadata'] }),
    project('workflows'),
    project('replay'),
    project('integration'),
    project('e2e'),
    // Malformed variants of every operation in the OpenAPI document, against the real stack.
    project('fuzz'),
    // Outages and retries: Temporal, PostgreSQL and the worker taken away under a running API.
    project('faults'),
    // The production topology (Temporal server on PostgreSQL, two workers, two APIs) losing a
    // worker and an API under load: only in `npm run test:cluster` (scripts/test-cluster.js),
    // which needs the Temporal server binary (README, "Running in production").
    ...(process.env.KINSHIP_CLUSTER_TESTS === '1' ? [project('cluster')] : []),
  ],
  // Stack tests wait on real servers and timers shortened to seconds, never on minutes.
  testTimeout: 120_000,
};
