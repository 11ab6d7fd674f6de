import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkflowUpdateFailedError, type Client, type Connection, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { DEFAULT_POLICY, ErrorType, Role, mergePolicy, processWorkflowId, type Actor } from '../../libs/domain/src';
import {
  completeTaskUpdate,
  getSummaryQuery,
  pauseUpdate,
  recordEventUpdate,
  withdrawUpdate,
} from '../../libs/domain/src/shared/messages';
import type { SgoConversionInput } from '../../workflows/sgo-conversion/sgo-conversion.workflow';
import { startTestSmtpServer, type TestSmtpServer } from '../../scripts/lib/smtp-sink';
import { keepHistory } from '../support/histories';
import { migratedDataSource, stackEnv, temporalClient, uniqueTaskQueue } from '../support/stack';

const socialWorker: Actor = { sub: 'sw-7', name: 'Sam', roles: [Role.SocialWorker] };
const chair: Actor = { sub: 'chair-7', name: 'Pat', roles: [Role.PanelChair] };

/**
 * The human-task mechanism inside the workflow, without the API in front: the update validator is
 * the authority, so each refusal is sent straight to the workflow here. Real worker (in-process),
 * real activities, real Temporal and PostgreSQL.
 */
describe('human tasks in the conversion workflow', () => {
  let db: DataSource;
  let smtp: TestSmtpServer;
  let worker: INestApplicationContext;
  let temporal: { client: Client; connection: Connection };
  const taskQueue = uniqueTaskQueue('workflow');

  beforeAll(async () => {
    const { databaseUrl } = stackEnv();
    db = await migratedDataSource();
    smtp = await startTestSmtpServer();
    temporal = await temporalClient();
    Object.assign(process.env, { TEMPORAL_TASK_QUEUE: taskQueue, SMTP_URL: smtp.url, DATABASE_URL: databaseUrl });
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  });

  afterAll(async () => {
    await worker?.close();
    await smtp?.stop();
    await temporal?.connection.close();
    await db?.destroy();
  });

  /** Starts a conversion directly on Temporal, with the rows the API would have written. */
  async function startConversion(): Promise<{ handle: WorkflowHandle; processId: string; childId: string }> {
    const [{ id: childId }] = await db.query(
      `INSERT INTO children (child_ref, first_name, last_name, date_of_birth, legal_status, placement_type) VALUES ($1, 'A', 'B', '2015-01-01', 'C2', 'U1') RETURNING id`,
      [`W${randomUUID().slice(0, 8)}`],
    );
    const processId = randomUUID();
    const workflowId = processWorkflowId('sgo-conversion', childId);
    await db.query(
      `INSERT INTO processes (id, type, child_id, workflow_id, status, stage, started_by, started_at) VALUES ($1, 'sgo-conversion', $2, $3, 'active', 'started', 'test', now())`,
      [processId, childId, workflowId],
    );
    const input: SgoConversionInput = {
      processId,
      childId,
      startedBy: { sub: 'mgr-7', name: 'Morgan' },
      policy: mergePolicy(DEFAULT_POLICY, { sgoConversion: { timetableReviewInterval: 'PT1H' } }),
      facts: {
        legalStatus: 'C2',
        placementType: 'U1',
        dateOfBirth: '2015-01-01',
        carersAreFormerFosterCarers: true,
        carersAreRelativesOrFriends: true,
      },
    };
    const handle = await temporal.client.workflow.start('sgoConversionWorkflow', {
      workflowId,
      taskQueue,
      args: [input],
    });
    return { handle, processId, childId };
  }

  async function openTaskId(handle: WorkflowHandle): Promise<string> {
    for (let i = 0; i < 50; i++) {
      const summary = await handle.query(getSummaryQuery);
      if (summary.openTaskIds.length) return summary.openTaskIds[0];
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('no task opened');
  }

  const complete = (
    handle: WorkflowHandle,
    taskId: string,
    actor: Actor,
    outcome: string,
    data?: Record<string, unknown>,
  ) => handle.executeUpdate(completeTaskUpdate, { args: [{ taskId, outcome, data, actor }] });

  async function expectRefusal(attempt: Promise<unknown>, type: ErrorType): Promise<void> {
    const error = await attempt.then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    expect((error as WorkflowUpdateFailedError).cause).toBeInstanceOf(ApplicationFailure);
    expect(((error as WorkflowUpdateFailedError).cause as ApplicationFailure).type).toBe(type);
  }

  it('refuses, in the update validator, a closed task, a wrong outcome, missing data, a role not among the candidates and the proposer, changing nothing', async () => {
    const { handle } = await startConversion();
    const screening = await openTaskId(handle);
    await complete(handle, screening, socialWorker, 'moving-to-sgo-now');
    const discussion = await openTaskId(handle);

    const before = await handle.query(getSummaryQuery);
    await expectRefusal(complete(handle, screening, socialWorker, 'twin-tracked'), ErrorType.TaskNotOpen);
    await expectRefusal(
      complete(handle, discussion, socialWorker, 'recommend', { discussionDate: '2026-11-01' }),
      ErrorType.OutcomeNotAllowed,
    );
    await expectRefusal(complete(handle, discussion, socialWorker, 'carers-agree'), ErrorType.MissingTaskData);
    await expectRefusal(
      complete(handle, discussion, chair, 'carers-agree', { discussionDate: '2026-11-01' }),
      ErrorType.RoleNotAllowed,
    );
    await expectRefusal(
      complete(handle, 'no-such-task', socialWorker, 'carers-agree', { discussionDate: '2026-11-01' }),
      ErrorType.TaskNotFound,
    );
    expect(await handle.query(getSummaryQuery)).toEqual(before);

    await complete(handle, discussion, socialWorker, 'carers-agree', { discussionDate: '2026-11-01' });
    const panel = await openTaskId(handle);
    const proposerAsChair: Actor = { ...socialWorker, roles: [Role.SocialWorker, Role.PanelChair] };
    await expectRefusal(
      complete(handle, panel, proposerAsChair, 'recommend', { panelDate: '2026-11-10' }),
      ErrorType.SeparationOfDuties,
    );
    const summary = await complete(handle, panel, chair, 'recommend', { panelDate: '2026-11-10' });
    expect(summary).toMatchObject({ stage: 'care-plan-review', status: 'active' });
  });

  it('refuses, in its own validators, a control character or a lone surrogate in any string an update carries, changing nothing', async () => {
    const { handle } = await startConversion();
    const screening = await openTaskId(handle);
    const before = await handle.query(getSummaryQuery);
    const withdraw = (reason: string) =>
      handle.executeUpdate(withdrawUpdate, { args: [{ reason, actor: socialWorker }] });
    await expectRefusal(withdraw('moved\u0000away'), ErrorType.RuleRefused);
    await expectRefusal(
      handle.executeUpdate(pauseUpdate, { args: [{ reason: 'carer \u001b[31min hospital', actor: socialWorker }] }),
      ErrorType.RuleRefused,
    );
    await expectRefusal(
      handle.executeUpdate(recordEventUpdate, {
        args: [{ kind: 'case-note', data: { text: 'lone \ud800 surrogate' }, actor: socialWorker }],
      }),
      ErrorType.RuleRefused,
    );
    await expectRefusal(
      complete(handle, screening, socialWorker, 'moving-to-sgo-now', { ['key\u0085']: 'x' }),
      ErrorType.RuleRefused,
    );
    await expectRefusal(
      complete(handle, screening, { ...socialWorker, sub: 'sw\u0007' }, 'moving-to-sgo-now'),
      ErrorType.RuleRefused,
    );
    expect(await handle.query(getSummaryQuery)).toEqual(before);
    // Free text keeps its line breaks and tabs.
    await complete(handle, screening, socialWorker, 'moving-to-sgo-now', { note: 'two\r\nlines\tand a tab' });
    expect((await handle.query(getSummaryQuery)).openTaskIds).not.toContain(screening);
  });

  it('brings a deferred case back to a new panel on the date set, then proceeds when the panel recommends', async () => {
    const { handle, processId, childId } = await startConversion();
    await complete(handle, await openTaskId(handle), socialWorker, 'moving-to-sgo-now');
    await complete(handle, await openTaskId(handle), socialWorker, 'carers-agree', { discussionDate: '2026-11-01' });
    const firstPanel = await openTaskId(handle);
    // A date already reached, so the case is back at panel at once.
    await complete(handle, firstPanel, chair, 'defer', { panelDate: '2026-11-10', nextPanelDate: '2026-11-20' });
    const secondPanel = await openTaskId(handle);
    expect(secondPanel).not.toBe(firstPanel);
    expect(await complete(handle, secondPanel, chair, 'recommend', { panelDate: '2026-11-20' })).toMatchObject({
      stage: 'care-plan-review',
    });
    const decisions = await db.query(
      `SELECT outcome FROM audit_events WHERE process_id = $1 AND kind = 'task-completed' AND stage = 'sgo-panel' ORDER BY seq`,
      [processId],
    );
    expect(decisions.map((d: { outcome: string }) => d.outcome)).toEqual(['defer', 'recommend']);
    await handle.terminate('test finished');
    await keepHistory(temporal.client, processWorkflowId('sgo-conversion', childId), 'sgo-conversion-panel-deferred');
  });

  it('closes the case when the panel finds it not suitable', async () => {
    const { handle, processId } = await startConversion();
    await complete(handle, await openTaskId(handle), socialWorker, 'moving-to-sgo-now');
    await complete(handle, await openTaskId(handle), socialWorker, 'carers-agree', { discussionDate: '2026-11-01' });
    const summary = await complete(handle, await openTaskId(handle), chair, 'not-suitable', {
      panelDate: '2026-11-10',
    });
    expect(summary).toMatchObject({ status: 'completed', outcome: 'not-suitable', stage: 'closed', openTaskIds: [] });
    expect(await handle.result()).toMatchObject({ status: 'completed', outcome: 'not-suitable' });
    const [row] = await db.query(`SELECT status, outcome FROM processes WHERE id = $1`, [processId]);
    expect(row).toEqual({ status: 'completed', outcome: 'not-suitable' });
  });
});
