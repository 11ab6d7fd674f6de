#!/usr/bin/env node
'use strict';
// `npm test`: build, start a throwaway Temporal dev server and PostgreSQL on free ports, run jest
// against them, tear everything down, and exit with jest's exit code. Arguments are passed to jest
// (`npm test -- test/unit -t dates`, `npm test -- --selectProjects workflows replay`). The lint
// (`npm run lint`: Prettier, dependency rules, ESLint) runs first; a violation fails the run.
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { ensureDependencies, REPO_ROOT } = require('./lib/ensure-deps');
const { runOnProjectNode, describe } = require('./lib/node-runtime');
const { distinctFreePorts } = require('./lib/ports');

const TEST_DIR = path.join(REPO_ROOT, '.test-data');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const stack = [];
let jest = null;
let cleaningUp = null;

function cleanup() {
  if (!cleaningUp) {
    const { stopAll } = require('./lib/processes');
    cleaningUp = stopAll(stack);
  }
  return cleaningUp;
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (jest && jest.exitCode === null && jest.signalCode === null) {
      jest.kill(sig); // main() carries on with cleanup once jest has exited
      return;
    }
    console.log(`\n> ${sig}: stopping the test stack`);
    cleanup().finally(() => process.exit(130));
  });
}

async function phase(label, fn) {
  const started = Date.now();
  const result = await fn();
  console.log(`> ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

function runJest(args, env) {
  return new Promise((resolve, reject) => {
    // Not detached: Ctrl-C reaches jest directly, as in a plain `jest` run.
    // --experimental-vm-modules gives jest vm.SourceTextModule, with which jest 30 on Node >= 24.9
    // require()s ES-module-only packages (jose 6, under jwks-rsa 4) the way Node itself does.
    const nodeArgs = ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning'];
    const jestBin = path.join(REPO_ROOT, 'node_modules/jest/bin/jest.js');
    jest = spawn(process.execPath, [...nodeArgs, jestBin, '--runInBand', ...args], { env, stdio: 'inherit' });
    jest.once('error', reject);
    jest.once('exit', (code, signal) => resolve(code ?? 128 + (require('node:os').constants.signals[signal] || 0)));
  });
}

async function main() {
  process.chdir(REPO_ROOT);
  const t0 = Date.now();
  await phase('dependencies', () => ensureDependencies());
  // Installed with whatever Node runs npm; everything from here on runs on Node >= 24.
  const node = runOnProjectNode(__filename);
  if (!node) return new Promise(() => {}); // the re-run's exit code becomes ours
  console.log(`> node: ${node.version} (${describe(node)}): the build, jest, the worker and the API run on it`);
  // KINSHIP_TEST_SKIP_LINT=1 skips the lint while iterating on one spec; CI (.ci/run) never sets it.
  if (process.env.KINSHIP_TEST_SKIP_LINT === '1') console.log('> lint: skipped (KINSHIP_TEST_SKIP_LINT=1)');
  else
    await phase('lint', async () => {
      const code = await require('./lib/processes').runToCompletion(npm, ['run', 'lint', '--silent'], {
        shell: process.platform === 'win32',
      });
      if (code !== 0) throw new Error(`lint failed (exit code ${code}); \`npm run lint:fix\` fixes what it can`);
    });
  const { resolveTemporalCli } = require('./lib/temporal-cli');
  const { startTemporal } = require('./lib/temporal-server');
  const { startPostgres } = require('./lib/postgres');
  const { runToCompletion } = require('./lib/processes');

  const cli = await phase('temporal CLI', () => resolveTemporalCli());

  // The browser tests (test/e2e) drive Debian's chromium; install it first when this run includes them.
  const { ensureChromium, runIncludesBrowserTests } = require('./lib/chromium');
  if (runIncludesBrowserTests(process.argv.slice(2).filter((a) => a !== '--record-histories'))) {
    await phase('chromium', () => ensureChromium());
  }

  await phase('build', async () => {
    const code = await runToCompletion(npm, ['run', 'build', '--silent'], { shell: process.platform === 'win32' });
    if (code !== 0) throw new Error(`build failed (exit code ${code})`);
  });

  fs.rmSync(TEST_DIR, { recursive: true, force: true }); // every run starts from empty state
  fs.mkdirSync(TEST_DIR, { recursive: true });
  const [temporalPort, pgPort] = await distinctFreePorts(2);

  const temporal = await phase(`temporal (127.0.0.1:${temporalPort})`, () =>
    startTemporal({
      cli,
      port: temporalPort,
      uiPort: null,
      dbFile: path.join(TEST_DIR, 'temporal.sqlite'),
      logFile: path.join(TEST_DIR, 'temporal.log'),
    }),
  );
  stack.push(temporal);

  const pg = await phase('postgres', async () => {
    if (process.env.TEST_DATABASE_URL)
      return {
        name: 'postgres',
        url: process.env.TEST_DATABASE_URL,
        migrationUrl: process.env.TEST_MIGRATION_DATABASE_URL || process.env.TEST_DATABASE_URL,
        stop: async () => {},
      };
    return startPostgres({
      dataDir: path.join(TEST_DIR, 'postgres'),
      port: pgPort,
      persistent: false,
      databaseName: 'kinship_test',
      logFile: path.join(TEST_DIR, 'postgres.log'),
    });
  });
  stack.push(pg);

  // `--record-histories` (npm run histories:record) is ours, not jest's: it becomes an env flag.
  const args = process.argv.slice(2);
  const record = args.includes('--record-histories');
  const jestArgs = args.filter((a) => a !== '--record-histories');
  const env = {
    ...process.env,
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_NAMESPACE: 'default',
    // The application's role (INSERT and SELECT only on the audit tables) and the owner's, for migrations.
    DATABASE_URL: pg.url,
    MIGRATION_DATABASE_URL: pg.migrationUrl,
    TEMPORAL_CLI: cli,
    // Specs make many requests from one address; test/integration/hostile-input.spec.ts proves 429 on tight limits.
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000000',
    RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
    // Dev sign-in for the API under test: a fresh random secret each run (none is built in).
    AUTH_DEV_SECRET: require('node:crypto').randomBytes(32).toString('base64url'),
    // Payload encryption: a throwaway key per run; recorded histories use the committed test-only
    // key the replay suite decodes them with.
    TEMPORAL_PAYLOAD_KEYS: record
      ? require('../test/support/history-payload-key.json').TEMPORAL_PAYLOAD_KEYS
      : `test-run:${require('node:crypto').randomBytes(32).toString('base64')}`,
    ...(record ? { KINSHIP_RECORD_HISTORIES: '1' } : {}),
  };

  const started = Date.now();
  const code = await runJest(jestArgs, env);
  console.log(`> jest: ${((Date.now() - started) / 1000).toFixed(1)} s (exit code ${code})`);
  await phase('teardown', () => cleanup());
  console.log(`> total: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return code;
}

main().then(
  (code) => process.exit(code),
  async (err) => {
    console.error(`\n! ${err.message}`);
    await cleanup();
    process.exit(1);
  },
);
