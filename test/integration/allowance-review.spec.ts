import { eventually } from '../support/eventually';
import { RATES_TO_2029 } from '../support/rates';
import { keepHistory } from '../support/histories';
import { childBody } from '../support/http';
import { useTestStack } from '../support/stack';

const today = () => new Date().toISOString().slice(0, 10);
const CARER_EMAIL = 'gran@family.example';
/** Tasks of the review that neither remind nor escalate within a test. */
const FAST = { reminderLeadTimes: [], escalateAfterDue: 'PT1H' };
const RETURN = {
  earningsPence: 30_000,
  benefitsPence: 0,
  otherIncomePence: 0,
  familyIncomeSupportRatePence: 12_000,
  housingCostsPence: 8_000,
};

/**
 * Yearly allowance reviews with the cycle shortened to 40 seconds: packs and letters to the carer
 * over real SMTP, the means test, proposal, representations and decision, continue-as-new between
 * cycles, chasing and suspension, and a worker killed while letters are going out.
 */
describe('allowance reviews', () => {
  const stack = useTestStack('allowance', {
    policy: {
      allowanceReview: {
        cycle: 'PT40S',
        packLeadTime: 'PT36S',
        returnDue: 'PT30S',
        chaseAfter: ['PT2S', 'PT4S'],
        suspendAfter: 'PT6S',
        representationsWindow: 'PT2S',
        fosteringAllowanceRates: RATES_TO_2029,
        tasks: {
          'carer-return': { due: 'PT30S', ...FAST },
          'allowance-proposal': { due: 'PT1H', ...FAST },
          'allowance-decision': { due: 'PT1H', ...FAST },
        },
      },
      mailboxes: { manager: 'managers@test.example', finance_officer: 'finance@test.example' },
    },
    with: async (s) => ({
      finance: await s.api.token('fo-1', ['finance_officer']),
      secondFinance: await s.api.token('fo-2', ['finance_officer']),
    }),
  });

  const as = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];
  const get = async (id: string) =>
    (
      await stack.api.http
        .get(`/processes/${id}`)
        .set(...stack.drive.auth('manager'))
        .expect(200)
    ).body;

  async function startReview(weeklyAllowancePence = 15_000): Promise<{ id: string; childId: string }> {
    const child = await stack.api.http
      .post('/children')
      .set(...stack.drive.auth('socialWorker'))
      .send(
        childBody({
          legalStatus: 'C2',
          carers: [
            {
              carerRef: 'K1',
              firstName: 'Jo',
              lastName: 'Example',
              relationship: 'grandparent',
              isFormerFosterCarer: true,
              email: CARER_EMAIL,
            },
          ],
        }),
      )
      .expect(201);
    const res = await stack.api.http
      .post('/processes/allowance-review')
      .set(...as(stack.finance))
      .send({ childId: child.body.id, orderDate: today(), weeklyAllowancePence })
      .expect(201);
    return { id: res.body.id, childId: child.body.id };
  }

  const letterTo =
    (processId: string, subject: string) => (m: { to: string[]; subject: string; headers: Map<string, unknown> }) =>
      m.to.includes(CARER_EMAIL) && m.subject.includes(subject) && m.headers.get('x-kinship-process') === processId;

  async function complete(processId: string, kind: string, token: string, outcome: string, data?: object) {
    const task = await eventually(async () => {
      const found = (await get(processId)).openTasks.find((t: { kind: string }) => t.kind === kind);
      if (!found) throw new Error(`no open ${kind} task yet`);
      return found;
    }, 45_000);
    const res = await stack.api.http
      .post(`/tasks/${task.id}/complete`)
      .set(...as(token))
      .send({ outcome, data });
    return res;
  }

  async function reviewThrough(processId: string, decision: { outcome: string; data?: object }) {
    expect((await complete(processId, 'carer-return', stack.finance, 'return-received', RETURN)).status).toBe(200);
    const proposed = await complete(processId, 'allowance-proposal', stack.finance, 'propose');
    expect(proposed.status).toBe(200);
    const data = { reasons: 'Circumstances unchanged since the last review', ...decision.data };
    const selfDecided = await complete(processId, 'allowance-decision', stack.finance, decision.outcome, data);
    expect(selfDecided.status).toBe(403);
    expect((await complete(processId, 'allowance-decision', stack.secondFinance, decision.outcome, data)).status).toBe(
      200,
    );
  }

  let cycled: { id: string; childId: string; firstRunId: string };

  it('runs a full cycle: pack by email and as a letter, the return, the means test, a proposal, representations, a decision by another officer, the payment change', async () => {
    const { id, childId } = await startReview();
    const pack = await stack.smtp.waitFor(letterTo(id, 'annual review'), 45_000);
    expect(pack.text).toMatch(/^Dear Jo Example,/);
    expect(pack.text).toContain('Alex Example');
    const documents = await stack.api.http
      .get(`/processes/${id}/documents`)
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(documents.body.items.map((d: { kind: string }) => d.kind)).toContain('review-pack');

    expect((await complete(id, 'carer-return', stack.finance, 'return-received', RETURN)).status).toBe(200);
    const atProposal = await get(id);
    expect(atProposal.stage).toBe('proposal');
    expect(atProposal.data.assessment).toMatchObject({ basis: 'means-tested', weeklyTotalPence: expect.any(Number) });
    expect(atProposal.data.assessment.weeklyTotalPence).toBeLessThanOrEqual(atProposal.data.assessment.baseline.pence);

    expect((await complete(id, 'allowance-proposal', stack.finance, 'propose')).status).toBe(200);
    await stack.smtp.waitFor(letterTo(id, 'Proposed special guardianship allowance'), 15_000);
    const varied = { weeklyAllowancePence: 20_000, reasons: 'Earnings fell when the guardian reduced her hours' };
    const selfDecided = await complete(id, 'allowance-decision', stack.finance, 'vary', varied);
    expect(selfDecided.status).toBe(403);
    expect((await complete(id, 'allowance-decision', stack.secondFinance, 'vary', varied)).status).toBe(200);
    const letter = await stack.smtp.waitFor(letterTo(id, 'Decision on your special guardianship allowance'), 15_000);
    expect(letter.text).toContain('Our reasons: Earnings fell when the guardian reduced her hours');

    const payments = await stack.db.query(
      `SELECT change, weekly_pence FROM allowance_payments WHERE process_id = $1 ORDER BY created_at`,
      [id],
    );
    expect(payments).toEqual([
      { change: 'start', weekly_pence: 15_000 },
      { change: 'vary', weekly_pence: 20_000 },
    ]);
    const after = await eventually(async () => {
      const p = await get(id);
      expect(p).toMatchObject({
        stage: 'waiting-for-anniversary',
        data: { reviewNumber: 1, weeklyAllowancePence: 20_000 },
      });
      return p;
    });
    expect(after.status).toBe('active');
    // The cycle ended by continuing as new: the current run is not the first.
    const described = await stack.temporal.client.workflow.getHandle(`allowance-review/${childId}`).describe();
    const firstRunId = String(described.raw.workflowExecutionInfo?.firstRunId);
    expect(described.runId).not.toBe(firstRunId);
    cycled = { id, childId, firstRunId };
  });

  it('carries on into a second cycle after continuing as new, with nothing written twice', async () => {
    const { id, childId } = cycled;
    await eventually(() => expect(stack.smtp.messages.filter(letterTo(id, 'annual review'))).toHaveLength(2), 45_000);
    await reviewThrough(id, { outcome: 'continue' });
    await eventually(async () => expect((await get(id)).data.reviewNumber).toBe(2), 15_000);

    const timeline = (
      await stack.api.http
        .get(`/processes/${id}/timeline`)
        .set(...stack.drive.auth('manager'))
        .expect(200)
    ).body;
    expect(timeline.filter((e: { kind: string }) => e.kind === 'review-started')).toHaveLength(2);
    expect(timeline.filter((e: { kind: string }) => e.kind === 'process-started')).toHaveLength(1);
    const taskIds = timeline
      .filter((e: { kind: string }) => e.kind === 'task-opened')
      .map((e: { taskId: string }) => e.taskId);
    expect(new Set(taskIds).size).toBe(taskIds.length);
    const payments = await stack.db.query(
      `SELECT change, weekly_pence FROM allowance_payments WHERE process_id = $1 ORDER BY created_at`,
      [id],
    );
    expect(payments.map((p: { change: string }) => p.change)).toEqual(['start', 'vary', 'continue']);
    await keepHistory(stack.temporal.client, `allowance-review/${childId}`, 'allowance-review-second-cycle');
    await stack.temporal.client.workflow.getHandle(`allowance-review/${childId}`).terminate('test finished');
  });

  it('chases a carer who sends nothing back, then suspends the allowance', async () => {
    const { id } = await startReview();
    await stack.smtp.waitFor(letterTo(id, 'annual review'), 45_000);
    await eventually(
      () =>
        expect(
          stack.smtp.messages.filter(letterTo(id, 'Reminder: special guardianship allowance review')),
        ).toHaveLength(2),
      15_000,
    );
    await stack.smtp.waitFor(letterTo(id, 'is suspended'), 15_000);
    await eventually(async () => {
      const p = await get(id);
      expect(p.data.suspended).toBe(true);
      expect(p.openTasks.map((t: { kind: string }) => t.kind)).toEqual(['carer-return']);
    });
    const [suspension] = await stack.db.query(
      `SELECT change, weekly_pence FROM allowance_payments WHERE process_id = $1 AND change = 'suspend'`,
      [id],
    );
    expect(suspension).toEqual({ change: 'suspend', weekly_pence: 0 });
    await keepHistory(
      stack.temporal.client,
      `allowance-review/${(await get(id)).childId}`,
      'allowance-review-suspended',
    );
    await stack.api.http
      .post(`/processes/${id}/withdraw`)
      .set(...stack.drive.auth('manager'))
      .send({ reason: 'test finished' })
      .expect(200);
  });

  it('sends each letter exactly once when the worker is killed in the middle of sending one', async () => {
    // The mail server holds its reply to the review pack while the worker is killed: the send
    // never completed, so the retried step must send it, and only it, once.
    const packInFlight = stack.smtp.holdNextAcceptance(3_000);
    const { id } = await startReview();
    expect((await packInFlight).subject).toContain('annual review');
    await stack.worker.kill();
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    await stack.worker.start();
    await stack.smtp.waitFor(letterTo(id, 'is suspended'), 45_000);
    await eventually(async () => {
      const recorded: { message_id: string; sent_at: Date | null }[] = await stack.db.query(
        `SELECT message_id, sent_at FROM notifications WHERE process_id = $1`,
        [id],
      );
      const arrived = stack.smtp.messages
        .filter((m) => m.headers.get('x-kinship-process') === id)
        .map((m) => m.messageId);
      // The pack, two chases and the suspension letter: each recorded once, each arrived once.
      expect(recorded).toHaveLength(4);
      expect(recorded.every((r) => r.sent_at !== null)).toBe(true);
      expect(arrived.sort()).toEqual(recorded.map((r) => r.message_id).sort());
    });
    expect(stack.smtp.messages.filter(letterTo(id, 'annual review'))).toHaveLength(1);
    await stack.api.http
      .post(`/processes/${id}/withdraw`)
      .set(...stack.drive.auth('manager'))
      .send({ reason: 'test finished' })
      .expect(200);
  });

  it('lists reviews falling due with their state, and refuses bad starts', async () => {
    const { id, childId } = await startReview();
    const dashboard = await stack.api.http
      .get(`/dashboard/reviews?from=${today()}&to=${today()}`)
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(dashboard.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ processId: id, nextAnniversary: today(), status: 'active' })]),
    );
    expect(
      (await stack.api.http.get('/dashboard/reviews?from=2027-01-01&to=2026-01-01').set(...stack.drive.auth('manager')))
        .status,
    ).toBe(400);

    const second = await stack.api.http
      .post('/processes/allowance-review')
      .set(...as(stack.finance))
      .send({ childId, orderDate: today(), weeklyAllowancePence: 1 });
    expect(second.status).toBe(409);
    const missing = await stack.api.http
      .post('/processes/allowance-review')
      .set(...as(stack.finance))
      .send({ childId });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/orderDate/);
    expect(missing.body.message).toMatch(/weeklyAllowancePence/);
    const future = await stack.api.http
      .post('/processes/allowance-review')
      .set(...as(stack.finance))
      .send({ childId, orderDate: '2099-01-01', weeklyAllowancePence: 1 });
    expect(future.status).toBe(422);
    expect(
      (
        await stack.api.http
          .post('/processes/sgo-conversion')
          .set(...as(stack.finance))
          .send({ childId })
      ).status,
    ).toBe(403);
    await stack.api.http
      .post(`/processes/${id}/withdraw`)
      .set(...stack.drive.auth('manager'))
      .send({ reason: 'test finished' })
      .expect(200);
  });
});
