#!/usr/bin/env node
'use strict';
// `npm run bench`: builds, starts a stack of its own on free ports (as `npm test` does), measures
// the service beside raw Temporal and a trivial route in the same run, prints one table and writes
// it to bench/results/<date>.md with the machine it ran on. Sizes: bench/lib/options.js
// (BENCH_SCALE=0.1 for a quick run). Not part of `npm test`: speed is measured here, not in timed tests.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ensureDependencies, REPO_ROOT } = require('../scripts/lib/ensure-deps');
const { runOnProjectNode, describe } = require('../scripts/lib/node-runtime');

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const parts = [];
let stopping = null;
const stopStack = () => (stopping ??= require('../scripts/lib/processes').stopAll(parts));

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(sig, () => {
    console.log(`\n> ${sig}: stopping the bench stack`);
    stopStack().finally(() => process.exit(130));
  });

const isoDay = (d) => d.toISOString().slice(0, 10);
const daysAgo = (n) => isoDay(new Date(Date.now() - n * 86_400_000));

function machine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0] ? cpus[0].model.trim() : 'unknown',
    memoryGb: os.totalmem() / 1024 ** 3,
    loadAverage: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', '),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

async function measure(stack, options, log) {
  const { Client, Connection } = require('@temporalio/client');
  const { kinshipDataConverter, parsePayloadKeys } = require('../dist/libs/temporal/src');
  const { DEFAULT_POLICY, mergePolicy } = require('../dist/libs/domain/src');
  const keys = require('../dist/libs/domain/src/shared/search-attributes');
  const { HttpClient } = require('./lib/load');
  const { memoryOf } = require('./lib/stack');
  const s = require('./lib/scenarios');

  const dist = { policy: mergePolicy(DEFAULT_POLICY, {}), keys };
  const connection = await Connection.connect({ address: stack.env.TEMPORAL_ADDRESS });
  const temporal = new Client({
    connection,
    dataConverter: kinshipDataConverter(parsePayloadKeys(stack.env.TEMPORAL_PAYLOAD_KEYS)),
  });
  const http = new HttpClient(stack.apiUrl);
  const rows = [];
  const row = (scenario, measure, unit, service, baseline, baselineIs) =>
    rows.push({ scenario, measure, unit, service, baseline, baselineIs });
  try {
    const tokens = await s.signIn(http);
    const step = async (label, fn) => {
      const t0 = Date.now();
      const result = await fn();
      log(`> ${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      return result;
    };

    // Warm-up, not measured: JIT, connection pools, the workflow caches.
    await step('warm-up', async () => {
      const warmChildren = await s.createChildren(http, tokens, 8);
      await s.apiStarts(
        http,
        tokens,
        '/processes/sgo-conversion',
        warmChildren.map((childId) => ({ childId })),
        4,
      );
      await s.rawStarts(temporal, dist, {
        type: 'sgo-conversion',
        workflowType: 'sgoConversionWorkflow',
        n: 16,
        concurrency: 4,
        input: (childId) => s.conversionInput(dist, childId),
      });
      await s.rawUpdates(temporal, stack.benchTaskQueue, 8, 4);
      await s.reads(http, undefined, '/health', 50);
    });
    const idle = {
      worker: memoryOf(stack.pids.worker),
      temporal: memoryOf(stack.pids.temporal),
      api: memoryOf(stack.pids.api),
    };

    const screeningTasks = [];
    const lateProcesses = [];
    for (const concurrency of options.concurrency) {
      const children = await step(`${options.starts} children`, () => s.createChildren(http, tokens, options.starts));
      const raw = await step(`${options.starts} raw starts ×${concurrency}`, () =>
        s.rawStarts(temporal, dist, {
          type: 'sgo-conversion',
          workflowType: 'sgoConversionWorkflow',
          n: options.starts,
          concurrency,
          input: (childId) => s.conversionInput(dist, childId),
        }),
      );
      const api = await step(`${options.starts} API starts ×${concurrency}`, () =>
        s.apiStarts(
          http,
          tokens,
          '/processes/sgo-conversion',
          children.map((childId) => ({ childId })),
          concurrency,
        ),
      );
      // A start answers once the first projection is in, or after 10 s without it: those are counted,
      // and their screening task is looked up later.
      let unprojected = 0;
      for (const p of api.processes) {
        const task = p.openTasks.find((t) => t.kind === 'screening');
        if (task) screeningTasks.push(task.id);
        else {
          unprojected += 1;
          lateProcesses.push(p.id);
        }
      }
      const late = unprojected ? `; ${unprojected} answered before their first task was projected` : '';
      const scenario = `start a conversion, ${concurrency} at a time (${options.starts}${late})`;
      const baselineIs = 'raw `workflow.start`, same type and input, no worker';
      row(scenario, 'throughput', '/s', api.summary.perSecond, raw.perSecond, baselineIs);
      row(scenario, 'p50', 'ms', api.summary.p50, raw.p50, baselineIs);
      row(scenario, 'p99', 'ms', api.summary.p99, raw.p99, baselineIs);
    }

    if (lateProcesses.length)
      await step(`screening tasks of ${lateProcesses.length} starts that answered without one`, async () => {
        for (const id of lateProcesses) screeningTasks.push(await s.screeningTaskOf(http, tokens, id));
      });
    const n = options.completions;
    const c = options.completionConcurrency;
    const rawUpdates = await step(`${n} raw Updates ×${c}`, () => s.rawUpdates(temporal, stack.benchTaskQueue, n, c));
    const completions = await step(`${n} API completions ×${c}`, () =>
      s.apiCompletions(http, tokens, screeningTasks.slice(0, n), c),
    );
    const completion = `complete a task, ${c} at a time (${n})`;
    const updateIs = 'raw Temporal Update to a trivial workflow';
    row(completion, 'p50', 'ms', completions.p50, rawUpdates.p50, updateIs);
    row(completion, 'p99', 'ms', completions.p99, rawUpdates.p99, updateIs);
    row(completion, 'throughput', '/s', completions.perSecond, rawUpdates.perSecond, updateIs);

    if (options.reviews > 0) {
      const m = options.reviews;
      const children = await step(`${m} children`, () => s.createChildren(http, tokens, m));
      const review = (childId, i) => ({ childId, orderDate: daysAgo((i % 360) + 1), weeklyAllowancePence: 18_500 });
      const raw = await step(`${m} raw review starts ×8`, () =>
        s.rawStarts(temporal, dist, {
          type: 'allowance-review',
          workflowType: 'allowanceReviewWorkflow',
          n: m,
          concurrency: 8,
          input: (childId) => ({
            processId: childId,
            childId,
            startedBy: { sub: 'bench-manager', name: 'Bench bench-manager' },
            policy: dist.policy,
            facts: {
              dateOfBirth: '2016-05-04',
              orderDate: daysAgo(100),
              weeklyAllowancePence: 18_500,
              formerFosterCarer: true,
            },
          }),
        }),
      );
      const api = await step(`${m} API review starts ×8`, () =>
        s.apiStarts(http, tokens, '/processes/allowance-review', children.map(review), 8),
      );
      const scenario = `start an allowance review, 8 at a time (${m}, left asleep)`;
      const baselineIs = 'raw `workflow.start`, same type and input, no worker';
      row(scenario, 'throughput', '/s', api.summary.perSecond, raw.perSecond, baselineIs);
      row(scenario, 'p50', 'ms', api.summary.p50, raw.p50, baselineIs);
      row(scenario, 'p99', 'ms', api.summary.p99, raw.p99, baselineIs);
    }

    // The reads a manager makes, with every process above open (and the reviews asleep).
    const open = options.starts * options.concurrency.length + 8;
    const probe = (await http.get(`/processes?type=sgo-conversion&pageSize=1`, tokens.manager)).body.items[0];
    const processId = probe.id;
    const childId = probe.childId;
    const health = await step(`${options.reads} × GET /health`, () =>
      s.reads(http, undefined, '/health', options.reads),
    );
    const year = new Date().getUTCMonth() >= 3 ? new Date().getUTCFullYear() : new Date().getUTCFullYear() - 1;
    const routes = [
      ['GET /processes', '/processes', tokens.manager],
      [
        'GET /processes?type=sgo-conversion&status=active',
        '/processes?type=sgo-conversion&status=active',
        tokens.manager,
      ],
      ['GET /tasks (manager)', '/tasks', tokens.manager],
      ['GET /tasks?role=social_worker', '/tasks?role=social_worker', tokens.socialWorker],
      ['GET /dashboard/conversions', '/dashboard/conversions', tokens.manager],
      ['GET /dashboard/reviews', '/dashboard/reviews', tokens.manager],
      [`GET /dashboard/asgsf?financialYear=${year}`, `/dashboard/asgsf?financialYear=${year}`, tokens.manager],
      ['case page: GET /processes/:id', `/processes/${processId}`, tokens.manager],
      ['case page: GET /children/:id', `/children/${childId}`, tokens.manager],
      ['case page: GET /processes/:id/documents', `/processes/${processId}/documents`, tokens.manager],
      ['case page: GET /notifications?processId=', `/notifications?processId=${processId}`, tokens.manager],
      ['GET /processes/:id/timeline', `/processes/${processId}/timeline`, tokens.manager],
    ];
    for (const [label, route, token] of routes) {
      const r = await step(`${options.reads} × ${label}`, () => s.reads(http, token, route, options.reads));
      const scenario = `${label}, ${open} conversions${options.reviews ? ` + ${options.reviews} reviews` : ''} open (${(r.bytes / 1024).toFixed(1)} KB)`;
      row(scenario, 'p50', 'ms', r.p50, health.p50, '`GET /health`, same run');
      row(scenario, 'p99', 'ms', r.p99, health.p99, '`GET /health`, same run');
    }

    const after = {
      worker: memoryOf(stack.pids.worker),
      temporal: memoryOf(stack.pids.temporal),
      api: memoryOf(stack.pids.api),
    };
    for (const [name, label] of [
      ['worker', 'worker'],
      ['temporal', 'Temporal dev server'],
      ['api', 'API'],
    ]) {
      const scenario = `${label} memory after the run`;
      row(scenario, 'RSS', 'MB', after[name].rssMb, idle[name].rssMb, 'its RSS once warmed up, before the load');
      row(
        scenario,
        'peak RSS (VmHWM)',
        'MB',
        after[name].peakMb,
        idle[name].rssMb,
        'its RSS once warmed up, before the load',
      );
    }
    return rows;
  } finally {
    http.close();
    await connection.close();
  }
}

function report(rows, options, info, startedAt) {
  const { formatTable } = require('./lib/stats');
  const sizes = `BENCH_SCALE=${options.scale}: ${options.starts} starts at each of ${options.concurrency.join(' and ')} at a time, ${options.completions} completions ${options.completionConcurrency} at a time, ${options.reviews} allowance reviews, ${options.reads} requests per read route`;
  return [
    `# Benchmark, ${startedAt.toISOString().replace(/\.\d+Z$/, 'Z')}`,
    '',
    `Machine: ${info.cores} cores (${info.cpu}), ${info.memoryGb.toFixed(1)} GB memory, load average ${info.loadAverage} at the start and ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')} at the end; ${info.platform}; Node ${info.node}.`,
    '',
    `Sizes: ${sizes}.`,
    '',
    'Ratio = service ÷ baseline, both measured in this run on the same servers. For a throughput below 1× is slower; for a latency or memory above 1× is slower or bigger.',
    '',
    formatTable(rows),
    '',
  ].join('\n');
}

async function main() {
  process.chdir(REPO_ROOT);
  ensureDependencies();
  const node = runOnProjectNode(__filename, process.argv.slice(2));
  if (!node) return new Promise(() => {}); // the re-run on Node 24 carries on; its exit code becomes ours
  const { benchOptions } = require('./lib/options');
  const options = benchOptions(process.argv.slice(2));
  const startedAt = new Date();
  const info = machine();
  console.log(`> node: ${node.version} (${describe(node)}); ${info.cores} cores, ${info.memoryGb.toFixed(1)} GB`);
  if (!options.skipBuild) {
    const code = await require('../scripts/lib/processes').runToCompletion(npm, ['run', 'build', '--silent'], {
      shell: process.platform === 'win32',
    });
    if (code !== 0) throw new Error(`build failed (exit code ${code})`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinship-bench-'));
  fs.chmodSync(dataDir, 0o755); // run as root, embedded PostgreSQL runs as the postgres user, who must reach it
  console.log(`> state and logs: ${dataDir}`);
  const { startBenchStack } = require('./lib/stack');
  const stack = await startBenchStack({ dataDir, parts });
  const rows = await measure(stack, options, console.log);
  await stopStack();
  fs.rmSync(dataDir, { recursive: true, force: true });
  const markdown = report(rows, options, info, startedAt);
  const file = path.join(__dirname, 'results', `${isoDay(startedAt)}.md`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, markdown);
  console.log(`\n${markdown}\n> written to ${path.relative(REPO_ROOT, file)}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  async (err) => {
    console.error(`\n! ${err.stack || err.message}`);
    await stopStack();
    process.exit(1);
  },
);
