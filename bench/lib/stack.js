'use strict';
// The bench's own stack, as `npm test` builds one (scripts/test.js) and configured as production is,
// through the environment (scripts/start.js): a Temporal server (the dev server, or with
// --temporal=production the production server on PostgreSQL), PostgreSQL, an SMTP server, the
// built worker and API as child processes, and the bench-only worker for the raw-Update baseline.
// Everything on free ports, its state in a temporary directory removed at the end.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { REPO_ROOT } = require('../../scripts/lib/ensure-deps');
const { distinctFreePorts, getStatus } = require('../../scripts/lib/ports');
const { spawnProcess, stopAll, runToCompletion } = require('../../scripts/lib/processes');
const { resolveTemporalCli } = require('../../scripts/lib/temporal-cli');
const { startTemporal } = require('../../scripts/lib/temporal-server');
const { resolveTemporalServerBinaries } = require('../../scripts/lib/temporal-server-bin');
const { startProductionTemporal } = require('../../scripts/lib/temporal-production-server');
const { startPostgres } = require('../../scripts/lib/postgres');
const { startTestSmtpServer } = require('../../scripts/lib/smtp-sink');
const { postmasterPid } = require('./cpu');

/** Resolves once `text` appears in the log file; rejects if the process exits first or after timeoutMs. */
async function waitForLogLine(handle, logFile, text, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
    if (log.includes(text)) return;
    if (handle.exitInfo)
      throw new Error(`${handle.name} exited (code ${handle.exitInfo.code}) before "${text}":\n${log.slice(-3000)}`);
    if (Date.now() > deadline) throw new Error(`${handle.name}: no "${text}" within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function waitForReady(url, handle, logFile, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while ((await getStatus(url)) !== 200) {
    if (handle.exitInfo)
      throw new Error(`${handle.name} exited (code ${handle.exitInfo.code}):\n${fs.readFileSync(logFile, 'utf8')}`);
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** The CLI's dev server on SQLite: what `npm start` and `npm test` run. */
async function startDevServer(dataDir) {
  const cli = await resolveTemporalCli();
  const [port, metricsPort] = await distinctFreePorts(2);
  return startTemporal({
    cli,
    port,
    uiPort: null,
    metricsPort, // the server's request counts per operation (bench/lib/temporal-requests.js)
    dbFile: path.join(dataDir, 'temporal.sqlite'),
    logFile: path.join(dataDir, 'temporal.log'),
  });
}

/**
 * The server production runs (README, "Running in production"): go.temporal.io/server on the
 * bench's PostgreSQL, in databases of its own; built once (8 to 15 minutes on two cores) and cached.
 */
async function startProductionServer(pg, dataDir, log) {
  const binaries = await resolveTemporalServerBinaries();
  return startProductionTemporal({
    binaries,
    pg,
    dataDir: path.join(dataDir, 'temporal'),
    logFile: path.join(dataDir, 'temporal.log'),
    log: (line) => log(`  ${line}`),
  });
}

/**
 * Starts everything; answers the handles, the API's URL, the environment the service runs with
 * and `stop()`. `parts` collects what has started, so a failure part-way still stops it all.
 */
async function startBenchStack({ dataDir, temporalServer = 'dev', log = console.log, parts = [] }) {
  const phase = async (label, fn) => {
    const t0 = Date.now();
    const result = await fn();
    log(`> ${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return result;
  };
  const [pgPort, apiPort] = await distinctFreePorts(2);
  const pg = await phase(`postgres (127.0.0.1:${pgPort})`, () =>
    startPostgres({
      dataDir: path.join(dataDir, 'postgres'),
      port: pgPort,
      persistent: false,
      databaseName: 'kinship_bench',
      logFile: path.join(dataDir, 'postgres.log'),
    }),
  );
  parts.push(pg);
  const temporal = await phase(`temporal (${temporalServer})`, () =>
    temporalServer === 'production' ? startProductionServer(pg, dataDir, log) : startDevServer(dataDir),
  );
  parts.push(temporal);
  const smtp = await startTestSmtpServer();
  parts.push({ name: 'smtp', stop: smtp.stop });

  const policyFile = path.join(dataDir, 'policy.json');
  fs.writeFileSync(policyFile, '{}\n'); // the default policy: nothing shortened
  const benchTaskQueue = `bench-trivial-${Date.now().toString(36)}`;
  const env = {
    ...process.env,
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_NAMESPACE: 'default',
    TEMPORAL_TASK_QUEUE: 'kinship-bench',
    DATABASE_URL: pg.url,
    MIGRATION_DATABASE_URL: pg.migrationUrl,
    SMTP_URL: smtp.url,
    KINSHIP_POLICY_FILE: policyFile,
    AUTH_MODE: 'dev',
    AUTH_DEV_SECRET: crypto.randomBytes(32).toString('base64url'),
    TEMPORAL_PAYLOAD_KEYS: `bench:${crypto.randomBytes(32).toString('base64')}`,
    // One load generator on one address: the limits must not be what is measured.
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '100000000',
    RATE_LIMIT_WRITES_PER_MINUTE: '100000000',
    // Latency is what is measured: a slow answer on a loaded machine is a figure, not a 503.
    TEMPORAL_CALL_TIMEOUT_MS: '60000',
    HOST: '127.0.0.1',
    PORT: String(apiPort),
    BENCH_TASK_QUEUE: benchTaskQueue,
  };
  delete env.NODE_ENV; // production refuses AUTH_MODE=dev, which the bench signs in with

  await phase('migrations', async () => {
    const code = await runToCompletion(process.execPath, ['dist/libs/persistence/src/migrate.js'], {
      env,
      cwd: REPO_ROOT,
    });
    if (code !== 0) throw new Error(`migrations failed (exit code ${code})`);
  });

  // BENCH_CPU_PROF=<dir>: each service writes V8 CPU profiles into <dir>/<name>/ when it stops, one
  // per thread (the workflows run in worker threads); open them in Chrome's DevTools. NODE_OPTIONS
  // cannot carry --cpu-prof.
  const profiling = (name) =>
    process.env.BENCH_CPU_PROF
      ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF, name)}`]
      : [];
  const startChild = async (name, script, ready, extraEnv = {}) => {
    const logFile = path.join(dataDir, `${name}.log`);
    const handle = spawnProcess(name, process.execPath, [...profiling(name), path.join(REPO_ROOT, script)], {
      env: { ...env, ...extraEnv },
      cwd: REPO_ROOT,
      logFile,
    });
    parts.push(handle);
    await phase(name, () => ready(handle, logFile));
    return handle;
  };
  const worker = await startChild('worker', 'dist/apps/worker/src/main.js', (h, f) =>
    waitForLogLine(h, f, 'worker started'),
  );
  const benchWorker = await startChild('bench-worker', 'bench/trivial-worker.js', (h, f) =>
    waitForLogLine(h, f, 'bench worker started'),
  );
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const api = await startChild('api', 'dist/apps/api/src/main.js', (h, f) =>
    waitForReady(`${apiUrl}/health/ready`, h, f),
  );

  /** A second worker and a second API process on the same servers: the scale-out scenarios. */
  const addWorkerAndApi = async () => {
    const [port] = await distinctFreePorts(1);
    const worker2 = await startChild('worker-2', 'dist/apps/worker/src/main.js', (h, f) =>
      waitForLogLine(h, f, 'worker started'),
    );
    const url = `http://127.0.0.1:${port}`;
    const api2 = await startChild(
      'api-2',
      'dist/apps/api/src/main.js',
      (h, f) => waitForReady(`${url}/health/ready`, h, f),
      {
        PORT: String(port),
      },
    );
    return { apiUrl: url, pids: { worker: worker2.child.pid, api: api2.child.pid } };
  };

  return {
    env,
    apiUrl,
    addWorkerAndApi,
    smtp,
    benchTaskQueue,
    temporalMetricsUrl: temporal.metricsUrl ?? null,
    pids: {
      worker: worker.child.pid,
      api: api.child.pid,
      temporal: temporal.process.child.pid,
      postgres: postmasterPid(path.join(dataDir, 'postgres')),
      benchWorker: benchWorker.child.pid,
    },
    benchWorker,
    stop: () => stopAll(parts),
  };
}

/** VmRSS and VmHWM (peak) of a process, in MB, from /proc/<pid>/status; NaN where /proc is absent. */
function memoryOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number((new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status) || [])[1]);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: NaN, peakMb: NaN };
  }
}

module.exports = { startBenchStack, memoryOf };
