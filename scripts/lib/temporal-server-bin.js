'use strict';
// Finds (or builds) the Temporal server and its SQL schema tool for `npm run cluster`: the
// production server (`go.temporal.io/server/cmd/server`), not the CLI's dev server. No npm package
// ships them, so they are built with `go install` once and kept in the per-user cache beside the
// CLI (~/.cache/kinship-workflows/bin). The first build takes ~15 minutes on two cores.
const fs = require('node:fs');
const path = require('node:path');
const { spawn, execFileSync } = require('node:child_process');
const { userCacheBinDir } = require('./temporal-cli');

const SERVER_VERSION = 'v1.32.2';
const SERVER_PACKAGES = ['go.temporal.io/server/cmd/server', 'go.temporal.io/server/cmd/tools/sql'];
// go.temporal.io/server v1.32 needs Go >= 1.26.10; an older local Go fetches this toolchain itself.
const GO_TOOLCHAIN = 'go1.27.3';
const NAMES = { server: `temporal-server-${SERVER_VERSION}`, sqlTool: `temporal-sql-tool-${SERVER_VERSION}` };

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** { server, sqlTool } paths if both are available without building, else null. */
function findTemporalServerBinaries() {
  const { TEMPORAL_SERVER_BIN, TEMPORAL_SQL_TOOL } = process.env;
  if (TEMPORAL_SERVER_BIN || TEMPORAL_SQL_TOOL) {
    for (const [name, file] of Object.entries({ TEMPORAL_SERVER_BIN, TEMPORAL_SQL_TOOL }))
      if (!file || !isExecutable(file)) throw new Error(`${name}=${file ?? ''} is not an executable file (set both)`);
    return { server: TEMPORAL_SERVER_BIN, sqlTool: TEMPORAL_SQL_TOOL };
  }
  const dir = userCacheBinDir();
  const found = { server: path.join(dir, NAMES.server), sqlTool: path.join(dir, NAMES.sqlTool) };
  return isExecutable(found.server) && isExecutable(found.sqlTool) ? found : null;
}

function goVersionAtLeast(go, [major, minor, patch]) {
  try {
    const out = execFileSync(go, ['env', 'GOVERSION'], { encoding: 'utf8' }).trim(); // go1.26.8
    const [a, b, c = 0] = out.replace(/^go/, '').split('.').map(Number);
    return a !== major ? a > major : b !== minor ? b > minor : c >= patch;
  } catch {
    return false;
  }
}

function run(cmd, args, opts) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...opts });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed (${signal || `exit code ${code}`})`)),
    );
  });
}

/** Returns { server, sqlTool }, building both with `go install` when they are not cached yet. */
async function resolveTemporalServerBinaries() {
  const found = findTemporalServerBinaries();
  if (found) return found;
  const binDir = userCacheBinDir();
  // go install's output; a build interrupted after `go install` finished is picked up from here.
  const buildDir = path.join(path.dirname(binDir), 'build', `server-${SERVER_VERSION}`);
  const built = { server: path.join(buildDir, 'server'), sqlTool: path.join(buildDir, 'sql') };
  if (!isExecutable(built.server) || !isExecutable(built.sqlTool)) {
    const go = (process.env.PATH || '')
      .split(path.delimiter)
      .map((dir) => path.join(dir, 'go'))
      .find(isExecutable);
    const modules = SERVER_PACKAGES.map((p) => `${p}@${SERVER_VERSION}`);
    if (!go)
      throw new Error(
        `The Temporal server ${SERVER_VERSION} is not in ${binDir}. Install Go (https://go.dev/dl/) so it can be ` +
          `built with \`go install ${modules.join(' ')}\`, or set TEMPORAL_SERVER_BIN and TEMPORAL_SQL_TOOL.`,
      );
    console.log(`> Building the Temporal server ${SERVER_VERSION} and its SQL tool with Go into ${binDir}`);
    console.log('  (about 15 minutes on two cores the first time; later runs reuse the binaries)');
    fs.mkdirSync(buildDir, { recursive: true });
    const toolchain = process.env.GOTOOLCHAIN || (goVersionAtLeast(go, [1, 26, 10]) ? 'auto' : GO_TOOLCHAIN);
    await run(go, ['install', ...modules], { env: { ...process.env, GOBIN: buildDir, GOTOOLCHAIN: toolchain } });
  }
  fs.mkdirSync(binDir, { recursive: true });
  const result = { server: path.join(binDir, NAMES.server), sqlTool: path.join(binDir, NAMES.sqlTool) };
  for (const key of ['server', 'sqlTool']) {
    const tmp = `${result[key]}.${process.pid}.tmp`;
    fs.copyFileSync(built[key], tmp);
    fs.chmodSync(tmp, 0o755);
    fs.renameSync(tmp, result[key]); // atomic: never expose a half-copied binary
  }
  return result;
}

module.exports = { resolveTemporalServerBinaries, findTemporalServerBinaries, SERVER_VERSION };
