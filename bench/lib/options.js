'use strict';
// The bench's sizes: the issue's full sizes by default, scaled by BENCH_SCALE (BENCH_SCALE=0.1
// for a quick run), each overridable by its own variable or a flag (`--starts=200` sets BENCH_STARTS).

const DEFAULTS = {
  STARTS: 1000, // conversions through the API at each concurrency, and as many raw starts
  COMPLETIONS: 1000, // screening tasks completed through the API, and as many raw Updates
  READS: 200, // requests per read route, one at a time
  REVIEWS: 10000, // allowance reviews started and left asleep until their anniversaries (0: skip)
  STORM: 1000, // open tasks whose reminders fall due at the same instant (0: skip)
};

const DEFAULT_CONCURRENCY = '8,32'; // starts at each of these concurrencies

/** `--name=value` flags become BENCH_NAME variables; the environment's own BENCH_* are kept under them. */
function flagsToEnv(argv, env) {
  const out = { ...env };
  for (const arg of argv) {
    const m = /^--([a-z-]+)=(.+)$/.exec(arg);
    if (!m)
      throw new Error(
        `unknown argument ${arg}: flags are --scale=0.1, --starts=N, --completions=N, --reads=N, --reviews=N, --storm=N, --concurrency=8,32, --temporal=dev|production`,
      );
    out[`BENCH_${m[1].toUpperCase().replace(/-/g, '_')}`] = m[2];
  }
  return out;
}

function number(env, name, fallback, { min = 0 } = {}) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) throw new Error(`${name}=${raw} is not a number of at least ${min}`);
  return n;
}

/** Which Temporal server the stack runs: the CLI's dev server (SQLite) or the production server (PostgreSQL). */
function temporalServerOf(env) {
  const server = env.BENCH_TEMPORAL || 'dev';
  if (server !== 'dev' && server !== 'production') throw new Error(`BENCH_TEMPORAL=${server} is not dev or production`);
  return server;
}

/** The sizes one run uses; every problem is named. */
function benchOptions(argv = [], baseEnv = process.env) {
  const env = flagsToEnv(argv, baseEnv);
  const scale = number(env, 'BENCH_SCALE', 1, { min: 0.001 });
  const sized = (name, min) => Math.max(min, Math.round(number(env, `BENCH_${name}`, DEFAULTS[name] * scale)));
  const concurrency = String(env.BENCH_CONCURRENCY || DEFAULT_CONCURRENCY)
    .split(',')
    .map((c) => Number(c.trim()));
  if (concurrency.some((c) => !Number.isInteger(c) || c < 1))
    throw new Error(`BENCH_CONCURRENCY=${env.BENCH_CONCURRENCY} is not a list of whole numbers such as 8,32`);
  const starts = sized('STARTS', 8);
  return {
    scale,
    starts,
    // Each completion needs a started conversion's screening task.
    completions: Math.min(sized('COMPLETIONS', 8), starts * concurrency.length),
    completionConcurrency: number(env, 'BENCH_COMPLETION_CONCURRENCY', 8, { min: 1 }),
    reads: sized('READS', 10),
    reviews: env.BENCH_REVIEWS === '0' ? 0 : sized('REVIEWS', 0),
    storm: env.BENCH_STORM === '0' ? 0 : sized('STORM', 0),
    reviewConcurrency: number(env, 'BENCH_REVIEW_CONCURRENCY', 16, { min: 1 }),
    scaleOut: env.BENCH_SCALE_OUT !== '0', // the second worker and API process
    concurrency,
    skipBuild: env.BENCH_SKIP_BUILD === '1',
    temporalServer: temporalServerOf(env),
  };
}

/**
 * The results file's name for a run on `day`: `<day>.md` at the issue's full sizes on the dev server,
 * `-production-temporal` and `-reduced` (any size below the full one, a concurrency or the
 * scale-out left out) appended where they apply, and
 * `-2`, `-3`… rather than overwrite a run already written that day (a quick run once replaced a full
 * run's file). `exists` is asked about each candidate name.
 */
function resultsFileName(day, options, exists) {
  const full =
    options.starts >= DEFAULTS.STARTS &&
    options.completions >= DEFAULTS.COMPLETIONS &&
    options.reads >= DEFAULTS.READS &&
    options.reviews >= DEFAULTS.REVIEWS &&
    options.storm >= DEFAULTS.STORM &&
    options.scaleOut &&
    DEFAULT_CONCURRENCY.split(',').every((c) => options.concurrency.includes(Number(c)));
  const stem = `${day}${options.temporalServer === 'production' ? '-production-temporal' : ''}${full ? '' : '-reduced'}`;
  for (let n = 1; ; n++) {
    const name = `${stem}${n === 1 ? '' : `-${n}`}.md`;
    if (!exists(name)) return name;
  }
}

module.exports = { benchOptions, resultsFileName, DEFAULTS };
