#!/usr/bin/env node
'use strict';
// `npm run test:cluster`: builds, then runs the `cluster` jest project (test/cluster), whose spec
// starts the production topology itself (scripts/lib/cluster.js: PostgreSQL, the Temporal server
// on it, two workers, two APIs) and kills a worker and an API under load. Not part of `npm test`:
// the first run builds the Temporal server with Go (~15 min), and the run starts seven processes.
const path = require('node:path');
const { spawn } = require('node:child_process');
const { ensureDependencies, REPO_ROOT } = require('./lib/ensure-deps');
const { runOnProjectNode, describe } = require('./lib/node-runtime');

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

async function main() {
  process.chdir(REPO_ROOT);
  ensureDependencies();
  const node = runOnProjectNode(__filename);
  if (!node) return new Promise(() => {}); // the re-run's exit code becomes ours
  console.log(`> node: ${node.version} (${describe(node)})`);
  const { runToCompletion } = require('./lib/processes');
  await require('./lib/temporal-server-bin').resolveTemporalServerBinaries();
  if (process.env.KINSHIP_TEST_SKIP_BUILD !== '1') {
    const code = await runToCompletion(npm, ['run', 'build', '--silent'], { shell: process.platform === 'win32' });
    if (code !== 0) throw new Error(`build failed (exit code ${code})`);
  }
  const jestBin = path.join(REPO_ROOT, 'node_modules/jest/bin/jest.js');
  const args = ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning', jestBin, '--runInBand'];
  const jest = spawn(process.execPath, [...args, '--selectProjects', 'cluster', ...process.argv.slice(2)], {
    env: { ...process.env, KINSHIP_CLUSTER_TESTS: '1' },
    stdio: 'inherit',
  });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => jest.kill(sig));
  return new Promise((resolve) => jest.once('exit', (code) => resolve(code ?? 1)));
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`\n! ${err.message}`);
    process.exit(1);
  },
);
