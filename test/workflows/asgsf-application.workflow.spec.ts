import { ErrorType, Role, type Actor } from '../../libs/domain/src';
import { eventually } from '../support/eventually';
import { expectRefusal, useWorkflowWorker } from '../support/workflow-worker';

const socialWorker: Actor = { sub: 'sw-asgsf', name: 'Sam', roles: [Role.SocialWorker] };
const manager: Actor = { sub: 'mgr-asgsf', name: 'Morgan', roles: [Role.Manager] };
const FACTS = { dateOfBirth: '2015-01-01', ehcp: false };
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The ASGSF application workflow on the real server with real activities and no API: the quote
 * and decision rules in the update validator, the path from a part approval to commissioning, and
 * the fund-decision alarm, with the escalation policy in seconds instead of waiting for a day.
 */
describe('ASGSF application workflow', () => {
  const wf = useWorkflowWorker('asgsf-wf');
  let providerId: string;

  beforeAll(async () => {
    [{ id: providerId }] = await wf.env.db.query(
      `INSERT INTO asgsf_providers (name, therapy_types) VALUES ($1, '{theraplay}') RETURNING id`,
      [`Workflow Therapy ${Date.now()}`],
    );
  });

  const quote = (overrides: Record<string, unknown> = {}) => ({
    providerId,
    kind: 'therapy',
    therapyType: 'theraplay',
    sessions: 10,
    costPence: 200_000,
    // After every submission these tests make: an application goes in before the therapy starts.
    startDate: '2027-01-04',
    endDate: '2027-03-15',
    ...overrides,
  });

  /** A started application taken through assessment and approval, waiting for the provider's quote. */
  async function atQuote(policy: object = {}, facts: typeof FACTS = FACTS) {
    const started = await wf.start('asgsf-application', facts, policy);
    const { handle, processId } = started;
    await wf.complete(handle, await wf.openTask(processId, 'assessment-of-need'), socialWorker, 'therapy-recommended', {
      assessmentDate: daysAgo(50),
      recommendation: 'Theraplay to build attachment',
    });
    await wf.complete(handle, await wf.openTask(processId, 'manager-approval'), manager, 'approved');
    return { ...started, quoteTask: await wf.openTask(processId, 'provider-quote') };
  }

  async function atDecision(submissionDate: string, policy: object = {}) {
    const started = await atQuote(policy);
    const { handle, processId, quoteTask } = started;
    await wf.complete(handle, quoteTask, socialWorker, 'quote-received', quote());
    await wf.complete(handle, await wf.openTask(processId, 'application-submission'), socialWorker, 'submitted', {
      submissionDate,
    });
    return { ...started, decisionTask: await wf.openTask(processId, 'fund-decision') };
  }

  it('refuses a quote from a provider not on the approved list and one over the fair access limit, leaving the workflow where it was', async () => {
    const { handle, quoteTask } = await atQuote();
    const before = await wf.summary(handle);
    await expectRefusal(
      wf.complete(handle, quoteTask, socialWorker, 'quote-received', quote({ providerId: 'not-a-provider' })),
      ErrorType.RuleRefused,
      /not on the council's approved list/,
    );
    await expectRefusal(
      wf.complete(handle, quoteTask, socialWorker, 'quote-received', quote({ costPence: 10_000_000 })),
      ErrorType.RuleRefused,
    );
    expect(await wf.summary(handle)).toEqual(before);
    expect(before).toMatchObject({ stage: 'provider-quote', openTaskIds: [quoteTask] });
    await handle.terminate('test finished');
  });

  it('goes from a part approval to commissioning, committing the amount approved, not the amount quoted', async () => {
    const { handle, processId, decisionTask } = await atDecision(daysAgo(0));
    await expectRefusal(
      wf.complete(handle, decisionTask, manager, 'part-approved', { approvedPence: 200_000 }),
      ErrorType.RuleRefused,
      /less than the £2,000\.00 quoted/,
    );
    const summary = await wf.complete(handle, decisionTask, manager, 'part-approved', { approvedPence: 150_000 });
    expect(summary).toMatchObject({ stage: 'commissioning', status: 'active' });
    const commitments = await wf.env.db.query(`SELECT amount_pence FROM asgsf_commitments WHERE process_id = $1`, [
      processId,
    ]);
    expect(commitments).toEqual([{ amount_pence: 150_000 }]);
    await wf.openTask(processId, 'commissioning');
    await handle.terminate('test finished');
  });

  it("escalates the fund's decision to the managers once it is overdue", async () => {
    // Submitted 40 days ago: the 20 working days are long past, so the alarm is due a second after it opens.
    const { handle, processId, decisionTask } = await atDecision(daysAgo(40), {
      asgsf: { tasks: { 'fund-decision': { reminderLeadTimes: [], escalateAfterDue: 'PT1S' } } },
    });
    const [escalated] = await eventually(async () => {
      const rows: { task_id: string }[] = await wf.env.db.query(
        `SELECT task_id FROM audit_events WHERE process_id = $1 AND kind = 'task-escalated'`,
        [processId],
      );
      expect(rows).toHaveLength(1);
      return rows;
    }, 20_000);
    expect(escalated.task_id).toBe(decisionTask);
    // The alarm warns; it does not decide: the task is still open for the fund's answer.
    expect((await wf.summary(handle)).openTaskIds).toEqual([decisionTask]);
    await handle.terminate('test finished');
  });

  it("refuses a fund refusal recorded without the fund's reasons (422), and the family's letter states them", async () => {
    const { handle, processId, decisionTask } = await atDecision(daysAgo(0));
    await expectRefusal(wf.complete(handle, decisionTask, manager, 'refused'), ErrorType.MissingTaskData, /reasons/);
    await wf.complete(handle, decisionTask, manager, 'refused', { reasons: 'The therapy is not on the fund list' });
    const letter = await eventually(async () => {
      const [row] = await wf.env.db.query(
        `SELECT body FROM documents WHERE process_id = $1 AND kind = 'asgsf-refused'`,
        [processId],
      );
      expect(row).toBeDefined();
      return row.body as string;
    });
    expect(letter).toContain('The reasons: The therapy is not on the fund list');
  });

  it('refuses a manager turning the application down without reasons (422), and the letter states them', async () => {
    const { handle, processId } = await wf.start('asgsf-application', FACTS);
    await wf.complete(handle, await wf.openTask(processId, 'assessment-of-need'), socialWorker, 'therapy-recommended', {
      assessmentDate: daysAgo(5),
      recommendation: 'Theraplay to build attachment',
    });
    const approval = await wf.openTask(processId, 'manager-approval');
    await expectRefusal(wf.complete(handle, approval, manager, 'not-approved'), ErrorType.MissingTaskData, /reasons/);
    await wf.complete(handle, approval, manager, 'not-approved', { reasons: 'Support is already in place via CAMHS' });
    const letter = await eventually(async () => {
      const [row] = await wf.env.db.query(
        `SELECT body FROM documents WHERE process_id = $1 AND kind = 'asgsf-refused'`,
        [processId],
      );
      expect(row).toBeDefined();
      return row.body as string;
    });
    expect(letter).toContain('The reasons: Support is already in place via CAMHS');
  });

  it('refuses a quote for therapy after the young person ages out, though they were eligible when the application started', async () => {
    // With an EHCP the fund covers up to and including 25: this young person turns 26 in 30 days.
    const turns26 = new Date(Date.now() + 30 * 86_400_000);
    turns26.setUTCFullYear(turns26.getUTCFullYear() - 26);
    const { handle, quoteTask } = await atQuote({}, { dateOfBirth: turns26.toISOString().slice(0, 10), ehcp: true });
    await expectRefusal(
      wf.complete(
        handle,
        quoteTask,
        socialWorker,
        'quote-received',
        quote({ startDate: daysAgo(-40), endDate: daysAgo(-100) }),
      ),
      ErrorType.RuleRefused,
      /ages out on/,
    );
    const summary = await wf.complete(
      handle,
      quoteTask,
      socialWorker,
      'quote-received',
      quote({ startDate: daysAgo(-1), endDate: daysAgo(-20) }),
    );
    expect(summary).toMatchObject({ stage: 'application' });
    await handle.terminate('test finished');
  });

  it("takes the funding year from the application, not the quote's start: therapy begun last year continues on this year's application", async () => {
    const { handle, processId, quoteTask } = await atQuote();
    // Started before 1 April of this funding year, ending inside it.
    const yearStarts = Number(daysAgo(0).slice(0, 4)) - (Number(daysAgo(0).slice(5, 7)) < 4 ? 1 : 0);
    const begun = quote({ startDate: `${yearStarts}-03-02`, endDate: `${yearStarts}-06-30` });
    const summary = await wf.complete(handle, quoteTask, socialWorker, 'quote-received', begun);
    expect(summary).toMatchObject({ stage: 'application' });
    const [row] = await wf.env.db.query(`SELECT data FROM processes WHERE id = $1`, [processId]);
    expect(row.data.financialYear).toBe(yearStarts);
    await handle.terminate('test finished');
  });

  it('refuses with 422 a submission date whose 20 working days run past the held bank holidays, naming the year, and stays open', async () => {
    const { handle, processId, quoteTask } = await atQuote();
    await wf.complete(handle, quoteTask, socialWorker, 'quote-received', quote());
    const submissionTask = await wf.openTask(processId, 'application-submission');
    await expectRefusal(
      wf.complete(handle, submissionTask, socialWorker, 'submitted', { submissionDate: '2028-12-20' }),
      ErrorType.RuleRefused,
      /2029/,
    );
    // The workflow did not fail or retry: the same task takes a good date.
    const summary = await wf.complete(handle, submissionTask, socialWorker, 'submitted', {
      submissionDate: daysAgo(0),
    });
    expect(summary).toMatchObject({ stage: 'fund-decision', status: 'active' });
    await handle.terminate('test finished');
  });

  it('a fund decision due today is not overdue today: the date-only deadline falls due at the end of its last day', async () => {
    // With 0 working days the decision is due on the submission day itself, today.
    const { handle, processId, decisionTask } = await atDecision(daysAgo(0), {
      asgsf: {
        decisionWorkingDays: 0,
        tasks: { 'fund-decision': { reminderLeadTimes: [], escalateAfterDue: 'PT1S' } },
      },
    });
    const [task] = await wf.env.db.query(`SELECT due_at FROM tasks WHERE id = $1`, [decisionTask]);
    const tomorrow = new Date(Date.parse(`${daysAgo(0)}T00:00:00Z`) + 86_400_000);
    expect(new Date(task.due_at).toISOString()).toBe(tomorrow.toISOString());
    // Before the fix the escalation fired a second after midnight this morning, so at once.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const escalations = await wf.env.db.query(
      `SELECT 1 FROM audit_events WHERE process_id = $1 AND kind = 'task-escalated'`,
      [processId],
    );
    expect(escalations).toHaveLength(0);
    await handle.terminate('test finished');
  });

  it('refuses a late application, submitted after the application window after the assessment of need closed (422 naming the window), and stays open', async () => {
    // Assessed 50 days ago; a one-month window closed about 20 days ago.
    const { handle, processId, quoteTask } = await atQuote({ asgsf: { applicationWindow: 'P1M' } });
    await wf.complete(handle, quoteTask, socialWorker, 'quote-received', quote());
    const submissionTask = await wf.openTask(processId, 'application-submission');
    await expectRefusal(
      wf.complete(handle, submissionTask, socialWorker, 'submitted', { submissionDate: daysAgo(0) }),
      ErrorType.RuleRefused,
      /ASGSF application window: .* is late/,
    );
    const summary = await wf.complete(handle, submissionTask, socialWorker, 'submitted', {
      submissionDate: daysAgo(25),
    });
    expect(summary).toMatchObject({ stage: 'fund-decision' });
    await handle.terminate('test finished');
  });

  it('refuses a retrospective application (therapy begun before it was submitted) unless the exceptional reasons are recorded', async () => {
    const { handle, processId, quoteTask } = await atQuote();
    await wf.complete(handle, quoteTask, socialWorker, 'quote-received', quote({ startDate: daysAgo(10) }));
    const submissionTask = await wf.openTask(processId, 'application-submission');
    await expectRefusal(
      wf.complete(handle, submissionTask, socialWorker, 'submitted', { submissionDate: daysAgo(0) }),
      ErrorType.RuleRefused,
      /ASGSF retrospective application: the therapy started on/,
    );
    const summary = await wf.complete(handle, submissionTask, socialWorker, 'submitted', {
      submissionDate: daysAgo(0),
      exceptionalReasons: 'Placement at risk of breakdown; therapy could not wait for the fund',
    });
    expect(summary).toMatchObject({ stage: 'fund-decision' });
    await handle.terminate('test finished');
  });

  it('records a council top-up above the fair access limit: the fund is asked for the rest, and the top-up is not counted against the limit', async () => {
    const { handle, processId, quoteTask } = await atQuote();
    // £4,000 of therapy: over the £3,000 limit alone, inside it with the council paying £1,500 itself.
    await expectRefusal(
      wf.complete(handle, quoteTask, socialWorker, 'quote-received', quote({ costPence: 400_000 })),
      ErrorType.RuleRefused,
      /fair access limit/,
    );
    await wf.complete(
      handle,
      quoteTask,
      socialWorker,
      'quote-received',
      quote({ costPence: 400_000, councilTopUpPence: 150_000 }),
    );
    await wf.complete(handle, await wf.openTask(processId, 'application-submission'), socialWorker, 'submitted', {
      submissionDate: daysAgo(0),
    });
    const summary = await wf.complete(handle, await wf.openTask(processId, 'fund-decision'), manager, 'approved');
    expect(summary).toMatchObject({ stage: 'commissioning' });
    const rows = await wf.env.db.query(
      `SELECT kind, amount_pence FROM asgsf_commitments WHERE process_id = $1 ORDER BY kind`,
      [processId],
    );
    expect(rows).toEqual([
      { kind: 'council-top-up', amount_pence: 150_000 },
      { kind: 'therapy', amount_pence: 250_000 },
    ]);
    await handle.terminate('test finished');
  });
});
