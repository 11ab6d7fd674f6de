import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { DEFAULT_POLICY, mergePolicy, processWorkflowId, type Actor, type ErrorType } from '../../libs/domain/src';
import { completeTaskUpdate, getSummaryQuery, recordEventUpdate } from '../../libs/domain/src/shared/messages';
import { startTestSmtpServer } from '../../scripts/lib/smtp-sink';
import { eventually } from './eventually';
import { migratedDataSource, stackEnv, temporalClient, uniqueTaskQueue } from './stack';

type ProcessType = 'asgsf-application' | 'lifelong-links' | 'sgo-conversion';
const WORKFLOW_OF: Record<ProcessType, string> = {
  'asgsf-application': 'asgsfApplicationWorkflow',
  'lifelong-links': 'lifelongLinksWorkflow',
  'sgo-conversion': 'sgoConversionWorkflow',
};

/**
 * For workflow-level specs: the real worker in-process (real activities) on a task queue of the
 * spec's own, against the Temporal server and PostgreSQL `npm test` starts, with no API in front.
 * Tasks are completed straight through the workflow's updates, so each refusal is the validator's.
 */
export function useWorkflowWorker(name: string) {
  const env = {} as {
    db: Awaited<ReturnType<typeof migratedDataSource>>;
    temporal: Awaited<ReturnType<typeof temporalClient>>;
  };
  const taskQueue = uniqueTaskQueue(name);
  const stops: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    env.db = await migratedDataSource();
    stops.push(() => env.db.destroy());
    const smtp = await startTestSmtpServer();
    stops.push(() => smtp.stop());
    env.temporal = await temporalClient();
    stops.push(() => env.temporal.connection.close());
    Object.assign(process.env, {
      TEMPORAL_TASK_QUEUE: taskQueue,
      SMTP_URL: smtp.url,
      DATABASE_URL: stackEnv().databaseUrl,
    });
    const app: INestApplicationContext = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    stops.push(() => app.close());
  });

  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  });

  /** Starts a process straight on Temporal, with the child and process rows the API would have written. */
  async function start(
    type: ProcessType,
    facts: object,
    policy: object = {},
    child: { dateOfBirth?: string } = {},
  ): Promise<{ handle: WorkflowHandle; processId: string; childId: string }> {
    const { db, temporal } = env;
    const [{ id: childId }] = await db.query(
      `INSERT INTO children (child_ref, first_name, last_name, date_of_birth, legal_status, placement_type) VALUES ($1, 'A', 'B', $2, 'C2', 'U1') RETURNING id`,
      [`WF${randomUUID().slice(0, 8)}`, child.dateOfBirth ?? '2015-01-01'],
    );
    const processId = randomUUID();
    const workflowId = processWorkflowId(type, childId);
    await db.query(
      `INSERT INTO processes (id, type, child_id, workflow_id, status, stage, started_by, started_at) VALUES ($1, $2, $3, $4, 'active', 'started', 'test', now())`,
      [processId, type, childId, workflowId],
    );
    const handle = await temporal.client.workflow.start(WORKFLOW_OF[type], {
      workflowId,
      taskQueue,
      args: [
        {
          processId,
          childId,
          startedBy: { sub: 'mgr-wf', name: 'Morgan' },
          policy: mergePolicy(DEFAULT_POLICY, policy),
          facts,
        },
      ],
    });
    return { handle, processId, childId };
  }

  /** The open tasks as the workflow has projected them, waiting until there are `atLeast`. */
  async function openTasks(processId: string, atLeast = 1): Promise<{ id: string; kind: string }[]> {
    return eventually(async () => {
      const rows: { id: string; kind: string }[] = await env.db.query(
        `SELECT id, kind FROM tasks WHERE process_id = $1 AND status IN ('open', 'claimed') ORDER BY created_at, id`,
        [processId],
      );
      if (rows.length < atLeast) throw new Error(`${rows.length} open tasks, waiting for ${atLeast}`);
      return rows;
    });
  }

  /** The one open task of this kind. */
  async function openTask(processId: string, kind: string): Promise<string> {
    return eventually(async () => {
      const task = (await openTasks(processId)).find((t) => t.kind === kind);
      if (!task) throw new Error(`no open ${kind} task yet`);
      return task.id;
    });
  }

  const complete = (
    handle: WorkflowHandle,
    taskId: string,
    actor: Actor,
    outcome: string,
    data?: Record<string, unknown>,
  ) => handle.executeUpdate(completeTaskUpdate, { args: [{ taskId, outcome, data, actor }] });

  const recordEvent = (handle: WorkflowHandle, kind: string, actor: Actor, data?: Record<string, unknown>) =>
    handle.executeUpdate(recordEventUpdate, { args: [{ kind, actor, data }] });

  const summary = (handle: WorkflowHandle) => handle.query(getSummaryQuery);

  return { env, start, openTasks, openTask, complete, recordEvent, summary };
}

/** The update was refused by the workflow's validator with this error type. */
export async function expectRefusal(attempt: Promise<unknown>, type: ErrorType, message?: RegExp): Promise<void> {
  const error = await attempt.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (error as WorkflowUpdateFailedError).cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  expect((cause as ApplicationFailure).type).toBe(type);
  if (message) expect((cause as ApplicationFailure).message).toMatch(message);
}
