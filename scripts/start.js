#!/usr/bin/env node
'use strict';
// `npm start`: the whole service on this machine: Temporal dev server (+ UI), PostgreSQL,
// an SMTP sink, migrations, then the worker and the API. Ctrl-C stops it all in reverse order.
const fs = require('node:fs');
const path = require('node:path');
const { ensureDependencies, REPO_ROOT } = require('./lib/ensure-deps');
const { runOnProjectNode, describe } = require('./lib/node-runtime');
const { getStatus } = require('./lib/ports');

const TEMPORAL_PORT = 7233;
const TEMPORAL_UI_PORT = 8233;
const PG_PORT = 5433; // not 5432, so a system PostgreSQL can keep running
const SMTP_PORT = 1025;
const OIDC_PORT = 9090; // the local OpenID Provider, with AUTH_MODE=oidc and no AUTH_ISSUER
const DATA_DIR = path.join(REPO_ROOT, '.data');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const stack = []; // everything started, in start order; stopped in reverse
let shuttingDown = false;

async function shutdown(code, reason) {
  if (shuttingDown) return;
  shuttingDown = true;
  if (reason)
    console.log(
      `\n> ${reason}: stopping ${
        [...stack]
          .reverse()
          .map((s) => s.name)
          .join(', ') || 'nothing'
      }`,
    );
  const { stopAll } = require('./lib/processes');
  await stopAll(stack);
  console.log('> stopped');
  process.exit(code);
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => shutdown(0, sig));

async function waitForReady(url, timeoutMs, children) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await getStatus(url)) === 200) return;
    const dead = children.find((c) => c.exitInfo);
    if (dead)
      throw new Error(
        `${dead.name} exited (code ${dead.exitInfo.code}, signal ${dead.exitInfo.signal}) before the API became ready`,
      );
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

async function pickPort(preferred, label) {
  const { isPortFree, freePort } = require('./lib/ports');
  if (await isPortFree(preferred)) return preferred;
  const port = await freePort();
  console.log(`> port ${preferred} is busy: ${label} will use port ${port} instead`);
  return port;
}

async function requirePort(port, what, hint) {
  const { isPortFree } = require('./lib/ports');
  if (!(await isPortFree(port))) throw new Error(`port ${port} (${what}) is already in use. ${hint}`);
}

async function main() {
  process.chdir(REPO_ROOT);
  ensureDependencies();
  // Installed with whatever Node runs npm; everything from here on runs on Node >= 24.
  const node = runOnProjectNode(__filename);
  if (!node) return; // the re-run on that Node carries on; its exit code becomes ours
  console.log(`> node: ${node.version} (${describe(node)}): the build, the worker and the API run on it`);
  const { resolveTemporalCli } = require('./lib/temporal-cli');
  const { startTemporal } = require('./lib/temporal-server');
  const { startPostgres } = require('./lib/postgres');
  const { startSmtpSink } = require('./lib/smtp-sink');
  const { spawnNode, runToCompletion } = require('./lib/processes');

  const cli = await resolveTemporalCli();

  console.log('> npm run build');
  const buildCode = await runToCompletion(npm, ['run', 'build', '--silent'], { shell: process.platform === 'win32' });
  if (buildCode !== 0) throw new Error(`build failed (exit code ${buildCode})`);

  fs.mkdirSync(DATA_DIR, { recursive: true });
  const apiPort = Number(process.env.PORT || 3000);
  // Temporal's ports are fixed so the UI URL and `temporal` CLI defaults keep working.
  const stale = 'Is an earlier `npm start` still running (or a Temporal dev server)? Stop it and retry.';
  await requirePort(TEMPORAL_PORT, 'Temporal gRPC', stale);
  await requirePort(TEMPORAL_UI_PORT, 'Temporal UI', stale);
  await requirePort(apiPort, 'API', 'Set PORT=<another port> or stop whatever uses it.');

  console.log(`> starting Temporal on 127.0.0.1:${TEMPORAL_PORT} (log: .data/temporal.log)`);
  const temporal = await startTemporal({
    cli,
    port: TEMPORAL_PORT,
    uiPort: TEMPORAL_UI_PORT,
    dbFile: path.join(DATA_DIR, 'temporal.sqlite'),
    logFile: path.join(DATA_DIR, 'temporal.log'),
  });
  stack.push(temporal);

  let pg;
  if (process.env.DATABASE_URL) {
    console.log('> using PostgreSQL from DATABASE_URL');
    pg = await startPostgres({ useDatabaseUrl: true });
  } else {
    const port = await pickPort(PG_PORT, 'PostgreSQL');
    console.log(`> starting embedded PostgreSQL on 127.0.0.1:${port} (data: .data/postgres, log: .data/postgres.log)`);
    pg = await startPostgres({
      dataDir: path.join(DATA_DIR, 'postgres'),
      port,
      persistent: true,
      databaseName: 'kinship',
      logFile: path.join(DATA_DIR, 'postgres.log'),
    });
  }
  stack.push(pg);

  let smtpUrl = process.env.SMTP_URL;
  let mailWhere = `sent via ${smtpUrl}`;
  if (!smtpUrl) {
    const port = await pickPort(SMTP_PORT, 'the SMTP sink');
    const mailDir = path.join(DATA_DIR, 'mail');
    const sink = await startSmtpSink({ port, mailDir, log: (line) => console.log(`[smtp] ${line}`) });
    stack.push(sink);
    smtpUrl = sink.url;
    mailWhere = `caught by the SMTP sink at ${smtpUrl}, saved as .eml files in ${path.relative(REPO_ROOT, mailDir)}/`;
  }

  // The payload encryption key, made once and kept with the state it protects (README, "Data protection").
  const keyFile = path.join(DATA_DIR, 'temporal-payload-keys');
  if (!fs.existsSync(keyFile))
    fs.writeFileSync(keyFile, `local-1:${require('node:crypto').randomBytes(32).toString('base64')}\n`, {
      mode: 0o600,
    });

  // Dev sign-in's signing secret: random per machine, never in the repository, kept with the local state.
  const devSecretFile = path.join(DATA_DIR, 'auth-dev-secret');
  if (!fs.existsSync(devSecretFile))
    fs.writeFileSync(devSecretFile, `${require('node:crypto').randomBytes(32).toString('base64url')}\n`, {
      mode: 0o600,
    });

  const env = {
    ...process.env, // passes KINSHIP_POLICY_FILE and anything else through
    TEMPORAL_PAYLOAD_KEYS: process.env.TEMPORAL_PAYLOAD_KEYS || fs.readFileSync(keyFile, 'utf8').trim(),
    TEMPORAL_UI_ORIGINS: process.env.TEMPORAL_UI_ORIGINS || temporal.uiUrl,
    DATABASE_URL: pg.url, // the API and the worker: the application's role
    MIGRATION_DATABASE_URL: pg.migrationUrl, // migrations: the schema's owner
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_NAMESPACE: 'default',
    TEMPORAL_TASK_QUEUE: 'kinship',
    SMTP_URL: smtpUrl,
    MAIL_FROM: process.env.MAIL_FROM || 'Kinship workflows <kinship@council.example>',
    // The local stack on this machine signs in with dev tokens; AUTH_MODE=oidc (and its settings) overrides.
    AUTH_MODE: process.env.AUTH_MODE || 'dev',
    AUTH_DEV_SECRET: process.env.AUTH_DEV_SECRET || fs.readFileSync(devSecretFile, 'utf8').trim(),
    PORT: String(apiPort),
    METRICS_PORT: process.env.METRICS_PORT || '9464',
    WORKER_HEALTH_PORT: process.env.WORKER_HEALTH_PORT || '9465',
  };

  // AUTH_MODE=oidc with no issuer of your own: sign in through a local OpenID Provider with the
  // test accounts of scripts/lib/oidc-provider.js (README, "Signing in").
  let localSignIn;
  if (env.AUTH_MODE === 'oidc' && !process.env.AUTH_ISSUER) {
    const { startLocalOidcProvider } = require('./lib/oidc-provider');
    localSignIn = await startLocalOidcProvider({ apiPort, port: await pickPort(OIDC_PORT, 'the OpenID Provider') });
    stack.push(localSignIn);
    Object.assign(env, localSignIn.env);
  }

  console.log('> running migrations');
  const migrateCode = await runToCompletion(process.execPath, ['dist/libs/persistence/src/migrate.js'], { env });
  if (migrateCode !== 0) throw new Error(`migrations failed (exit code ${migrateCode})`);

  console.log('> starting worker and API');
  const worker = spawnNode('worker', 'dist/apps/worker/src/main.js', [], { env });
  stack.push(worker);
  const api = spawnNode('api', 'dist/apps/api/src/main.js', [], { env });
  stack.push(api);

  // Anything exiting from here on (other than during shutdown) is a crash: stop the rest.
  for (const item of stack) {
    if (!item.exited) continue;
    item.exited.then((info) => {
      if (!shuttingDown) {
        shutdown(1, `${item.name} exited unexpectedly (code ${info.code}, signal ${info.signal})`);
      }
    });
  }

  const base = `http://127.0.0.1:${apiPort}`;
  await waitForReady(`${base}/health/ready`, 90_000, [worker, api]);
  const tokenBody = '{"sub":"sw-1","name":"Sam Social Worker","roles":["social_worker"]}';
  console.log(
    [
      '',
      '==================================================================',
      ` Kinship workflows is running`,
      `   API          ${base}`,
      `   API docs     ${base}/docs`,
      `   Temporal UI  ${temporal.uiUrl}`,
      `   Metrics      API http://127.0.0.1:${env.METRICS_PORT}/metrics, worker http://127.0.0.1:${env.WORKER_HEALTH_PORT}/metrics`,
      `   Mail         ${mailWhere}`,
      `   Database     ${pg.external ? 'from DATABASE_URL' : pg.url}`,
      env.AUTH_MODE === 'dev'
        ? `   Dev token    curl -s -X POST ${base}/auth/dev-token -H 'content-type: application/json' -d '${tokenBody}'`
        : `   Auth         AUTH_MODE=${env.AUTH_MODE}`,
      ...(localSignIn
        ? [
            `   Sign-in      ${localSignIn.issuer} (local OpenID Provider): open ${base} and sign in as`,
            `                ${localSignIn.accounts.map((a) => `${a.username}/${a.password}`).join(', ')}`,
          ]
        : []),
      ' Press Ctrl-C to stop.',
      '==================================================================',
      '',
    ].join('\n'),
  );
}

main().catch((err) => {
  console.error(`\n! ${err.message}`);
  shutdown(1);
});
