'use strict';
// Finds (or builds) the Temporal CLI, whose `server start-dev` is our local Temporal server.
// No npm package ships it and the SDK's auto-download needs temporal.download, which is not
// reachable everywhere; so we pin a version and build it with Go when nothing else is found.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const CLI_VERSION = 'v1.5.1';
const CLI_MODULE = `github.com/temporalio/cli/cmd/temporal@${CLI_VERSION}`;
const EXE = process.platform === 'win32' ? 'temporal.exe' : 'temporal';
const REPO_BIN_DIR = path.join(REPO_ROOT, '.tools', 'bin');

function userCacheBinDir() {
  const cacheHome = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(cacheHome, 'kinship-workflows', 'bin');
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function findOnPath(name) {
  const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

/** The CLI path if one is available without building, else null. */
function findTemporalCli() {
  if (process.env.TEMPORAL_CLI) return process.env.TEMPORAL_CLI;
  return (
    findOnPath('temporal') ||
    [path.join(REPO_BIN_DIR, EXE), path.join(userCacheBinDir(), EXE)].find(isExecutable) ||
    null
  );
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

/** Returns the Temporal CLI path, building it with `go install` as a last resort. */
async function resolveTemporalCli() {
  const found = findTemporalCli();
  if (found) {
    if (process.env.TEMPORAL_CLI && !isExecutable(found)) {
      throw new Error(`TEMPORAL_CLI=${found} is not an executable file`);
    }
    return found;
  }

  const go = findOnPath('go');
  if (!go) {
    throw new Error(
      `Temporal CLI not found (looked at $TEMPORAL_CLI, PATH, ${path.join(REPO_BIN_DIR, EXE)} and ${path.join(userCacheBinDir(), EXE)}).\n` +
        `Either install Go (https://go.dev/dl/) and re-run, so the CLI can be built with \`go install ${CLI_MODULE}\`,\n` +
        `or download the Temporal CLI ${CLI_VERSION} from https://github.com/temporalio/cli/releases/tag/${CLI_VERSION} ` +
        'and set TEMPORAL_CLI=/path/to/temporal.',
    );
  }

  console.log(`> Building the Temporal CLI ${CLI_VERSION} with Go into ${REPO_BIN_DIR}`);
  console.log('  (this takes several minutes the first time; later runs reuse the binary)');
  fs.mkdirSync(REPO_BIN_DIR, { recursive: true });
  await run(go, ['install', CLI_MODULE], { cwd: REPO_ROOT, env: { ...process.env, GOBIN: REPO_BIN_DIR } });
  const built = path.join(REPO_BIN_DIR, EXE);
  if (!isExecutable(built)) throw new Error(`go install succeeded but ${built} is missing`);

  // Keep a per-user copy so other clones / a `git clean -fdx` do not need another build.
  try {
    const cacheDir = userCacheBinDir();
    fs.mkdirSync(cacheDir, { recursive: true });
    const tmp = path.join(cacheDir, `.${EXE}.${process.pid}.tmp`);
    fs.copyFileSync(built, tmp);
    fs.chmodSync(tmp, 0o755);
    fs.renameSync(tmp, path.join(cacheDir, EXE)); // atomic: never expose a half-copied binary
  } catch (err) {
    console.warn(`  (could not copy the CLI into the per-user cache: ${err.message})`);
  }
  return built;
}

module.exports = { resolveTemporalCli, findTemporalCli, userCacheBinDir, CLI_VERSION };
