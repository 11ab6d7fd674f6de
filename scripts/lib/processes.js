'use strict';
// Child-process helpers for the local stack.
//
// Children are spawned in their own process group (detached) so that Ctrl-C in the terminal
// reaches only this script, which then stops them one by one in reverse start order (API before
// worker before Temporal...). Otherwise every child gets SIGINT at once and e.g. the worker sees
// Temporal vanish mid-shutdown. A process 'exit' hook SIGTERMs anything still running so a crash
// of this script does not leave orphans behind.
const fs = require('node:fs');
const os = require('node:os');
const readline = require('node:readline');
const { spawn } = require('node:child_process');

const live = new Set();
process.on('exit', () => {
  for (const h of live) {
    try {
      h.child.kill('SIGTERM');
    } catch {
      /* already gone */
    }
  }
});

function pipeWithPrefix(stream, out, prefix) {
  readline
    .createInterface({ input: stream, crlfDelay: Infinity })
    .on('line', (line) => out.write(`${prefix} ${line}\n`));
}

/**
 * Spawn a long-running child. Output is written to `logFile` if given, else to our stdout/stderr
 * with a `[name]` prefix on each line. Returns a handle: { name, child, exited, stop() }.
 * `exited` resolves with { code, signal } when the child exits, whatever the reason.
 */
function spawnProcess(
  name,
  command,
  args,
  { env = process.env, cwd, logFile, detached = process.platform !== 'win32' } = {},
) {
  let stdio = ['ignore', 'pipe', 'pipe'];
  let logFd = null;
  if (logFile) {
    logFd = fs.openSync(logFile, 'a');
    stdio = ['ignore', logFd, logFd];
  }
  const child = spawn(command, args, { env, cwd, stdio, detached });
  if (logFd !== null) fs.closeSync(logFd); // the child has its own copy
  if (!logFile) {
    pipeWithPrefix(child.stdout, process.stdout, `[${name}]`);
    pipeWithPrefix(child.stderr, process.stderr, `[${name}]`);
  }
  const handle = { name, child, stopping: false, exitInfo: null };
  live.add(handle);
  handle.exited = new Promise((resolve) => {
    child.once('error', (err) => {
      // e.g. ENOENT: 'exit' never fires in that case
      handle.exitInfo = { code: null, signal: null, error: err };
      live.delete(handle);
      resolve(handle.exitInfo);
    });
    child.once('exit', (code, signal) => {
      handle.exitInfo = { code, signal };
      live.delete(handle);
      resolve(handle.exitInfo);
    });
  });
  handle.stop = (opts) => stopProcess(handle, opts);
  return handle;
}

/** Spawn `node <script> ...args` with a name prefix. */
function spawnNode(name, script, args = [], opts = {}) {
  return spawnProcess(name, process.execPath, [script, ...args], opts);
}

/** SIGTERM (or `signal`), then SIGKILL after timeoutMs. Resolves once the child has exited. */
async function stopProcess(handle, { signal = 'SIGTERM', timeoutMs = 10_000 } = {}) {
  handle.stopping = true;
  if (handle.exitInfo) return handle.exitInfo;
  try {
    handle.child.kill(signal);
  } catch {
    /* already gone */
  }
  let timer;
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const first = await Promise.race([handle.exited, timedOut]);
  clearTimeout(timer);
  if (first === 'timeout') {
    console.warn(`[${handle.name}] did not exit within ${timeoutMs / 1000} s, sending SIGKILL`);
    try {
      handle.child.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
  return handle.exited;
}

/**
 * Stop things in reverse order. Each item is a process handle or anything with an async
 * `stop()` (SMTP sink, PostgreSQL...) and an optional `name`. Errors are reported, not thrown,
 * so one failure does not leave the rest running.
 */
async function stopAll(items) {
  for (const item of [...items].reverse()) {
    if (!item) continue;
    try {
      await item.stop();
    } catch (err) {
      console.error(`! failed to stop ${item.name || 'component'}: ${err.message}`);
    }
  }
}

/** Run a command to completion with inherited stdio; resolves with its exit code. */
function runToCompletion(command, args, { env = process.env, cwd, shell = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd, shell, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? 128 + (os.constants.signals[signal] || 0)));
  });
}

module.exports = { spawnProcess, spawnNode, stopProcess, stopAll, runToCompletion };
