'use strict';
// The scenarios, each measured beside its baseline in the same run on the same servers:
// the service's route, and the same work done straight through Temporal (or a trivial route).
const { randomUUID } = require('node:crypto');
const { runConcurrently } = require('./load');
const { summarize } = require('./stats');
const { NO_CPU, untilQuiet } = require('./cpu');
const { NO_REQUESTS } = require('./temporal-requests');

const TEAM = 'bench';

async function signIn(http) {
  const token = async (sub, roles) =>
    (
      await http.post(
        '/auth/dev-token',
        undefined,
        { sub, name: `Bench ${sub}`, roles, team: TEAM, email: `${sub}@council.example` },
        200,
      )
    ).body.token;
  return {
    manager: await token('bench-manager', ['manager']),
    socialWorker: await token('bench-sw', ['social_worker']),
  };
}

let childCounter = 0;
/** A child a conversion may start for: full care order (C2), placed with grandparents who fostered (U1). */
function childBody() {
  childCounter += 1;
  return {
    childRef: `B${Date.now().toString(36)}${childCounter}`,
    firstName: 'Alex',
    lastName: 'Example',
    dateOfBirth: '2016-05-04',
    legalStatus: 'C2',
    placementType: 'U1',
    carers: [
      { carerRef: 'K1', firstName: 'Jo', lastName: 'Example', relationship: 'grandparent', isFormerFosterCarer: true },
    ],
  };
}

/** Set-up, not measured: the children the processes start for. */
async function createChildren(http, tokens, n) {
  const { results } = await runConcurrently(Array.from({ length: n }), 8, () =>
    http.post('/children', tokens.socialWorker, childBody()),
  );
  return results.map((r) => r.body.id);
}

/** What the API starts a conversion with, for the raw starts of the same workflow type. */
function conversionInput(dist, childId) {
  return {
    processId: randomUUID(),
    childId,
    startedBy: { sub: 'bench-manager', name: 'Bench bench-manager' },
    policy: dist.policy,
    facts: {
      legalStatus: 'C2',
      placementType: 'U1',
      dateOfBirth: '2016-05-04',
      carersAreFormerFosterCarers: true,
      carersAreRelativesOrFriends: true,
    },
  };
}

/**
 * The ceiling: `client.workflow.start` of the same workflow type with the same input and search
 * attributes as the API sends, on a task queue no worker polls (so no worker is involved).
 */
async function rawStarts(temporal, dist, { type, workflowType, n, concurrency, input }) {
  const taskQueue = `bench-unpolled-${Date.now().toString(36)}`;
  const { latencies, wallMs } = await runConcurrently(Array.from({ length: n }), concurrency, () =>
    temporal.workflow.start(workflowType, {
      workflowId: `bench-raw/${type}/${randomUUID()}`,
      taskQueue,
      args: [input(randomUUID())],
      workflowIdConflictPolicy: 'FAIL',
      typedSearchAttributes: [
        { key: dist.keys.ProcessTypeKey, value: type },
        { key: dist.keys.StageKey, value: 'started' },
        { key: dist.keys.StatusKey, value: 'active' },
      ],
    }),
  );
  return summarize(latencies, wallMs);
}

/** Starts through the API, each answering with the process and its first open task. */
async function apiStarts(http, tokens, path, bodies, concurrency) {
  const { latencies, wallMs, results } = await runConcurrently(bodies, concurrency, (body) =>
    http.post(path, tokens.manager, body),
  );
  return { summary: summarize(latencies, wallMs), processes: results.map((r) => r.body) };
}

/**
 * The Update baseline: one trivial workflow per update (as one task per process). Each is started
 * and sent one untimed update first, so the timed one reaches a running workflow waiting for it, as
 * a task completion does (not one still on its first workflow task). `cpu` and `requests` meter the
 * timed Updates only (bench/lib/cpu.js, bench/lib/temporal-requests.js).
 */
async function rawUpdates(temporal, taskQueue, n, concurrency, cpu = NO_CPU, requests = NO_REQUESTS) {
  const ids = Array.from({ length: n }, () => `bench-trivial/${randomUUID()}`);
  await runConcurrently(ids, 16, async (workflowId) => {
    const handle = await temporal.workflow.start('benchTrivialWorkflow', { workflowId, taskQueue, args: [] });
    await handle.executeUpdate('bump', { args: [0] });
  });
  const requestsSince = await requests.start();
  const cpuSince = cpu.start();
  const { latencies, wallMs } = await runConcurrently(ids, concurrency, (workflowId) =>
    temporal.workflow.getHandle(workflowId).executeUpdate('bump', { args: [1] }),
  );
  await untilQuiet(cpu);
  const cpuMs = cpuSince();
  const temporalRequests = await requestsSince();
  // Closed afterwards, and waited for, so they are not left in the worker's cache and on the server
  // for what follows, nor their last workflow tasks run in the next scenario's window.
  await runConcurrently(ids, 16, async (workflowId) => {
    const handle = temporal.workflow.getHandle(workflowId);
    await handle.signal('finish');
    await handle.result();
  });
  await untilQuiet(cpu);
  return { ...summarize(latencies, wallMs), cpuMs, temporalRequests };
}

/** Completes each process's screening task through the API: the Update, its projection, the answer. */
async function apiCompletions(http, tokens, taskIds, concurrency) {
  const { latencies, wallMs } = await runConcurrently(taskIds, concurrency, (taskId) =>
    http.post(
      `/tasks/${encodeURIComponent(taskId)}/complete`,
      tokens.socialWorker,
      { outcome: 'moving-to-sgo-now' },
      200,
    ),
  );
  return summarize(latencies, wallMs);
}

/** The process's open screening task, waiting (up to 60 s) for its projection. */
async function screeningTaskOf(http, tokens, processId) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { body } = await http.get(`/processes/${processId}`, tokens.manager);
    const task = body.openTasks.find((t) => t.kind === 'screening');
    if (task) return task.id;
    if (Date.now() > deadline) throw new Error(`process ${processId} has no screening task after 60 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Reads one route `n` times, one at a time (latency, not throughput); answers the summary and the body size. */
async function reads(http, token, path, n) {
  let bytes = 0;
  const { latencies, wallMs } = await runConcurrently(Array.from({ length: n }), 1, async () => {
    bytes = (await http.get(path, token)).bytes;
  });
  return { ...summarize(latencies, wallMs), bytes };
}

module.exports = {
  signIn,
  createChildren,
  conversionInput,
  rawStarts,
  apiStarts,
  rawUpdates,
  apiCompletions,
  screeningTaskOf,
  reads,
};
