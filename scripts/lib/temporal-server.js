'use strict';
// Runs `temporal server start-dev` (SQLite-backed dev server from the Temporal CLI) and waits
// until it can really serve requests: an open gRPC port is not enough, because the frontend
// accepts connections before the namespace and search attributes are registered.
const fs = require('node:fs');
const path = require('node:path');
const { spawnProcess } = require('./processes');
const { waitForPort } = require('./ports');

// Custom search attributes the workflows upsert (one list, shared with libs/domain); registering
// them at start-up avoids a separate `temporal operator search-attribute create` step.
const SEARCH_ATTRIBUTES = Object.entries(require('../../libs/domain/src/shared/search-attributes.json')).map(
  ([name, type]) => `${name}=${type}`,
);

// The dev server's SQLite otherwise keeps a rollback journal and syncs the disk several times for
// every transaction, and every workflow and activity task is a few transactions: a thousand
// reminders falling due together took 105 s, mostly the server waiting on the disk (its CPU and
// the worker's half idle). With a write-ahead log synced at checkpoints they took 47 s (README,
// "Performance"). A crash of the server process loses nothing; only an OS crash or power cut can
// lose the last transactions, which a local stack can afford (a council runs a real cluster).
const SQLITE_PRAGMAS = ['journal_mode=wal', 'synchronous=normal'];

// The dev server turns on `system.forceSearchAttributesCacheRefreshOnRead`, so that a search
// attribute created at run time is visible at once ("should not be turned on in production", the
// server says). With it every read of the search attributes is a query for the cluster metadata
// and the namespace on SQLite's one connection, which every other write waits behind: in the bench
// about 11 and 6 such queries per task completion, over a third of the server's queries. Ours are
// all registered at start (above), before the cache first loads, so the cache can be kept.
const DYNAMIC_CONFIG = { 'system.forceSearchAttributesCacheRefreshOnRead': false };

function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function waitUntilServing(address, namespace, timeoutMs, isAlive) {
  const { Connection } = require('@temporalio/client'); // lazy: node_modules may be fresh
  const deadline = Date.now() + timeoutMs;
  let lastErr;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error('Temporal server exited during start-up');
    let connection;
    try {
      connection = await Connection.connect({ address, connectTimeout: 2_000 });
      await connection.workflowService.getSystemInfo({});
      await connection.workflowService.describeNamespace({ namespace });
      return;
    } catch (err) {
      lastErr = err;
    } finally {
      if (connection) await connection.close().catch(() => {});
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Temporal at ${address} not ready after ${timeoutMs / 1000} s: ${lastErr && lastErr.message}`);
}

/**
 * Start a Temporal dev server. uiPort null → headless; metricsPort null → no Prometheus endpoint.
 * Returns { address, uiUrl, metricsUrl, stop() }.
 */
async function startTemporal({
  cli,
  port,
  uiPort = null,
  metricsPort = null,
  dbFile,
  namespace = 'default',
  logFile,
  timeoutMs = 60_000,
}) {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port)];
  if (uiPort == null) args.push('--headless');
  else args.push('--ui-port', String(uiPort));
  if (metricsPort != null) args.push('--metrics-port', String(metricsPort)); // Prometheus, on 127.0.0.1 too
  if (dbFile) args.push('--db-filename', dbFile, ...SQLITE_PRAGMAS.flatMap((p) => ['--sqlite-pragma', p]));
  args.push('--namespace', namespace, '--log-level', 'warn');
  for (const sa of SEARCH_ATTRIBUTES) args.push('--search-attribute', sa);
  for (const [key, value] of Object.entries(DYNAMIC_CONFIG))
    args.push('--dynamic-config-value', `${key}=${JSON.stringify(value)}`);

  if (logFile) fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const proc = spawnProcess('temporal', cli, args, { logFile });
  const isAlive = () => !proc.exitInfo;
  const address = `127.0.0.1:${port}`;
  try {
    await waitForPort(port, { timeoutMs, isAlive });
    await waitUntilServing(address, namespace, timeoutMs, isAlive);
  } catch (err) {
    await proc.stop();
    const log = logFile ? `\n--- last lines of ${logFile} ---\n${tail(logFile)}` : '';
    throw new Error(`Temporal server failed to start: ${err.message}${log}`);
  }
  return {
    name: 'temporal',
    address,
    uiUrl: uiPort == null ? null : `http://127.0.0.1:${uiPort}`,
    metricsUrl: metricsPort == null ? null : `http://127.0.0.1:${metricsPort}/metrics`,
    process: proc,
    exited: proc.exited,
    stop: () => proc.stop({ timeoutMs: 10_000 }),
  };
}

module.exports = { startTemporal, SEARCH_ATTRIBUTES };
