import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Client, Connection, WorkflowHandle } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { NATIONAL_MINIMUM_ALLOWANCE, fosteringYearOf } from '../../libs/domain/src/allowance';
import { RATES_TO_2029 } from '../support/rates';
import {
  DEFAULT_KINSHIP_ZONE_POLICY,
  DEFAULT_MEANS_TEST_POLICY,
  DEFAULT_POLICY,
  ErrorType,
  Role,
  mergePolicy,
  processWorkflowId,
  type Actor,
  type AllowanceCarry,
} from '../../libs/domain/src';
import { completeTaskUpdate, getSummaryQuery, recordEventUpdate } from '../../libs/domain/src/shared/messages';
import type { AllowanceReviewInput } from '../../workflows/allowance-review/allowance-review.workflow';
import { startTestSmtpServer, type TestSmtpServer } from '../../scripts/lib/smtp-sink';
import { eventually } from '../support/eventually';
import { expectRefusal } from '../support/workflow-worker';
import { keepHistory } from '../support/histories';
import { migratedDataSource, stackEnv, temporalClient, uniqueTaskQueue } from '../support/stack';

const worker: Actor = { sub: 'sw-18', name: 'Sam', roles: [Role.SocialWorker] };
const proposer: Actor = { sub: 'fo-propose', name: 'Fran', roles: [Role.FinanceOfficer] };
const decider: Actor = { sub: 'fo-decide', name: 'Dev', roles: [Role.FinanceOfficer] };
/** A return with nothing to deduct: no income, so any means test pays the full baseline. */
const NOTHING_COMING_IN = {
  earningsPence: 0,
  otherIncomePence: 0,
  familyIncomeSupportRatePence: 0,
  housingCostsPence: 0,
};
const isoDaysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const yearsAgo = (years: number, plusDays = 0) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString().slice(0, 10);
};

/**
 * The ends and interruptions of an allowance, driven straight at the workflow on the real server
 * with real activities: the 18th birthday with and without full-time education, a change of
 * circumstances between anniversaries, and the child leaving the guardian.
 */
describe('allowance review: turning 18, changes of circumstances, the child leaving', () => {
  let db: DataSource;
  let smtp: TestSmtpServer;
  let app: INestApplicationContext;
  let temporal: { client: Client; connection: Connection };
  const taskQueue = uniqueTaskQueue('allowance-wf');

  beforeAll(async () => {
    db = await migratedDataSource();
    smtp = await startTestSmtpServer();
    temporal = await temporalClient();
    Object.assign(process.env, {
      TEMPORAL_TASK_QUEUE: taskQueue,
      SMTP_URL: smtp.url,
      DATABASE_URL: stackEnv().databaseUrl,
    });
    app = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  });

  afterAll(async () => {
    await app?.close();
    await smtp?.stop();
    await temporal?.connection.close();
    await db?.destroy();
  });

  async function startReview(
    dateOfBirth: string,
    orderDate: string,
    policy: { allowanceReview?: object } = {},
    /** A review already some cycles in (continued as new), instead of a new one. */
    carry?: AllowanceCarry,
    facts: { formerFosterCarer?: boolean; remunerationPence?: number } = {},
  ): Promise<{ handle: WorkflowHandle; processId: string; childId: string }> {
    const [{ id: childId }] = await db.query(
      `INSERT INTO children (child_ref, first_name, last_name, date_of_birth, legal_status, placement_type) VALUES ($1, 'A', 'B', $2, 'C2', 'U1') RETURNING id`,
      [`AR${randomUUID().slice(0, 8)}`, dateOfBirth],
    );
    const processId = randomUUID();
    const workflowId = processWorkflowId('allowance-review', childId);
    await db.query(
      `INSERT INTO processes (id, type, child_id, workflow_id, status, stage, started_by, started_at) VALUES ($1, 'allowance-review', $2, $3, 'active', 'started', 'test', now())`,
      [processId, childId, workflowId],
    );
    const input: AllowanceReviewInput = {
      processId,
      childId,
      startedBy: { sub: 'fo', name: 'Finance' },
      policy: mergePolicy(DEFAULT_POLICY, {
        ...policy,
        allowanceReview: {
          representationsWindow: 'PT1S',
          fosteringAllowanceRates: RATES_TO_2029,
          ...policy.allowanceReview,
        },
      }),
      facts: { dateOfBirth, orderDate, weeklyAllowancePence: 16_000, formerFosterCarer: false, ...facts },
      ...(carry ? { carry, continued: { seq: 0, taskSeq: 0 } } : {}),
    };
    const handle = await temporal.client.workflow.start('allowanceReviewWorkflow', {
      workflowId,
      taskQueue,
      args: [input],
    });
    return { handle, processId, childId };
  }

  async function openTask(handle: WorkflowHandle): Promise<string> {
    return eventually(async () => {
      const [id] = (await handle.query(getSummaryQuery)).openTaskIds;
      if (!id) throw new Error('no open task yet');
      return id;
    });
  }

  /** The task of this kind once it is open (after a continue-as-new, too). */
  async function openTaskOf(processId: string, kind: string): Promise<string> {
    return eventually(async () => {
      const [task] = await db.query(
        `SELECT id FROM tasks WHERE process_id = $1 AND kind = $2 AND status IN ('open', 'claimed')`,
        [processId, kind],
      );
      if (!task) throw new Error(`no open ${kind} task yet`);
      return task.id as string;
    });
  }

  const complete = (
    handle: WorkflowHandle,
    taskId: string,
    actor: Actor,
    outcome: string,
    data?: Record<string, unknown>,
  ) => handle.executeUpdate(completeTaskUpdate, { args: [{ taskId, outcome, data, actor }] });

  /** One review brought on by a change of circumstances, from the return to the finance officer's decision. */
  async function reviewNow(
    handle: WorkflowHandle,
    processId: string,
    carerReturn: Record<string, unknown>,
    decision: { outcome: string; data?: Record<string, unknown> },
  ) {
    await eventually(async () => expect((await rowOf(processId)).stage).toBe('waiting-for-anniversary'));
    await handle.executeUpdate(recordEventUpdate, { args: [{ kind: 'change-of-circumstances', actor: worker }] });
    await complete(handle, await openTaskOf(processId, 'carer-return'), worker, 'return-received', carerReturn);
    await complete(handle, await openTaskOf(processId, 'allowance-proposal'), proposer, 'propose');
    const proposed = (await rowOf(processId)).data.proposal;
    await complete(handle, await openTaskOf(processId, 'allowance-decision'), decider, decision.outcome, {
      reasons: `Decided at review: ${decision.outcome}`,
      ...decision.data,
    });
    return proposed as { weeklyAllowancePence: number };
  }

  const paymentsOf = (processId: string) =>
    db.query(`SELECT change, weekly_pence FROM allowance_payments WHERE process_id = $1 ORDER BY created_at, id`, [
      processId,
    ]);

  const rowOf = async (processId: string) =>
    (await db.query(`SELECT status, stage, outcome, data FROM processes WHERE id = $1`, [processId]))[0];

  it('ends the allowance on the 18th birthday when the young person is not in full-time education', async () => {
    const { handle, processId, childId } = await startReview(yearsAgo(18), yearsAgo(3));
    const evidence = await openTask(handle);
    await handle.executeUpdate(completeTaskUpdate, {
      args: [{ taskId: evidence, outcome: 'not-in-education-or-training', actor: worker }],
    });
    expect(await handle.result()).toMatchObject({ status: 'completed', outcome: 'eighteenth-birthday' });
    const [ended] = await db.query(
      `SELECT change, weekly_pence, to_char(effective_date, 'YYYY-MM-DD') AS effective FROM allowance_payments WHERE process_id = $1 AND change = 'end'`,
      [processId],
    );
    expect(ended).toEqual({ change: 'end', weekly_pence: 0, effective: yearsAgo(0) });
    await keepHistory(temporal.client, processWorkflowId('allowance-review', childId), 'allowance-review-ended-at-18');
  });

  it('keeps reviewing past 18 while the young person is in full-time education', async () => {
    const { handle, processId } = await startReview(yearsAgo(18), yearsAgo(3));
    const evidence = await openTask(handle);
    // Beyond the next anniversary, so the yearly reviews go on meanwhile.
    const lastDayOfCourse = isoDaysFromToday(500);
    await handle.executeUpdate(completeTaskUpdate, {
      args: [
        { taskId: evidence, outcome: 'in-full-time-education-or-training', data: { lastDayOfCourse }, actor: worker },
      ],
    });
    const row = await eventually(async () => {
      const r = await rowOf(processId);
      expect(r.stage).toBe('waiting-for-anniversary');
      return r;
    });
    expect(row).toMatchObject({ status: 'active', data: { education: { lastDayOfCourse } } });
    await handle.terminate('test finished');
  });

  it('reviews at once on a change of circumstances, outside the yearly cycle, keeping the anniversary', async () => {
    const { handle, processId, childId } = await startReview(yearsAgo(8), yearsAgo(0, -120));
    const waiting = await eventually(async () => {
      const r = await rowOf(processId);
      expect(r.stage).toBe('waiting-for-anniversary');
      return r;
    });
    await handle.executeUpdate(recordEventUpdate, {
      args: [{ kind: 'change-of-circumstances', actor: worker, notes: 'Guardian stopped work' }],
    });
    const reviewing = await eventually(async () => {
      const r = await rowOf(processId);
      expect(r.stage).toBe('carer-return');
      return r;
    });
    expect(reviewing.data.currentReview).toMatchObject({
      number: 1,
      reason: 'change-of-circumstances',
      anniversary: waiting.data.nextAnniversary.slice(0, 10),
    });
    const [pack] = await db.query(`SELECT kind FROM documents WHERE process_id = $1`, [processId]);
    expect(pack).toEqual({ kind: 'review-pack' });
    await keepHistory(
      temporal.client,
      processWorkflowId('allowance-review', childId),
      'allowance-review-change-of-circumstances',
    );
    await handle.terminate('test finished');
  });

  it('a return asked for by today is not overdue today: the date-only deadline falls due at the end of its day', async () => {
    // The pack asks for the return by the day it is sent; the escalation would come a second after.
    const { handle, processId } = await startReview(yearsAgo(8), yearsAgo(0, -120), {
      allowanceReview: {
        returnDue: 'PT0S',
        tasks: { 'carer-return': { due: 'P4W', reminderLeadTimes: [], escalateAfterDue: 'PT1S' } },
      },
    });
    await eventually(async () => expect((await rowOf(processId)).stage).toBe('waiting-for-anniversary'));
    await handle.executeUpdate(recordEventUpdate, { args: [{ kind: 'change-of-circumstances', actor: worker }] });
    const returnTask = await openTaskOf(processId, 'carer-return');
    const [task] = await db.query(`SELECT due_at FROM tasks WHERE id = $1`, [returnTask]);
    expect(new Date(task.due_at).toISOString()).toBe(`${isoDaysFromToday(1)}T00:00:00.000Z`);
    // Before the fix the task was due the moment the pack went, and escalated a second later.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const escalated = await db.query(`SELECT 1 FROM audit_events WHERE process_id = $1 AND kind = 'task-escalated'`, [
      processId,
    ]);
    expect(escalated).toHaveLength(0);
    await handle.terminate('test finished');
  });

  it("proposes what the policy gives when it disregards the child's DLA: the return takes benefits by kind (£203.75 a week, not £159.75)", async () => {
    const { handle, processId } = await startReview(yearsAgo(11), yearsAgo(0, -120), {
      allowanceReview: {
        meansTest: { ...DEFAULT_MEANS_TEST_POLICY, childDisabilityBenefits: 'disregarded' },
      },
    });
    const proposed = await reviewNow(
      handle,
      processId,
      {
        earningsPence: 40_000,
        childDisabilityBenefitPence: 11_000,
        otherIncomePence: 0,
        familyIncomeSupportRatePence: 15_000,
        housingCostsPence: 10_000,
      },
      { outcome: 'continue' },
    );
    expect(proposed.weeklyAllowancePence).toBe(20_375);
    await handle.terminate('test finished');
  });

  it('a suspended allowance carries its amount through the suspension: continue at the next review pays it again', async () => {
    const { handle, processId } = await startReview(yearsAgo(8), yearsAgo(0, -120));
    await reviewNow(handle, processId, NOTHING_COMING_IN, { outcome: 'suspend' });
    await reviewNow(handle, processId, NOTHING_COMING_IN, { outcome: 'continue' });
    const payments = await eventually(async () => {
      const rows = await paymentsOf(processId);
      expect(rows).toHaveLength(3);
      return rows;
    });
    expect(payments).toEqual([
      { change: 'start', weekly_pence: 16_000 },
      { change: 'suspend', weekly_pence: 0 },
      { change: 'continue', weekly_pence: 16_000 },
    ]);
    await handle.terminate('test finished');
  });

  it('does not calculate an allowance from a year without rates: the proposal must name an amount, and the refusal names the year', async () => {
    // The library's own rates: 2025-26 only.
    const { handle, processId } = await startReview(yearsAgo(8), yearsAgo(0, -120), {
      allowanceReview: { fosteringAllowanceRates: NATIONAL_MINIMUM_ALLOWANCE },
    });
    await eventually(async () => expect((await rowOf(processId)).stage).toBe('waiting-for-anniversary'));
    await handle.executeUpdate(recordEventUpdate, { args: [{ kind: 'change-of-circumstances', actor: worker }] });
    await complete(handle, await openTaskOf(processId, 'carer-return'), worker, 'return-received', NOTHING_COMING_IN);
    const row = await rowOf(processId);
    // The default policy holds 2025-26 only; before the fix its rates were reused for any later year.
    const year = fosteringYearOf(row.data.currentReview.anniversary);
    expect(row.data.assessment.problem).toContain(`No national minimum fostering allowance is recorded for ${year}`);
    const proposal = await openTaskOf(processId, 'allowance-proposal');
    await expectRefusal(complete(handle, proposal, proposer, 'propose'), ErrorType.RuleRefused, new RegExp(year));
    await complete(handle, proposal, proposer, 'propose', { weeklyAllowancePence: 19_400 });
    await eventually(async () => expect((await rowOf(processId)).data.proposal.weeklyAllowancePence).toBe(19_400));
    await handle.terminate('test finished');
  });

  it('refuses an allowance decision without its reasons (422), and the decision letter states them', async () => {
    const { handle, processId } = await startReview(yearsAgo(8), yearsAgo(0, -120));
    await eventually(async () => expect((await rowOf(processId)).stage).toBe('waiting-for-anniversary'));
    await handle.executeUpdate(recordEventUpdate, { args: [{ kind: 'change-of-circumstances', actor: worker }] });
    await complete(handle, await openTaskOf(processId, 'carer-return'), worker, 'return-received', NOTHING_COMING_IN);
    await complete(handle, await openTaskOf(processId, 'allowance-proposal'), proposer, 'propose');
    const decision = await openTaskOf(processId, 'allowance-decision');
    await expectRefusal(
      complete(handle, decision, decider, 'vary', { weeklyAllowancePence: 12_000 }),
      ErrorType.MissingTaskData,
      /reasons/,
    );
    await complete(handle, decision, decider, 'vary', {
      weeklyAllowancePence: 12_000,
      reasons: 'The guardian now receives a pension',
    });
    const letter = await eventually(async () => {
      const [row] = await db.query(`SELECT body FROM documents WHERE process_id = $1 AND kind = 'allowance-decision'`, [
        processId,
      ]);
      expect(row).toBeDefined();
      return row.body as string;
    });
    expect(letter).toContain('Our reasons: The guardian now receives a pension');
    await handle.terminate('test finished');
  });

  it('ends the allowance when the child leaves the guardian', async () => {
    const { handle, processId } = await startReview(yearsAgo(8), yearsAgo(0, -120));
    await eventually(async () => expect((await rowOf(processId)).stage).toBe('waiting-for-anniversary'));
    await handle.executeUpdate(recordEventUpdate, {
      args: [{ kind: 'child-moved', actor: worker, data: { leftOn: yearsAgo(0) } }],
    });
    expect(await handle.result()).toMatchObject({ status: 'completed', outcome: 'child-left-guardian' });
    const [row] = await db.query(`SELECT kind FROM documents WHERE process_id = $1 AND kind = 'allowance-ended'`, [
      processId,
    ]);
    expect(row).toEqual({ kind: 'allowance-ended' });
  });

  const kentEhcpPolicy = {
    allowanceReview: {
      meansTest: { ...DEFAULT_MEANS_TEST_POLICY, over18Continuation: 'full-time-education-or-training-with-ehcp' },
    },
  };

  it("reaches Kent's EHCP variant: with an EHCP recorded on the evidence task the allowance carries on past 18 in education", async () => {
    const { handle, processId } = await startReview(yearsAgo(18), yearsAgo(3), kentEhcpPolicy);
    const lastDayOfCourse = isoDaysFromToday(500);
    await complete(handle, await openTask(handle), worker, 'in-full-time-education-or-training', {
      lastDayOfCourse,
      hasEhcp: true,
    });
    const row = await eventually(async () => {
      const r = await rowOf(processId);
      expect(r.stage).toBe('waiting-for-anniversary');
      return r;
    });
    expect(row).toMatchObject({ status: 'active', data: { education: { lastDayOfCourse, hasEhcp: true } } });
    await handle.terminate('test finished');
  });

  it("under Kent's EHCP variant ends the allowance at 18 for a young person in education without an EHCP", async () => {
    const { handle } = await startReview(yearsAgo(18), yearsAgo(3), kentEhcpPolicy);
    await complete(handle, await openTask(handle), worker, 'in-full-time-education-or-training', {
      lastDayOfCourse: isoDaysFromToday(500),
      hasEhcp: false,
    });
    expect(await handle.result()).toMatchObject({ status: 'completed', outcome: 'eighteenth-birthday' });
  });

  it('a suspended allowance does not carry on past 18 (reg 2(2): payable just before the birthday), even in full-time education', async () => {
    const suspended: AllowanceCarry = {
      reviewNumber: 2,
      weeklyAllowancePence: 16_000,
      suspended: true,
      educationChecked: false,
    };
    const { handle, processId } = await startReview(yearsAgo(18), yearsAgo(3), {}, suspended);
    await complete(handle, await openTask(handle), worker, 'in-full-time-education-or-training', {
      lastDayOfCourse: isoDaysFromToday(500),
    });
    expect(await handle.result()).toMatchObject({ status: 'completed', outcome: 'eighteenth-birthday' });
    expect((await rowOf(processId)).data.endedOn).toBe(yearsAgo(0));
  });

  it('evidence recorded after the 18th birthday does not back-date the end: the allowance ends the day it is recorded', async () => {
    // Turned 18 ten days ago; the evidence comes in only today.
    const { handle, processId } = await startReview(yearsAgo(18, -10), yearsAgo(3));
    await complete(handle, await openTask(handle), worker, 'not-in-education-or-training');
    expect(await handle.result()).toMatchObject({ status: 'completed', outcome: 'eighteenth-birthday' });
    const [ended] = await db.query(
      `SELECT to_char(effective_date, 'YYYY-MM-DD') AS effective FROM allowance_payments WHERE process_id = $1 AND change = 'end'`,
      [processId],
    );
    // Before the fix it ended on the birthday, ten days already paid for.
    expect(ended).toEqual({ effective: yearsAgo(0) });
  });

  it('enforces the Kinship Zone 3-year limit: a review on the third anniversary of the order does not calculate the flat allowance', async () => {
    // The third anniversary is 20 days away, inside the pack lead time, so that review starts at once.
    const { handle, processId } = await startReview(yearsAgo(8), yearsAgo(3, 20), {
      allowanceReview: { meansTest: DEFAULT_KINSHIP_ZONE_POLICY },
    });
    await complete(handle, await openTaskOf(processId, 'carer-return'), worker, 'return-received', NOTHING_COMING_IN);
    const row = await eventually(async () => {
      const r = await rowOf(processId);
      expect(r.stage).toBe('proposal');
      return r;
    });
    expect(row.data.assessment.problem).toMatch(/Kinship Zone allowance claimed from .* could be claimed only until/);
    await handle.terminate('test finished');
  });

  it("takes the baseline from the council's own fostering allowance by year (B v Lewisham), not the national minimum", async () => {
    // The council pays £300 a week for an 8-year-old; the NMA (rest of England, 5-10) is £194.
    const council = [2025, 2026, 2027, 2028].map((year) => ({
      financialYear: `${year}-${String((year + 1) % 100).padStart(2, '0')}`,
      source: 'test: council rates',
      weeklyPence: { '0-2': 25_000, '3-4': 26_000, '5-10': 30_000, '11-15': 32_000, '16-17': 35_000 },
    }));
    const { handle, processId } = await startReview(yearsAgo(8), yearsAgo(0, -120), {
      allowanceReview: { councilFosteringAllowance: council },
    });
    const proposed = await reviewNow(handle, processId, NOTHING_COMING_IN, { outcome: 'continue' });
    expect(proposed.weeklyAllowancePence).toBe(30_000);
    expect((await rowOf(processId)).data.assessment.baseline).toMatchObject({
      source: 'local-fostering-allowance',
      pence: 30_000,
    });
    await handle.terminate('test finished');
  });

  it("reassesses on the day the former foster carers' fee ends (order + 2 years): the fee is paid until then, and continue drops it", async () => {
    // The order was 2 years ago less 20 days: the fee ends in 20 days, inside the pack lead time.
    const orderDate = yearsAgo(2, 20);
    const { handle, processId } = await startReview(yearsAgo(8), orderDate, {}, undefined, {
      formerFosterCarer: true,
      remunerationPence: 9_000,
    });
    await complete(handle, await openTaskOf(processId, 'carer-return'), worker, 'return-received', NOTHING_COMING_IN);
    const row = await rowOf(processId);
    const endsOn = `${Number(orderDate.slice(0, 4)) + 2}${orderDate.slice(4)}`;
    expect(row.data.currentReview).toMatchObject({ reason: 'transitional-remuneration-ends', anniversary: endsOn });
    expect(row.data.assessment.transitionalRemuneration).toMatchObject({ payable: false, endsOn });
    await complete(handle, await openTaskOf(processId, 'allowance-proposal'), proposer, 'propose');
    await complete(handle, await openTaskOf(processId, 'allowance-decision'), decider, 'continue', {
      reasons: 'The transitional fee ends two years after the order',
    });
    const payments = await eventually(async () => {
      const rows = await paymentsOf(processId);
      expect(rows).toHaveLength(2);
      return rows;
    });
    // £160 allowance plus the £90 fee from the order; from the end date the £160 alone.
    expect(payments).toEqual([
      { change: 'start', weekly_pence: 25_000 },
      { change: 'continue', weekly_pence: 16_000 },
    ]);
    await handle.terminate('test finished');
  });
});
