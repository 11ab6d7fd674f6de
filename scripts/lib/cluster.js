'use strict';
// The production topology on one machine (README, "Running in production"): PostgreSQL, the
// Temporal server on it (its own role and databases), N workers and N API processes, each on
// ports of its own, each logging JSON lines to <dataDir>/<name>.log. Used by `npm run cluster`
// (scripts/cluster.js) and the cluster test (test/cluster); a bench can start one the same way.
// Expects `npm run build` to have run (dist/ holds the API, the worker and the web app).
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { REPO_ROOT } = require('./ensure-deps');
const { distinctFreePorts, getStatus } = require('./ports');
const { spawnNode, stopAll, runToCompletion } = require('./processes');

async function waitFor(url, timeoutMs, handle) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await getStatus(url)) === 200) return;
    if (handle.exitInfo)
      throw new Error(
        `${handle.name} exited (code ${handle.exitInfo.code}, signal ${handle.exitInfo.signal}) before ${url} answered 200`,
      );
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

/** A secret made once and kept (mode 600) in the cluster's data dir. */
function keptSecret(dataDir, name, make) {
  const file = path.join(dataDir, name);
  if (!fs.existsSync(file)) fs.writeFileSync(file, `${make()}\n`, { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

/**
 * Starts everything and resolves once every API and worker is ready. Returns
 * { apis, workers, temporal, pg, smtp, env, dataDir, stop() }; each of `apis`/`workers` is
 * { name, url (API) / healthUrl (worker), logFile, handle, start() }: `handle.stop({ signal: 'SIGKILL' })`
 * kills it, `start()` starts it again on the same ports.
 */
async function startCluster({
  dataDir,
  apiCount = 2,
  workerCount = 2,
  persistent = false,
  env: extraEnv = {},
  log = console.log,
} = {}) {
  const { resolveTemporalServerBinaries } = require('./temporal-server-bin');
  const { startProductionTemporal } = require('./temporal-production-server');
  const { startPostgres } = require('./postgres');
  const { startSmtpSink } = require('./smtp-sink');

  const stack = [];
  const stop = () => stopAll(stack);
  try {
    const binaries = await resolveTemporalServerBinaries();
    if (!persistent) fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true });
    const [pgPort] = await distinctFreePorts(1);
    log(`> PostgreSQL on 127.0.0.1:${pgPort} (application database kinship; Temporal's temporal, temporal_visibility)`);
    const pg = await startPostgres({
      dataDir: path.join(dataDir, 'postgres'),
      port: pgPort,
      persistent,
      databaseName: 'kinship',
      logFile: path.join(dataDir, 'postgres.log'),
    });
    stack.push(pg);

    log('> Temporal server (PostgreSQL persistence, role temporal)');
    const temporal = await startProductionTemporal({
      binaries,
      pg,
      dataDir,
      logFile: path.join(dataDir, 'temporal-server.log'),
      log: (line) => log(`  ${line}`),
    });
    stack.push(temporal);

    const smtp = await startSmtpSink({ port: 0, mailDir: path.join(dataDir, 'mail'), log: () => {} });
    stack.push(smtp);

    const env = {
      ...process.env,
      DATABASE_URL: pg.url,
      MIGRATION_DATABASE_URL: pg.migrationUrl,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'kinship',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Kinship workflows <kinship@council.example>',
      // Kept with the state they protect, so a persistent cluster decodes its histories next run.
      TEMPORAL_PAYLOAD_KEYS: keptSecret(
        dataDir,
        'temporal-payload-keys',
        () => `cluster:${crypto.randomBytes(32).toString('base64')}`,
      ),
      AUTH_MODE: 'dev',
      AUTH_DEV_SECRET: keptSecret(dataDir, 'auth-dev-secret', () => crypto.randomBytes(32).toString('base64url')),
      ...extraEnv,
    };
    log('> migrations (as kinship_owner)');
    const migrate = path.join(REPO_ROOT, 'dist/libs/persistence/src/migrate.js');
    const code = await runToCompletion(process.execPath, [migrate], { env });
    if (code !== 0) throw new Error(`migrations failed (exit code ${code})`);

    const ports = await distinctFreePorts(workerCount + 2 * apiCount);
    const member = (name, script, ownEnv, readyUrl) => {
      const logFile = path.join(dataDir, `${name}.log`);
      const m = { name, logFile, handle: null, readyUrl };
      m.start = async () => {
        m.handle = spawnNode(name, path.join(REPO_ROOT, script), [], { env: { ...env, ...ownEnv }, logFile });
        await waitFor(readyUrl, 120_000, m.handle);
      };
      m.stop = () => (m.handle ? m.handle.stop() : undefined);
      return m;
    };
    const workers = Array.from({ length: workerCount }, (_, i) => {
      const healthPort = ports[i];
      const w = member(
        `worker-${i + 1}`,
        'dist/apps/worker/src/main.js',
        { WORKER_HEALTH_PORT: String(healthPort) },
        `http://127.0.0.1:${healthPort}/health/ready`,
      );
      w.healthUrl = `http://127.0.0.1:${healthPort}`;
      return w;
    });
    const apis = Array.from({ length: apiCount }, (_, i) => {
      const [port, metricsPort] = [ports[workerCount + 2 * i], ports[workerCount + 2 * i + 1]];
      const a = member(
        `api-${i + 1}`,
        'dist/apps/api/src/main.js',
        { PORT: String(port), HOST: '127.0.0.1', METRICS_PORT: String(metricsPort) },
        `http://127.0.0.1:${port}/health/ready`,
      );
      a.url = `http://127.0.0.1:${port}`;
      a.metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
      return a;
    });
    log(
      `> ${workerCount} workers, ${apiCount} APIs (logs: ${path.relative(REPO_ROOT, dataDir) || dataDir}/<name>.log)`,
    );
    for (const m of [...workers, ...apis]) {
      stack.push(m);
      await m.start();
    }
    return { apis, workers, temporal, pg, smtp, env, dataDir, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

module.exports = { startCluster };
