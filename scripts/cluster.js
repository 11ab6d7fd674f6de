#!/usr/bin/env node
'use strict';
// `npm run cluster`: the production topology on this machine (README, "Running in production"):
// PostgreSQL, the Temporal server on it (role and databases of its own, schema by Temporal's SQL
// tool), two workers and two APIs (each serving the web app), on free ports. State is kept in
// .data/cluster between runs. CLUSTER_WORKERS / CLUSTER_APIS change the counts. Ctrl-C stops it all.
const path = require('node:path');
const { ensureDependencies, REPO_ROOT } = require('./lib/ensure-deps');
const { runOnProjectNode, describe } = require('./lib/node-runtime');

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let cluster;
let stopping = false;

async function stop(code, reason) {
  if (stopping) return;
  stopping = true;
  if (reason) console.log(`\n> ${reason}: stopping the cluster`);
  if (cluster) await cluster.stop();
  console.log('> stopped');
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => stop(0, sig));

function count(name, fallback) {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(n) || n < 1 || n > 8) throw new Error(`${name} must be a whole number from 1 to 8`);
  return n;
}

async function main() {
  process.chdir(REPO_ROOT);
  ensureDependencies();
  const node = runOnProjectNode(__filename);
  if (!node) return;
  console.log(`> node: ${node.version} (${describe(node)})`);
  const { runToCompletion } = require('./lib/processes');
  const { startCluster } = require('./lib/cluster');
  // Before the build: the first run builds the Temporal server (~15 min), and says so.
  await require('./lib/temporal-server-bin').resolveTemporalServerBinaries();
  console.log('> npm run build');
  const buildCode = await runToCompletion(npm, ['run', 'build', '--silent'], { shell: process.platform === 'win32' });
  if (buildCode !== 0) throw new Error(`build failed (exit code ${buildCode})`);

  cluster = await startCluster({
    dataDir: path.join(REPO_ROOT, '.data', 'cluster'),
    persistent: true,
    workerCount: count('CLUSTER_WORKERS', 2),
    apiCount: count('CLUSTER_APIS', 2),
  });
  // A member that dies is reported, not fatal: the others carry on, as in production.
  for (const m of [...cluster.workers, ...cluster.apis])
    m.handle.exited.then((info) => {
      if (!stopping) console.log(`! ${m.name} exited (code ${info.code}, signal ${info.signal}); see ${m.logFile}`);
    });
  const rel = (f) => path.relative(REPO_ROOT, f);
  console.log(
    [
      '',
      '==================================================================',
      ' Kinship workflows cluster is running',
      ...cluster.apis.map((a) => `   ${a.name.padEnd(12)} ${a.url} (web app, /docs; metrics ${a.metricsUrl})`),
      ...cluster.workers.map((w) => `   ${w.name.padEnd(12)} ${w.healthUrl}/health/ready, /metrics`),
      `   Temporal     ${cluster.temporal.address} (config ${rel(cluster.temporal.configFile)}, metrics ${cluster.temporal.metricsUrl})`,
      `   PostgreSQL   127.0.0.1:${cluster.pg.port}: kinship (kinship_owner, kinship_app), temporal + temporal_visibility (temporal)`,
      `   Mail         saved as .eml files in ${rel(cluster.smtp.mailDir)}/`,
      `   Logs         ${rel(cluster.dataDir)}/<name>.log (JSON lines)`,
      `   Dev token    curl -s -X POST ${cluster.apis[0].url}/auth/dev-token -H 'content-type: application/json' \\`,
      `                  -d '{"sub":"sw-1","name":"Sam Social Worker","roles":["social_worker"]}'`,
      ' Press Ctrl-C to stop.',
      '==================================================================',
      '',
    ].join('\n'),
  );
}

main().catch((err) => {
  console.error(`\n! ${err.message}`);
  stop(1);
});
