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
  const { HttpClient, RoundRobinClient } = require('./lib/load');
  const { memoryOf } = require('./lib/stack');
  const { cpuMeter, untilQuiet } = require('./lib/cpu');
  const { temporalRequestMeter, differingRequests } = require('./lib/temporal-requests');
  const { openDatabase, updateWithStarts, engineCompletions } = require('./lib/engine');
  const { reminderStorm } = require('./lib/storm');
  const s = require('./lib/scenarios');

  const dist = { policy: mergePolicy(DEFAULT_POLICY, {}), keys };
  const connection = await Connection.connect({ address: stack.env.TEMPORAL_ADDRESS });
  const temporal = new Client({
    connection,
    dataConverter: kinshipDataConverter(parsePayloadKeys(stack.env.TEMPORAL_PAYLOAD_KEYS)),
  });
  const db = openDatabase(stack.env.DATABASE_URL);
  const taskQueue = stack.env.TEMPORAL_TASK_QUEUE;
  const http = new HttpClient(stack.apiUrl);
  const clients = [http];
  const rows = [];
  const row = (scenario, measure, unit, service, baseline, baselineIs, target) =>
    rows.push({ scenario, measure, unit, service, baseline, baselineIs, target });
  // CPU per operation, every process of the stack (bench/lib/cpu.js); none where /proc is absent.
  const cpuGroups = {
    temporal: [stack.pids.temporal],
    postgres: [{ pid: stack.pids.postgres, withChildren: true }],
    worker: [stack.pids.worker],
    api: [stack.pids.api],
    benchWorker: [stack.pids.benchWorker],
    // The load generator: for the raw baselines it is the Temporal client, as the API is for the service.
    bench: [process.pid],
  };
  const cpu = cpuMeter(cpuGroups);
  const requests = temporalRequestMeter(stack.temporalMetricsUrl);
  // `baselineWorker`: which worker ran the baseline (the service's own, or the bench's trivial one).
  const cpuRows = (scenario, n, service, baseline, baselineIs, baselineWorker) => {
    const perOp = (ms) => (Number.isFinite(ms) ? ms / n : NaN);
    const total = (byGroup) => Object.values(byGroup).reduce((a, b) => a + b, 0);
    if (!Object.keys(service).length) return;
    row(scenario, 'CPU per operation, every process', 'ms', perOp(total(service)), perOp(total(baseline)), baselineIs);
    const parts = [
      ['Temporal server', 'temporal', 'temporal'],
      ['PostgreSQL', 'postgres', 'postgres'],
      ['worker', 'worker', baselineWorker],
      ['API', 'api', 'api'],
      ['the load generator (the Temporal client, for raw Temporal)', 'bench', 'bench'],
    ];
    for (const [label, ours, theirs] of parts)
      row(scenario, `of which ${label}`, 'ms', perOp(service[ours]), perOp(baseline[theirs]), baselineIs);
  };
  const atLeast = (min) => ({ of: 'ratio', min });
  const atMost = (max) => ({ of: 'ratio', max });
  const step = async (label, fn) => {
    const t0 = Date.now();
    const result = await fn();
    log(`> ${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return result;
  };
  const engineStarts = (children, concurrency) =>
    updateWithStarts(temporal, db, dist, {
      type: 'sgo-conversion',
      workflowType: 'sgoConversionWorkflow',
      taskQueue,
      children,
      concurrency,
      input: (childId, processId) => ({ ...s.conversionInput(dist, childId), processId }),
    });
  const bareStarts = (n, concurrency) =>
    s.rawStarts(temporal, dist, {
      type: 'sgo-conversion',
      workflowType: 'sgoConversionWorkflow',
      n,
      concurrency,
      input: (childId) => s.conversionInput(dist, childId),
    });
  try {
    const tokens = await s.signIn(http);

    // Warm-up, not measured: JIT, connection pools, the workflow caches.
    await step('warm-up', async () => {
      const warmChildren = await s.createChildren(http, tokens, 16);
      await s.apiStarts(
        http,
        tokens,
        '/processes/sgo-conversion',
        warmChildren.slice(0, 8).map((childId) => ({ childId })),
        4,
      );
      await engineStarts(warmChildren.slice(8), 4);
      await bareStarts(16, 4);
      await s.rawUpdates(temporal, stack.benchTaskQueue, 8, 4);
      await s.reads(http, undefined, '/health', 50);
    });
    const idle = {
      worker: memoryOf(stack.pids.worker),
      temporal: memoryOf(stack.pids.temporal),
      api: memoryOf(stack.pids.api),
    };

    // Starts: the API beside the engine doing the same work (the target) and bare starts (the ceiling).
    const screeningTasks = [];
    // The engine's conversions' screening tasks, for the completions the engine makes without the API.
    const engineScreeningTasks = [];
    let engineRate = NaN;
    const one = 'one worker, one API';
    // The issue's targets are for one worker and one API; the scale-out scenarios only show theirs.
    const targetIf = (label, target) => (label === one ? target : undefined);
    const startScenario = async (label, client, concurrency, n) => {
      const [forApi, forEngine] = await step(`${2 * n} children`, async () => {
        const all = await s.createChildren(http, tokens, 2 * n);
        return [all.slice(0, n), all.slice(n)];
      });
      const bare = await step(`${n} bare starts ×${concurrency}`, () => bareStarts(n, concurrency));
      // Each side's window stays open until the stack is quiet (untilQuiet): its trailing work is
      // its own, and the next side starts on an idle machine.
      let cpuSince = cpu.start();
      const engine = await step(`${n} update-with-starts ×${concurrency}`, () => engineStarts(forEngine, concurrency));
      await untilQuiet(cpu);
      const engineCpu = cpuSince();
      cpuSince = cpu.start();
      const api = await step(`${n} API starts ×${concurrency} (${label})`, () =>
        s.apiStarts(
          client,
          tokens,
          '/processes/sgo-conversion',
          forApi.map((childId) => ({ childId })),
          concurrency,
        ),
      );
      await untilQuiet(cpu);
      const apiCpu = cpuSince();
      for (const { workflowId, firstTaskId } of engine.started)
        if (firstTaskId) engineScreeningTasks.push({ workflowId, taskId: firstTaskId });
      let unprojected = 0;
      for (const p of api.processes) {
        const task = p.openTasks.find((t) => t.kind === 'screening');
        if (task) screeningTasks.push(task.id);
        else unprojected += 1;
      }
      const late = unprojected ? `; ${unprojected} answered before their first task was projected` : '';
      const scenario = `start a conversion, ${concurrency} at a time, ${label} (${n}${late})`;
      const engineIs =
        'the engine: update-with-start through the Temporal client, answering once its first task is projected, same worker';
      row(
        scenario,
        'throughput',
        '/s',
        api.summary.perSecond,
        engine.summary.perSecond,
        engineIs,
        targetIf(label, atLeast(0.8)),
      );
      row(scenario, 'p50', 'ms', api.summary.p50, engine.summary.p50, engineIs);
      row(scenario, 'p99', 'ms', api.summary.p99, engine.summary.p99, engineIs);
      row(
        scenario,
        'throughput, the ceiling',
        '/s',
        api.summary.perSecond,
        bare.perSecond,
        'bare `workflow.start`, same type and input, no worker',
      );
      cpuRows(scenario, n, apiCpu, engineCpu, engineIs, 'worker');
      return { api, engine };
    };
    // What the Temporal server spends a second with nothing sent (the worker's long polls, the
    // server's own timers and queues): a cost of time, not of operations, so a slower side's CPU per
    // operation carries more of it. Shown beside each completion's CPU as rest ÷ throughput.
    const restSeconds = 10;
    const temporalAtRest = await step(`the stack at rest, ${restSeconds} s`, async () => {
      const since = cpu.start();
      await new Promise((resolve) => setTimeout(resolve, restSeconds * 1000));
      return (since().temporal ?? NaN) / restSeconds;
    });
    row(
      `the stack at rest for ${restSeconds} s after the starts, nothing sent`,
      'Temporal server CPU a second',
      'ms',
      temporalAtRest,
      NaN,
      '—',
    );
    // The Temporal server's requests per operation: both totals, and each call whose count differs.
    const requestRows = (scenario, service, baseline, baselineIs) => {
      const [a, b] = [service.temporalRequests, baseline.temporalRequests];
      if (!a || !b || !Object.keys(a).length) return;
      for (const key of differingRequests(a, service.count, b, baseline.count))
        row(
          scenario,
          `Temporal server requests per operation: ${key}`,
          '',
          (a[key] ?? 0) / service.count,
          (b[key] ?? 0) / baseline.count,
          baselineIs,
        );
    };
    const restRow = (scenario, service, baseline, baselineIs) =>
      row(
        scenario,
        'of which the Temporal server at rest (its CPU a second at rest ÷ throughput)',
        'ms',
        temporalAtRest / service.perSecond,
        temporalAtRest / baseline.perSecond,
        baselineIs,
      );
    const completionScenario = async (label, client, taskIds, engineTasks = []) => {
      const c = options.completionConcurrency;
      const raw = await step(`${taskIds.length} raw Updates ×${c}`, () =>
        s.rawUpdates(temporal, stack.benchTaskQueue, taskIds.length, c, cpu, requests),
      );
      const requestsSince = await requests.start();
      const cpuSince = cpu.start();
      const api = await step(`${taskIds.length} API completions ×${c} (${label})`, () =>
        s.apiCompletions(client, tokens, taskIds, c),
      );
      await untilQuiet(cpu);
      const apiCpu = cpuSince();
      api.temporalRequests = await requestsSince();
      const scenario = `complete a task, ${c} at a time, ${label} (${taskIds.length})`;
      const updateIs = 'raw Temporal Update to a trivial workflow';
      row(scenario, 'p50', 'ms', api.p50, raw.p50, updateIs, targetIf(label, atMost(3)));
      row(scenario, 'p99', 'ms', api.p99, raw.p99, updateIs, targetIf(label, atMost(3)));
      row(scenario, 'throughput', '/s', api.perSecond, raw.perSecond, updateIs);
      cpuRows(scenario, taskIds.length, apiCpu, raw.cpuMs, updateIs, 'benchWorker');
      restRow(scenario, api, raw, updateIs);
      requestRows(scenario, api, raw, updateIs);
      // Shown, not a target: how much of the gap is the workflow's own work rather than the API's.
      if (engineTasks.length === taskIds.length) {
        const engine = await step(`${engineTasks.length} engine completions ×${c}`, () =>
          engineCompletions(temporal, engineTasks, c, cpu, requests),
        );
        const engineIs =
          'the engine: the same `completeTask` Update to the same workflow straight through the Temporal client, same worker, no API';
        row(scenario, 'p50', 'ms', api.p50, engine.p50, engineIs);
        row(scenario, 'p99', 'ms', api.p99, engine.p99, engineIs);
        row(scenario, 'throughput', '/s', api.perSecond, engine.perSecond, engineIs);
        cpuRows(scenario, taskIds.length, apiCpu, engine.cpuMs, engineIs, 'worker');
        restRow(scenario, api, engine, engineIs);
        requestRows(scenario, api, engine, engineIs);
      }
      return api;
    };

    for (const concurrency of options.concurrency) {
      const { engine } = await startScenario(one, http, concurrency, options.starts);
      engineRate = engine.summary.perSecond;
    }
    const n = options.completions;
    const singleCompletions = await completionScenario(
      one,
      http,
      screeningTasks.splice(0, n),
      // The engine's earliest conversions, started beside the API's earliest (whose tasks the API
      // completes): a worker cache too small for every case has evicted both, as a council's is by
      // the time a task is done days later, so neither side is favoured by the cache.
      engineScreeningTasks.slice(0, n),
    );

    // Scale: allowance reviews asleep until their anniversaries, then the reads a manager makes.
    if (options.reviews > 0) {
      const m = options.reviews;
      const c = options.reviewConcurrency;
      const children = await step(`${m} children`, () => s.createChildren(http, tokens, m));
      const review = (childId, i) => ({ childId, orderDate: daysAgo((i % 360) + 1), weeklyAllowancePence: 18_500 });
      const api = await step(`${m} API review starts ×${c}`, () =>
        s.apiStarts(http, tokens, '/processes/allowance-review', children.map(review), c),
      );
      row(
        `start an allowance review, ${c} at a time (${m}, left asleep)`,
        'throughput',
        '/s',
        api.summary.perSecond,
        engineRate,
        'conversion update-with-starts ×32 above (a different type: for scale only)',
      );
    }
    const open = options.starts * options.concurrency.length * 2 + 16;
    const probe = (await http.get(`/processes?type=sgo-conversion&pageSize=1`, tokens.manager)).body.items[0];
    const processId = probe.id;
    const childId = probe.childId;
    await untilQuiet(cpu); // the reviews' last workflow tasks done before the reads are timed
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
      [
        'GET /processes?type=allowance-review (a page of 200)',
        '/processes?type=allowance-review&pageSize=200',
        tokens.manager,
      ],
      ['GET /tasks?pageSize=50 (manager)', '/tasks?pageSize=50', tokens.manager],
      ['GET /tasks?role=social_worker&pageSize=50', '/tasks?role=social_worker&pageSize=50', tokens.socialWorker],
      ['GET /dashboard/conversions', '/dashboard/conversions', tokens.manager],
      ['GET /dashboard/reviews?pageSize=50', '/dashboard/reviews?pageSize=50', tokens.manager],
      [`GET /dashboard/asgsf?financialYear=${year}`, `/dashboard/asgsf?financialYear=${year}`, tokens.manager],
      ['case page: GET /processes/:id', `/processes/${processId}`, tokens.manager],
      ['case page: GET /children/:id', `/children/${childId}`, tokens.manager],
      ['case page: GET /processes/:id/documents', `/processes/${processId}/documents`, tokens.manager],
      ['case page: GET /notifications?processId=', `/notifications?processId=${processId}`, tokens.manager],
      ['GET /processes/:id/timeline', `/processes/${processId}/timeline`, tokens.manager],
    ];
    const within50 = { of: 'service', max: 50 };
    for (const [label, route, token] of routes) {
      const r = await step(`${options.reads} × ${label}`, () => s.reads(http, token, route, options.reads));
      const scenario = `${label}, ~${open} conversions${options.reviews ? ` + ${options.reviews} reviews` : ''} open (${(r.bytes / 1024).toFixed(1)} KB)`;
      row(scenario, 'p50', 'ms', r.p50, health.p50, '`GET /health`, same run');
      row(scenario, 'p99', 'ms', r.p99, health.p99, '`GET /health`, same run', within50);
    }
    const after = {
      worker: memoryOf(stack.pids.worker),
      temporal: memoryOf(stack.pids.temporal),
      api: memoryOf(stack.pids.api),
    };
    for (const [name, label] of [
      ['worker', 'worker'],
      ['temporal', options.temporalServer === 'production' ? 'Temporal server' : 'Temporal dev server'],
      ['api', 'API'],
    ]) {
      const scenario = `${label} memory with everything above open`;
      const idleIs = 'its RSS once warmed up, before the load';
      const bound = name === 'worker' ? { of: 'service', max: 1024 } : undefined;
      row(scenario, 'RSS', 'MB', after[name].rssMb, idle[name].rssMb, idleIs, bound);
      row(scenario, 'peak RSS (VmHWM)', 'MB', after[name].peakMb, idle[name].rssMb, idleIs, bound);
    }

    if (options.storm > 0) {
      const children = await step(`${options.storm} children`, () => s.createChildren(http, tokens, options.storm));
      const storm = await step(`reminder storm of ${options.storm}`, () =>
        reminderStorm({
          temporal,
          db,
          dist,
          smtp: stack.smtp,
          taskQueue,
          children,
          startRatePerSecond: engineRate,
          log,
          input: (childId, processId, policy) => ({ ...s.conversionInput(dist, childId), processId, policy }),
        }),
      );
      const late = storm.late ? `; ${storm.late} opened after the instant, so none was due for them` : '';
      const scenario = `reminder storm: ${storm.expected} reminders due at one instant${late}`;
      row(scenario, 'seconds from the instant to the last at the SMTP server', 's', storm.secondsToLast, NaN, '—', {
        of: 'service',
        max: 60,
      });
      row(
        scenario,
        'seconds from the instant to the last queued in the outbox',
        's',
        storm.secondsToLastQueued,
        NaN,
        '—',
      );
      row(scenario, 'delivered', '', storm.delivered, storm.expected, 'reminders due', { of: 'ratio', min: 1 });
      row(scenario, 'duplicates (one Message-ID delivered twice)', '', storm.duplicates, NaN, '—', {
        of: 'service',
        max: 0,
      });
      // The storm wakes workflows the cache may have evicted: the worker's memory once it is over.
      const worker = memoryOf(stack.pids.worker);
      const idleIs = 'its RSS once warmed up, before the load';
      row(scenario, 'worker RSS after the storm', 'MB', worker.rssMb, idle.worker.rssMb, idleIs, {
        of: 'service',
        max: 1024,
      });
      row(scenario, 'worker peak RSS (VmHWM) by then', 'MB', worker.peakMb, idle.worker.rssMb, idleIs, {
        of: 'service',
        max: 1024,
      });
    }

    if (options.scaleOut) {
      const second = await step('second worker and API process', () => stack.addWorkerAndApi());
      cpuGroups.worker.push(second.pids.worker);
      cpuGroups.api.push(second.pids.api);
      const both = new RoundRobinClient([http, new HttpClient(second.apiUrl)]);
      clients.push(both);
      const two = 'two workers, two APIs';
      const c = Math.max(...options.concurrency);
      const { api } = await startScenario(two, both, c, options.starts);
      const singleStarts = rows.find((r) => r.scenario.startsWith(`start a conversion, ${c} at a time, ${one}`));
      row(
        `start a conversion, ${c} at a time: scale-out`,
        'throughput',
        '/s',
        api.summary.perSecond,
        singleStarts.service,
        `the API starts ×${c} with ${one}, same run`,
      );
      const completions = await completionScenario(two, both, screeningTasks.splice(0, n));
      row(
        `complete a task, ${options.completionConcurrency} at a time: scale-out`,
        'throughput',
        '/s',
        completions.perSecond,
        singleCompletions.perSecond,
        `the API completions with ${one}, same run`,
      );
    }
    return rows;
  } finally {
    for (const c of clients) c.close();
    await db.end();
    await connection.close();
  }
}

function report(rows, options, info, startedAt) {
  const { formatTable } = require('./lib/stats');
  const sizes = `BENCH_SCALE=${options.scale}: ${options.starts} starts at each of ${options.concurrency.join(' and ')} at a time (and as many through the engine), ${options.completions} completions ${options.completionConcurrency} at a time, ${options.reviews} allowance reviews ${options.reviewConcurrency} at a time, ${options.reads} requests per read route, a storm of ${options.storm} reminders; Temporal: ${options.temporalServer === 'production' ? 'the production server on PostgreSQL' : 'the dev server on SQLite'}${options.scaleOut ? ', then starts and completions again with two workers and two API processes' : ''}`;
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
  const stack = await startBenchStack({ dataDir, temporalServer: options.temporalServer, parts });
  const rows = await measure(stack, options, console.log);
  await stopStack();
  fs.rmSync(dataDir, { recursive: true, force: true });
  const markdown = report(rows, options, info, startedAt);
  const resultsDir = path.join(__dirname, 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const { resultsFileName } = require('./lib/options');
  const name = resultsFileName(isoDay(startedAt), options, (n) => fs.existsSync(path.join(resultsDir, n)));
  const file = path.join(resultsDir, name);
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
