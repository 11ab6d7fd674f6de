'use strict';
// The Temporal server as production runs it (README, "Running in production"): the server binary
// (go.temporal.io/server) on PostgreSQL, in databases of its own (`temporal`, `temporal_visibility`)
// owned by a role of its own (`temporal`, not a superuser, not the application's roles), with the
// schema set up and migrated by Temporal's own SQL tool, and a config file written here.
// docker-compose.yml runs the same layout with the temporalio/server and admin-tools images.
const fs = require('node:fs');
const path = require('node:path');
const { spawnProcess, runToCompletion } = require('./processes');
const { isPortFree, RESERVED_PORTS, waitForPort } = require('./ports');
const { SEARCH_ATTRIBUTES } = require('./temporal-server');

const TEMPORAL_ROLE = 'temporal';
const DATABASES = { temporal: 'postgresql/v12/temporal', temporal_visibility: 'postgresql/v12/visibility' };

/**
 * `n` free ports below 32768: Temporal stores membership ports in a PostgreSQL smallint, so the
 * kernel's ephemeral ports (32768 and up) make the server fail at start (found by running it).
 */
async function freePortsForTemporal(n) {
  const ports = new Set();
  while (ports.size < n) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    if (!RESERVED_PORTS.has(port) && !ports.has(port) && (await isPortFree(port))) ports.add(port);
  }
  return [...ports];
}

/** As superuser: the role (LOGIN, no other rights) and its two databases, owned by it. Idempotent. */
async function provisionTemporalDatabases({ port, superuser, superuserPassword, password }) {
  const { Client } = require('pg');
  const client = new Client({
    host: '127.0.0.1',
    port,
    user: superuser,
    password: superuserPassword,
    database: 'postgres',
  });
  await client.connect();
  try {
    const role = client.escapeIdentifier(TEMPORAL_ROLE);
    const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [TEMPORAL_ROLE]);
    if (rowCount === 0) await client.query(`CREATE ROLE ${role} LOGIN PASSWORD ${client.escapeLiteral(password)}`);
    for (const db of Object.keys(DATABASES)) {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [db]);
      if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(db)} OWNER ${role}`);
    }
  } finally {
    await client.end();
  }
}

/** Temporal's SQL tool, as the `temporal` role: version table at 0.0 once, then every migration up to the latest. */
async function setUpSchemas({ sqlTool, port, password, log }) {
  const base = [
    '--plugin',
    'postgres12',
    '--ep',
    '127.0.0.1',
    '-p',
    String(port),
    '-u',
    TEMPORAL_ROLE,
    '--pw',
    password,
  ];
  for (const [db, schemaName] of Object.entries(DATABASES)) {
    const steps = [
      // setup-schema -v 0.0 only creates the version tables; on a database that has them it is a no-op.
      ['setup-schema', '-v', '0.0'],
      ['update-schema', '--schema-name', schemaName],
    ];
    for (const step of steps) {
      log(`temporal-sql-tool --db ${db} ${step.join(' ')}`);
      const code = await runToCompletion(sqlTool, [...base, '--db', db, ...step], {});
      if (code !== 0) throw new Error(`temporal-sql-tool --db ${db} ${step[0]} failed (exit code ${code})`);
    }
  }
}

/** A small YAML writer (objects, arrays of scalars, strings, numbers, booleans): enough for the config file. */
function toYaml(value, indent = '') {
  return Object.entries(value)
    .map(([key, v]) => {
      if (v && typeof v === 'object' && !Array.isArray(v)) return `${indent}${key}:\n${toYaml(v, `${indent}  `)}`;
      if (Array.isArray(v)) return `${indent}${key}:\n${v.map((x) => `${indent}  - ${JSON.stringify(x)}`).join('\n')}`;
      return `${indent}${key}: ${typeof v === 'string' ? JSON.stringify(v) : String(v)}`;
    })
    .join('\n');
}

function serverConfig({ pgPort, password, ports, dynamicConfigFile, numHistoryShards }) {
  const datastore = (databaseName, maxConns) => ({
    sql: {
      pluginName: 'postgres12',
      databaseName,
      connectAddr: `127.0.0.1:${pgPort}`,
      connectProtocol: 'tcp',
      user: TEMPORAL_ROLE,
      password,
      maxConns,
      maxIdleConns: maxConns,
      maxConnLifetime: '1h',
    },
  });
  const service = (grpcPort, membershipPort, extra = {}) => ({
    rpc: { grpcPort, membershipPort, bindOnLocalHost: true, ...extra },
  });
  return {
    log: { stdout: true, level: 'warn', format: 'json' },
    persistence: {
      defaultStore: 'postgres-default',
      visibilityStore: 'postgres-visibility',
      // Fixed for the life of the cluster: it cannot change once the database holds histories.
      numHistoryShards,
      datastores: {
        'postgres-default': datastore('temporal', 20),
        'postgres-visibility': datastore('temporal_visibility', 5),
      },
    },
    global: {
      membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' },
      metrics: {
        prometheus: { framework: 'tally', timerType: 'histogram', listenAddress: `127.0.0.1:${ports.metrics}` },
      },
    },
    services: {
      frontend: service(ports.frontend, ports.frontendMembership, { httpPort: ports.frontendHttp }),
      history: service(ports.history, ports.historyMembership),
      matching: service(ports.matching, ports.matchingMembership),
      worker: service(ports.worker, ports.workerMembership),
    },
    clusterMetadata: {
      enableGlobalNamespace: false,
      failoverVersionIncrement: 10,
      masterClusterName: 'active',
      currentClusterName: 'active',
      clusterInformation: {
        active: {
          enabled: true,
          initialFailoverVersion: 1,
          rpcName: 'frontend',
          rpcAddress: `127.0.0.1:${ports.frontend}`,
        },
      },
    },
    dcRedirectionPolicy: { policy: 'noop' },
    dynamicConfigClient: { filepath: dynamicConfigFile, pollInterval: '10s' },
  };
}

// The dynamic config docker-compose.yml mounts too, so both run the server with the same settings.
const DYNAMIC_CONFIG_FILE = path.join(__dirname, '..', '..', 'docker', 'temporal', 'dynamic-config.yaml');

/** The namespace (3 days' retention of closed histories) and the custom search attributes the workflows upsert. */
async function registerNamespace(address, namespace, timeoutMs, isAlive) {
  const { Connection } = require('@temporalio/client');
  const { temporal } = require('@temporalio/proto');
  const deadline = Date.now() + timeoutMs;
  let lastErr;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error('Temporal server exited during start-up');
    let connection;
    try {
      connection = await Connection.connect({ address, connectTimeout: 2_000 });
      await connection.workflowService.getSystemInfo({});
      try {
        await connection.workflowService.registerNamespace({
          namespace,
          workflowExecutionRetentionPeriod: { seconds: 3 * 24 * 3600 },
        });
      } catch (err) {
        if (err.code !== 6) throw err; // 6 ALREADY_EXISTS: a database from an earlier run
      }
      const types = Object.fromEntries(
        SEARCH_ATTRIBUTES.map((sa) => sa.split('=')).map(([name, type]) => [
          name,
          temporal.api.enums.v1.IndexedValueType[`INDEXED_VALUE_TYPE_${type.toUpperCase()}`],
        ]),
      );
      const existing = await connection.operatorService.listSearchAttributes({ namespace });
      const missing = Object.fromEntries(
        Object.entries(types).filter(([name]) => !(name in existing.customAttributes)),
      );
      if (Object.keys(missing).length)
        await connection.operatorService.addSearchAttributes({ namespace, searchAttributes: missing });
      await connection.workflowService.describeNamespace({ namespace });
      // Answered from the frontend's namespace cache, which learns a new namespace within ~10 s:
      // until then a worker's polls would fail (and the worker exit), so wait for it here.
      await connection.workflowService.countWorkflowExecutions({ namespace, query: '' });
      return;
    } catch (err) {
      lastErr = err;
    } finally {
      if (connection) await connection.close().catch(() => {});
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new Error(`Temporal at ${address} not ready after ${timeoutMs / 1000} s: ${lastErr && lastErr.message}`);
}

/**
 * Provisions the role and databases (as `superuser`), sets up the schemas with the SQL tool,
 * writes `<dataDir>/temporal-server.yaml` and starts the server. Returns { name, address,
 * metricsUrl, configFile, exited, stop() }.
 */
async function startProductionTemporal({
  binaries,
  pg,
  dataDir,
  namespace = 'default',
  password = 'temporal',
  numHistoryShards = 4,
  logFile,
  log = console.log,
  timeoutMs = 120_000,
}) {
  await provisionTemporalDatabases({
    port: pg.port,
    superuser: pg.superuser,
    superuserPassword: pg.superuserPassword,
    password,
  });
  await setUpSchemas({ sqlTool: binaries.sqlTool, port: pg.port, password, log });

  const names = ['frontend', 'frontendMembership', 'frontendHttp', 'history', 'historyMembership', 'matching'];
  names.push('matchingMembership', 'worker', 'workerMembership', 'metrics');
  const free = await freePortsForTemporal(names.length);
  const ports = Object.fromEntries(names.map((n, i) => [n, free[i]]));
  fs.mkdirSync(dataDir, { recursive: true });
  const dynamicConfigFile = DYNAMIC_CONFIG_FILE;
  const configFile = path.join(dataDir, 'temporal-server.yaml');
  const header = '# Written by scripts/lib/temporal-production-server.js for this run; edit that file, not this one.\n';
  const config = serverConfig({ pgPort: pg.port, password, ports, dynamicConfigFile, numHistoryShards });
  fs.writeFileSync(configFile, `${header}${toYaml(config)}\n`, { mode: 0o600 }); // holds the role's password

  const proc = spawnProcess(
    'temporal-server',
    binaries.server,
    ['--config-file', configFile, '--allow-no-auth', 'start'],
    {
      logFile,
    },
  );
  const isAlive = () => !proc.exitInfo;
  const address = `127.0.0.1:${ports.frontend}`;
  try {
    await waitForPort(ports.frontend, { timeoutMs, isAlive });
    await registerNamespace(address, namespace, timeoutMs, isAlive);
  } catch (err) {
    await proc.stop();
    const tail =
      logFile && fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n') : '';
    throw new Error(`Temporal server failed to start: ${err.message}${tail ? `\n--- ${logFile} ---\n${tail}` : ''}`);
  }
  return {
    name: 'temporal-server',
    address,
    metricsUrl: `http://127.0.0.1:${ports.metrics}/metrics`,
    configFile,
    process: proc,
    exited: proc.exited,
    stop: () => proc.stop({ timeoutMs: 15_000 }),
  };
}

module.exports = { startProductionTemporal, TEMPORAL_ROLE, DATABASES };
