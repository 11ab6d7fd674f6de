'use strict';
// Debian's chromium for the browser tests (test/e2e, driven by playwright-core). Playwright's own
// browser downloads are not reachable here, so the distribution's package is used, installed with
// apt-get when it is missing. Only Node built-ins: this runs before anything else is known to work.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const CHROMIUM = '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium';
const E2E_DIR = path.join(__dirname, '..', '..', 'test', 'e2e');

/**
 * Whether a jest run with these arguments may include the browser tests: with no path patterns it
 * runs everything; otherwise only if a pattern matches one of the e2e specs' paths.
 */
function runIncludesBrowserTests(jestArgs) {
  const patterns = jestArgs.filter((a) => !a.startsWith('-'));
  if (patterns.length === 0) return true;
  const specs = fs
    .readdirSync(E2E_DIR)
    .filter((f) => f.endsWith('.spec.ts'))
    .map((f) => path.join(E2E_DIR, f));
  return patterns.some((p) =>
    specs.some((spec) => {
      try {
        return new RegExp(p).test(spec);
      } catch {
        return spec.includes(p);
      }
    }),
  );
}

function aptGet(args) {
  const res = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (res.error) throw res.error;
  return res.status;
}

/** Installs chromium when /usr/bin/chromium is missing; throws naming the command when it cannot. */
function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return false;
  if (process.platform !== 'linux' || !fs.existsSync('/usr/bin/apt-get')) {
    throw new Error(
      `The browser tests need Debian's chromium at ${CHROMIUM}, and this machine has no apt-get. Install chromium there (on Debian: ${INSTALL}).`,
    );
  }
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error(
      `The browser tests need Debian's chromium at ${CHROMIUM}. Install it as root: sudo sh -c '${INSTALL}'`,
    );
  }
  console.log(`> ${CHROMIUM} is missing: installing Debian's chromium (apt-get install -y chromium)`);
  // A fresh machine may have no package lists yet: update only when the first try fails.
  if (aptGet(['install', '-y', 'chromium']) !== 0) {
    if (aptGet(['update']) !== 0 || aptGet(['install', '-y', 'chromium']) !== 0) {
      throw new Error(`Installing chromium failed. Run it yourself and look at apt's message: ${INSTALL}`);
    }
  }
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`apt-get installed chromium but ${CHROMIUM} is still missing. Check with: ${INSTALL}`);
  return true;
}

module.exports = { ensureChromium, runIncludesBrowserTests, CHROMIUM };
