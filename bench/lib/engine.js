'use strict';
// The engine doing the service's work without the service: the same workflow, same input, same
// worker, started straight through the Temporal client with update-with-start and answering once its
// first task is projected (as the API answers). The read-model row the API inserts before a start is
// inserted here too, so the projection has its row; nothing else of the API runs.
const { randomUUID } = require('node:crypto');
const { WithStartWorkflowOperation } = require('@temporalio/client');
const { runConcurrently } = require('./load');
const { summarize } = require('./stats');
const { NO_REQUESTS } = require('./temporal-requests');
const { untilQuiet } = require('./cpu');

/** PostgreSQL as the bench's own client (the app's role: it inserts processes, as the API does). */
function openDatabase(url) {
  const { Pool } = require('pg');
  return new Pool({ connectionString: url, max: 8 });
}

/**
 * Starts `type` for each child by update-with-start of `firstProjection`; answers the summary and,
 * per child, the process id and the first open task's id. `input(childId, processId, i)` is the
 * workflow input; the search attributes are the API's.
 */
async function updateWithStarts(temporal, db, dist, { type, workflowType, taskQueue, children, concurrency, input }) {
  const { latencies, wallMs, results } = await runConcurrently(children, concurrency, async (childId, i) => {
    const processId = randomUUID();
    const workflowId = `bench-uws/${type}/${processId}`;
    await db.query(
      `INSERT INTO processes (id, type, child_id, workflow_id, status, stage, data, due_dates, started_by, started_at, projection_seq)
       VALUES ($1, $2, $3, $4, 'active', 'started', '{}', '{}', 'bench-manager', now(), 0)`,
      [processId, type, childId, workflowId],
    );
    const summary = await temporal.workflow.executeUpdateWithStart('firstProjection', {
      startWorkflowOperation: new WithStartWorkflowOperation(workflowType, {
        workflowId,
        taskQueue,
        args: [input(childId, processId, i)],
        workflowIdConflictPolicy: 'FAIL',
        typedSearchAttributes: [
          { key: dist.keys.ProcessTypeKey, value: type },
          { key: dist.keys.StageKey, value: 'started' },
          { key: dist.keys.StatusKey, value: 'active' },
        ],
      }),
    });
    return { processId, workflowId, startedAt: Date.now(), firstTaskId: summary.openTaskIds[0] };
  });
  return { summary: summarize(latencies, wallMs), started: results };
}

/**
 * Completes each conversion's screening task by the `completeTask` Update the API sends, straight
 * through the Temporal client: the same validator, handler, projection and answer in the workflow,
 * without the API's own work (sign-in, caseload, idempotency, audit, the words kept in PostgreSQL,
 * the answer read back). `cpu` and `requests` meter the timed Updates only.
 */
async function engineCompletions(temporal, tasks, concurrency, cpu, requests = NO_REQUESTS) {
  const actor = { sub: 'bench-sw', roles: ['social_worker'] };
  const requestsSince = await requests.start();
  const cpuSince = cpu.start();
  const { latencies, wallMs } = await runConcurrently(tasks, concurrency, ({ workflowId, taskId }) =>
    temporal.workflow
      .getHandle(workflowId)
      .executeUpdate('completeTask', { args: [{ taskId, outcome: 'moving-to-sgo-now', actor }] }),
  );
  await untilQuiet(cpu); // its trailing work counted here, not in what the bench measures next
  const cpuMs = cpuSince();
  return { ...summarize(latencies, wallMs), cpuMs, temporalRequests: await requestsSince() };
}

module.exports = { openDatabase, updateWithStarts, engineCompletions };
