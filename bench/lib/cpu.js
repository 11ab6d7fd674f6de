'use strict';
// CPU time the stack's processes spend, from /proc (Linux): what an operation costs the machine,
// not how long it waited. On a shared 2-core machine under load, latency at a fixed concurrency is
// the queue in front of the cores, so CPU per operation is the figure that says where the service
// spends more than raw Temporal does, and it holds steady from run to run where latency does not.
const fs = require('node:fs');

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux architecture Node supports

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses). */
function statFields(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/**
 * CPU milliseconds of a process (all its threads) and, with `withChildren`, of the children it
 * has waited for and of those still running: PostgreSQL's backends are children of its postmaster.
 */
function cpuMsOf(pid, { withChildren = false } = {}) {
  // After the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
  const f = statFields(pid);
  let ticks = Number(f[11]) + Number(f[12]);
  if (withChildren) {
    ticks += Number(f[13]) + Number(f[14]); // children that have exited
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const c = statFields(entry);
        if (Number(c[1]) === pid) ticks += Number(c[11]) + Number(c[12]);
      } catch {
        // exited between readdir and read
      }
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Whether /proc can be read here (Linux): elsewhere the bench leaves the CPU rows out. */
function cpuAccountingAvailable() {
  try {
    cpuMsOf(process.pid);
    return true;
  } catch {
    return false;
  }
}

/** A meter that measures nothing: where /proc is absent, or a caller asks for no CPU figures. */
const NO_CPU = { start: () => () => ({}) };

/**
 * A meter over named groups of processes ({ worker: [pid], postgres: [{ pid, withChildren }] }):
 * `start()` answers a function that, called after the work, answers each group's CPU ms since
 * (nothing, `{}`, where /proc cannot be read).
 */
function cpuMeter(groups) {
  if (!cpuAccountingAvailable()) return NO_CPU;
  const read = () =>
    Object.fromEntries(
      Object.entries(groups).map(([name, members]) => [
        name,
        members.reduce((sum, m) => sum + (typeof m === 'number' ? cpuMsOf(m) : cpuMsOf(m.pid, m)), 0),
      ]),
    );
  return {
    start() {
      const before = read();
      return () => {
        const after = read();
        return Object.fromEntries(Object.keys(groups).map((name) => [name, after[name] - before[name]]));
      };
    },
  };
}

/** The postmaster's pid, from the first line of postmaster.pid in its data directory. */
function postmasterPid(dataDir) {
  return Number(fs.readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]);
}

/**
 * Waits until the metered processes are quiet: every `sampleMs` their CPU a second together, until
 * it is at most `quietMsPerSecond` (a tenth of a core by default; the idle stack spends a few
 * hundredths), or `maxMs` has passed. A side's trailing work (a workflow task after the answer, an
 * email queued) then counts in its own window, not in the next side's, and the next side starts on
 * an idle machine. Answers the ms it waited. Without CPU figures it waits one sample.
 */
async function untilQuiet(cpu, { quietMsPerSecond = 100, sampleMs = 500, maxMs = 20_000 } = {}) {
  const started = Date.now();
  for (;;) {
    const since = cpu.start();
    await new Promise((resolve) => setTimeout(resolve, sampleMs));
    const spent = Object.values(since()).reduce((a, b) => a + b, 0);
    if ((spent * 1000) / sampleMs <= quietMsPerSecond || Date.now() - started >= maxMs) return Date.now() - started;
  }
}

module.exports = { cpuMsOf, cpuMeter, untilQuiet, postmasterPid, NO_CPU };
