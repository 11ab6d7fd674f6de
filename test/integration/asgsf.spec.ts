import { childBody } from '../support/http';
import { keepHistory } from '../support/histories';
import { useTestStack } from '../support/stack';

const yearsAgo = (years: number) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
};

/** ASGSF applications and the therapy they pay for, through HTTP with the real worker. */
describe('ASGSF applications', () => {
  const stack = useTestStack('asgsf', {
    policy: { mailboxes: { manager: 'asgsf-managers@test.example' } },
    with: async (s) => {
      const provider = await s.api.http
        .post('/asgsf/providers')
        .set(...s.drive.auth('manager'))
        .send({ name: `Tees Therapy ${Date.now()}`, therapyTypes: ['theraplay'] })
        .expect(201);
      return { providerId: provider.body.id as string };
    },
  });

  async function child(overrides: Record<string, unknown> = {}): Promise<string> {
    const res = await stack.api.http
      .post('/children')
      .set(...stack.drive.auth('socialWorker'))
      .send(childBody({ previouslyLookedAfter: true, ...overrides }))
      .expect(201);
    return res.body.id;
  }
  const start = (childId: string) =>
    stack.api.http
      .post('/processes/asgsf-application')
      .set(...stack.drive.auth('socialWorker'))
      .send({ childId });
  const quote = (overrides: Record<string, unknown> = {}) => ({
    providerId: stack.providerId,
    kind: 'therapy',
    therapyType: 'theraplay',
    sessions: 10,
    costPence: 200_000,
    // After the submissions below: an application goes in before the therapy starts.
    startDate: '2027-01-04',
    endDate: '2027-03-15',
    ...overrides,
  });

  async function toQuote(childId: string): Promise<string> {
    const { id } = (await start(childId).expect(201)).body;
    await stack.drive.complete(id, {
      kind: 'assessment-of-need',
      as: 'socialWorker',
      outcome: 'therapy-recommended',
      data: { assessmentDate: '2026-11-02', recommendation: 'Theraplay to build attachment' },
    });
    await stack.drive.complete(id, { kind: 'manager-approval', as: 'manager', outcome: 'approved' });
    return id;
  }

  async function refusedQuote(processId: string, data: object) {
    const task = await stack.drive.openTask(processId, 'provider-quote');
    return stack.api.http
      .post(`/tasks/${task.id}/complete`)
      .set(...stack.drive.auth('socialWorker'))
      .send({ outcome: 'quote-received', data });
  }

  it.each([
    ['was not looked after before the order', { previouslyLookedAfter: false }, /previously looked after/i],
    ['is over 21 without an EHCP', { dateOfBirth: yearsAgo(22) }, /21/],
    ['is over 25 with an EHCP', { dateOfBirth: yearsAgo(26), ehcp: true }, /25/],
  ])('refuses with 422, naming the rule, a child who %s', async (_case, overrides, rule) => {
    const res = await start(await child(overrides));
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(rule);
  });

  it('accepts a 23-year-old with an EHCP', async () => {
    const res = await start(await child({ dateOfBirth: yearsAgo(23), ehcp: true }));
    expect(res.status).toBe(201);
  });

  let fundedChild: string;

  it('applies, is part-approved, commissions the therapy, takes claims up to the amount approved, and closes after the review', async () => {
    fundedChild = await child();
    const id = await toQuote(fundedChild);
    await stack.drive.complete(id, {
      kind: 'provider-quote',
      as: 'socialWorker',
      outcome: 'quote-received',
      data: quote(),
    });
    const [application] = await stack.db.query(
      `SELECT body FROM documents WHERE process_id = $1 AND kind = 'asgsf-application'`,
      [id],
    );
    expect(application.body).toMatch(/^Application reference: ASGSF-/);
    expect(application.body).not.toMatch(/Alex|Example/);

    const submitted = await stack.drive.complete(id, {
      kind: 'application-submission',
      as: 'socialWorker',
      outcome: 'submitted',
      data: { submissionDate: '2026-12-18' },
    });
    // 20 working days from Friday 18 December 2026, skipping Christmas, Boxing Day (substitute 28th) and New Year's Day.
    expect(submitted.process.data.decisionDueDate).toBe('2027-01-20');
    const decided = await stack.drive.complete(id, {
      kind: 'fund-decision',
      as: 'socialWorker',
      outcome: 'part-approved',
      data: { approvedPence: 150_000 },
    });
    expect(decided.process.data).toMatchObject({ approvedPence: 150_000, fundDecision: 'part-approved' });
    await stack.drive.complete(id, {
      kind: 'commissioning',
      as: 'manager',
      outcome: 'commissioned',
      data: { purchaseOrder: 'PO-77812' },
    });

    const event = (body: object) =>
      stack.api.http
        .post(`/processes/${id}/events`)
        .set(...stack.drive.auth('socialWorker'))
        .send(body);
    await event({ kind: 'session-delivered', data: { date: '2026-12-03' } }).expect(202);
    await event({ kind: 'monthly-claim', data: { month: '2026-12', amountPence: 60_000 } }).expect(202);
    const tooMuch = await event({ kind: 'monthly-claim', data: { month: '2027-01', amountPence: 100_000 } });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.message).toMatch(/£900.00 left of the £1,500.00 approved/);
    const done = await stack.drive.complete(id, {
      kind: 'therapy-review',
      as: 'socialWorker',
      outcome: 'reviewed',
      data: { outcomeMeasures: 'SDQ down from 24 to 17' },
    });
    expect(done.process).toMatchObject({
      status: 'completed',
      outcome: 'therapy-completed',
      data: { claimedPence: 60_000, sessionsDelivered: 1 },
    });
    await keepHistory(
      stack.temporal.client,
      `asgsf-application/${fundedChild}`,
      'asgsf-application-part-approved-to-close',
    );

    const dashboard = await stack.api.http
      .get('/dashboard/asgsf?financialYear=2026')
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(dashboard.body.financialYear).toBe('2026-27');
    expect(dashboard.body.children).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          childId: fundedChild,
          committedPence: 150_000,
          claimedPence: 60_000,
          limitPence: 300_000,
          leftPence: { therapy: 150_000, assessment: 150_000 },
        }),
      ]),
    );
  });

  it('refuses a second application that would pass the fair access limit, saying how much is left', async () => {
    const id = await toQuote(fundedChild);
    const res = await refusedQuote(id, quote({ costPence: 200_000 }));
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(/£1,500.00 left of the £3,000.00 fair access limit for 2026-27/);
    await stack.drive.complete(id, {
      kind: 'provider-quote',
      as: 'socialWorker',
      outcome: 'quote-received',
      data: quote({ costPence: 150_000 }),
    });
  });

  it('refuses therapy that runs past 31 March of its funding year, and a provider not on the approved list', async () => {
    const id = await toQuote(await child());
    const straddling = await refusedQuote(id, quote({ startDate: '2027-03-01', endDate: '2027-04-15' }));
    expect(straddling.status).toBe(422);
    expect(straddling.body.message).toMatch(/runs past 31 March/);
    const unlisted = await refusedQuote(id, quote({ providerId: '8a1f8c0e-0000-4000-8000-000000000000' }));
    expect(unlisted.status).toBe(422);
    expect(unlisted.body.message).toMatch(/not on the council's approved list/);
  });

  it("tells the manager when the fund's decision is overdue after 20 working days", async () => {
    const id = await toQuote(await child());
    await stack.drive.complete(id, {
      kind: 'provider-quote',
      as: 'socialWorker',
      outcome: 'quote-received',
      data: quote({ costPence: 50_000 }),
    });
    // Submitted in December 2025: 20 working days across Christmas end on 21 January 2026, long past.
    const submitted = await stack.drive.complete(id, {
      kind: 'application-submission',
      as: 'socialWorker',
      outcome: 'submitted',
      data: { submissionDate: '2025-12-19' },
    });
    expect(submitted.process.data.decisionDueDate).toBe('2026-01-21');
    await stack.smtp.waitFor(
      (m) =>
        m.to.includes('asgsf-managers@test.example') &&
        m.subject.includes("Overdue: Record the fund's decision") &&
        m.headers.get('x-kinship-process') === id,
      15_000,
    );
  });

  it("shows a council top-up above the fair access limit on the ASGSF dashboard, beside the fund's money and not against its limit", async () => {
    const toppedUp = await child();
    const id = await toQuote(toppedUp);
    await stack.drive.complete(id, {
      kind: 'provider-quote',
      as: 'socialWorker',
      outcome: 'quote-received',
      data: quote({ costPence: 420_000, councilTopUpPence: 120_000 }),
    });
    await stack.drive.complete(id, {
      kind: 'application-submission',
      as: 'socialWorker',
      outcome: 'submitted',
      data: { submissionDate: '2026-12-18' },
    });
    await stack.drive.complete(id, { kind: 'fund-decision', as: 'socialWorker', outcome: 'approved' });
    const dashboard = await stack.api.http
      .get('/dashboard/asgsf?financialYear=2026')
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(dashboard.body.children).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          childId: toppedUp,
          committedPence: 300_000,
          councilTopUpPence: 120_000,
          leftPence: { therapy: 0, assessment: 0 },
        }),
      ]),
    );
    expect(dashboard.body.totals.councilTopUpPence).toBeGreaterThanOrEqual(120_000);
  });
});
