'use strict';
// Installs node_modules when it is missing or stale. Only Node built-ins here: this file must
// load on a fresh clone, before `npm install` has ever run.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const REPO_ROOT = path.resolve(__dirname, '..', '..');

function mtimeMs(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

function npmRun(root, args) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const res = spawnSync(npm, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (res.error) throw res.error;
  return res.status;
}

function ensureDependencies({ root = REPO_ROOT } = {}) {
  // npm writes node_modules/.package-lock.json (the "hidden lockfile") on every install, so its
  // mtime tells us when node_modules last matched package.json / package-lock.json.
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const installedAt = mtimeMs(marker);
  const newestManifest = Math.max(
    mtimeMs(path.join(root, 'package.json')) ?? 0,
    mtimeMs(path.join(root, 'package-lock.json')) ?? 0,
  );
  if (installedAt !== null && installedAt >= newestManifest) return false;

  // A fresh clone gets exactly the lockfile (`npm ci`, which also never rewrites it); after an edit
  // to package.json, `npm install` brings the lockfile up to date. The lockfile lists every
  // platform's optional packages (the pinned Node, @swc/core's binaries...), which `npm ci` needs.
  const fresh = installedAt === null && fs.existsSync(path.join(root, 'package-lock.json'));
  console.log(
    fresh
      ? '> node_modules is missing: running npm ci'
      : installedAt === null
        ? '> node_modules is missing: running npm install'
        : '> package.json or package-lock.json changed since the last install: running npm install',
  );
  let status = npmRun(root, [fresh ? 'ci' : 'install', '--no-audit', '--no-fund']);
  if (status !== 0 && fresh) {
    console.log('> npm ci failed (is package.json out of step with package-lock.json?): running npm install');
    status = npmRun(root, ['install', '--no-audit', '--no-fund']);
  }
  if (status !== 0) throw new Error(`npm install failed (exit code ${status})`);
  // npm leaves the hidden lockfile alone when nothing needed changing; touch it so an edit that
  // did not change dependencies does not trigger an install on every run.
  const now = new Date();
  if (fs.existsSync(marker)) fs.utimesSync(marker, now, now);
  return true;
}

module.exports = { ensureDependencies, REPO_ROOT };
