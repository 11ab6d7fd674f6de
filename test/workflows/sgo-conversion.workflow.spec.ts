import { COURT_REPORT_SECTIONS, ErrorType, Role, type Actor } from '../../libs/domain/src';
import { eventually } from '../support/eventually';
import { expectRefusal, useWorkflowWorker } from '../support/workflow-worker';

const socialWorker: Actor = { sub: 'sw-sgo', name: 'Sam', roles: [Role.SocialWorker] };
const panelChair: Actor = { sub: 'chair-sgo', name: 'Pat', roles: [Role.PanelChair] };
const manager: Actor = { sub: 'mgr-sgo', name: 'Morgan', roles: [Role.Manager] };
const finance: Actor = { sub: 'fo-sgo', name: 'Fran', roles: [Role.FinanceOfficer] };
const FACTS = {
  legalStatus: 'C1',
  placementType: 'U1',
  dateOfBirth: '2015-01-01',
  carersAreFormerFosterCarers: true,
  carersAreRelativesOrFriends: true,
};
const DAY = 86_400_000;
const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);
const midnight = (date: string) => Date.parse(`${date}T00:00:00Z`);
/** Seconds since 00:00 UTC today: a task due at midnight escalates `secondsToNow() + n` seconds after, n seconds from now. */
const secondsToNow = () => Math.ceil((Date.now() - midnight(today())) / 1000);

/**
 * The SGO conversion workflow on the real server with real activities and no API: the care
 * proceedings clock and the tasks due by it, with timings in seconds where a rule needs waiting.
 */
describe('SGO conversion workflow', () => {
  const wf = useWorkflowWorker('sgo-wf');

  /** A case in care proceedings issued `issuedDaysAgo` days ago, taken to its open court-report task. */
  async function atCourtReport(issuedDaysAgo: number, policy: object) {
    const started = await wf.start('sgo-conversion', FACTS, policy);
    const { handle, processId } = started;
    await wf.complete(handle, await wf.openTask(processId, 'screening'), socialWorker, 'in-proceedings', {
      proceedingsIssueDate: daysAgo(issuedDaysAgo),
    });
    await wf.complete(handle, await wf.openTask(processId, 'carer-discussion'), socialWorker, 'carers-agree', {
      discussionDate: daysAgo(3),
    });
    await wf.complete(handle, await wf.openTask(processId, 'panel-decision'), panelChair, 'recommend', {
      panelDate: daysAgo(2),
    });
    await wf.complete(handle, await wf.openTask(processId, 'care-plan-review'), socialWorker, 'care-plan-changed', {
      reviewDate: daysAgo(1),
    });
    return { ...started, reportTask: await wf.openTask(processId, 'court-report') };
  }

  /** A conversion not in proceedings, taken through the notice (given `noticeDate`) to its open legal-planning task. */
  async function atLegalPlanning(
    noticeDate: string,
    money: { outcome: string; data?: Record<string, unknown> } = { outcome: 'no-allowance' },
  ) {
    const started = await wf.start('sgo-conversion', { ...FACTS, legalStatus: 'C2' });
    const { handle, processId } = started;
    await wf.complete(handle, await wf.openTask(processId, 'screening'), socialWorker, 'moving-to-sgo-now');
    await wf.complete(handle, await wf.openTask(processId, 'carer-discussion'), socialWorker, 'carers-agree', {
      discussionDate: daysAgo(3),
    });
    await wf.complete(handle, await wf.openTask(processId, 'panel-decision'), panelChair, 'recommend', {
      panelDate: daysAgo(2),
    });
    await wf.complete(handle, await wf.openTask(processId, 'care-plan-review'), socialWorker, 'care-plan-changed', {
      reviewDate: daysAgo(1),
    });
    await wf.complete(handle, await wf.openTask(processId, 'notice-of-intention'), socialWorker, 'notice-received', {
      noticeDate,
    });
    await wf.complete(handle, await wf.openTask(processId, 'court-report'), socialWorker, 'report-completed', {
      sections: [...COURT_REPORT_SECTIONS],
      recommendation: 'Special guardianship to the grandparents',
    });
    await wf.complete(handle, await wf.openTask(processId, 'court-report-sign-off'), manager, 'approved');
    await wf.complete(handle, await wf.openTask(processId, 'support-plan'), socialWorker, 'support-plan-agreed', {
      supportPlanReviewDate: daysAgo(-90),
    });
    await wf.complete(handle, await wf.openTask(processId, 'support-plan-approval'), manager, 'approved');
    const assessment = await wf.openTask(processId, 'financial-assessment');
    await wf.complete(handle, assessment, finance, money.outcome, money.data);
    if (money.outcome === 'allowance-proposed')
      await wf.complete(handle, await wf.openTask(processId, 'allowance-approval'), manager, 'approved');
    return { ...started, planningTask: await wf.openTask(processId, 'legal-planning') };
  }

  const escalations = (processId: string) =>
    wf.env.db.query(`SELECT 1 FROM audit_events WHERE process_id = $1 AND kind = 'task-escalated'`, [processId]);

  it('an extension moves the open court report, due by the proceedings deadline, to the new deadline, and its escalation with it', async () => {
    // Issued 26 weeks and a day ago: the deadline was yesterday, so the report fell due at 00:00
    // today and escalates 10 seconds from now.
    const { handle, processId, reportTask } = await atCourtReport(183, {
      sgoConversion: {
        tasks: {
          'court-report': { due: 'P3M', reminderLeadTimes: [], escalateAfterDue: `PT${secondsToNow() + 10}S` },
        },
      },
    });
    const [before] = await wf.env.db.query(`SELECT due_at FROM tasks WHERE id = $1`, [reportTask]);
    await wf.recordEvent(handle, 'proceedings-extended', socialWorker, { weeks: 8 });
    const moved = new Date(new Date(before.due_at).getTime() + 56 * DAY).toISOString();
    await eventually(async () => {
      const [task] = await wf.env.db.query(`SELECT due_at FROM tasks WHERE id = $1`, [reportTask]);
      expect(new Date(task.due_at).toISOString()).toBe(moved);
    });
    // Before the fix the report escalated at the old deadline's time, 10 seconds after it opened.
    await new Promise((resolve) => setTimeout(resolve, 15_000));
    expect(await escalations(processId)).toHaveLength(0);
    // The report, once signed off, hands the outcome the same moving deadline.
    await wf.complete(handle, reportTask, socialWorker, 'report-completed', {
      sections: [...COURT_REPORT_SECTIONS],
      recommendation: 'Special guardianship to the grandparents',
    });
    await wf.complete(handle, await wf.openTask(processId, 'court-report-sign-off'), manager, 'approved');
    await handle.terminate('test finished');
  });

  it('refuses with 422 a carer discussion dated after today and a deferral whose next panel is before the panel sat, leaving the task open', async () => {
    const { handle, processId } = await wf.start('sgo-conversion', FACTS);
    await wf.complete(handle, await wf.openTask(processId, 'screening'), socialWorker, 'in-proceedings', {
      proceedingsIssueDate: daysAgo(10),
    });
    const discussion = await wf.openTask(processId, 'carer-discussion');
    await expectRefusal(
      wf.complete(handle, discussion, socialWorker, 'carers-agree', { discussionDate: daysAgo(-1) }),
      ErrorType.InvalidTaskData,
      /discussionDate .* is in the future/,
    );
    await wf.complete(handle, discussion, socialWorker, 'carers-agree', { discussionDate: today() });
    const panel = await wf.openTask(processId, 'panel-decision');
    await expectRefusal(
      wf.complete(handle, panel, panelChair, 'defer', { panelDate: daysAgo(1), nextPanelDate: daysAgo(2) }),
      ErrorType.RuleRefused,
      /nextPanelDate .* is not after panelDate/,
    );
    expect((await wf.summary(handle)).openTaskIds).toEqual([panel]);
    await handle.terminate('test finished');
  });

  it('refuses with 422 an application made less than 3 months after the notice of intention, and takes one made after', async () => {
    const { handle, planningTask } = await atLegalPlanning(daysAgo(30));
    await expectRefusal(
      wf.complete(handle, planningTask, socialWorker, 'application-issued', {
        applicationDate: today(),
        court: 'Teesside',
      }),
      ErrorType.RuleRefused,
      /less than P3M after the notice of intention/,
    );
    const summary = await wf.complete(handle, planningTask, socialWorker, 'application-issued', {
      applicationDate: daysAgo(-70),
      court: 'Teesside',
    });
    expect(summary).toMatchObject({ stage: 'court' });
    await handle.terminate('test finished');
  });

  it('the proceedings deadline and the court report due by it are not overdue on the deadline day: a date-only deadline passes at the end of its day', async () => {
    // Issued exactly 26 weeks ago: the deadline is today.
    const { handle, processId, reportTask } = await atCourtReport(182, {
      sgoConversion: {
        proceedingsDeadline: { reminderLeadTimes: [], escalateAfterDue: 'PT1S' },
        tasks: { 'court-report': { due: 'P3M', reminderLeadTimes: [], escalateAfterDue: 'PT1S' } },
      },
    });
    const tomorrow = new Date(midnight(today()) + DAY).toISOString();
    const [task] = await wf.env.db.query(`SELECT due_at FROM tasks WHERE id = $1`, [reportTask]);
    expect(new Date(task.due_at).toISOString()).toBe(tomorrow);
    const [row] = await wf.env.db.query(`SELECT data, due_dates FROM processes WHERE id = $1`, [processId]);
    expect(row.data.proceedingsDeadline).toBe(today());
    expect(row.due_dates['proceedings-deadline']).toBe(tomorrow);
    // Before the fix both passed a second after 00:00 today, so at once.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const passed = await wf.env.db.query(
      `SELECT kind FROM audit_events WHERE process_id = $1 AND kind IN ('task-escalated', 'deadline-passed')`,
      [processId],
    );
    expect(passed).toEqual([]);
    await handle.terminate('test finished');
  });

  it("carries the former foster carers' fee from the conversion into the allowance until order + 2 years, and schedules the reassessment then", async () => {
    const { handle, processId, childId, planningTask } = await atLegalPlanning(daysAgo(120), {
      outcome: 'allowance-proposed',
      data: { weeklyAllowancePence: 15_000, fosterCarerFeePence: 9_000 },
    });
    await wf.complete(handle, planningTask, socialWorker, 'application-issued', {
      applicationDate: daysAgo(10),
      court: 'Teesside',
    });
    const orderDate = daysAgo(1);
    await wf.complete(handle, await wf.openTask(processId, 'court-outcome'), socialWorker, 'sgo-made', {
      orderDate,
    });
    const review = await eventually(async () => {
      const [row] = await wf.env.db.query(
        `SELECT id, data FROM processes WHERE child_id = $1 AND type = 'allowance-review'`,
        [childId],
      );
      expect(row?.data?.nextAnniversary).toBeDefined();
      return row;
    });
    const twoYearsOn = `${Number(orderDate.slice(0, 4)) + 2}${orderDate.slice(4)}`;
    expect(review.data.transitionalRemuneration).toEqual({ weeklyPence: 9_000, endsOn: twoYearsOn });
    const [start] = await wf.env.db.query(
      `SELECT weekly_pence FROM allowance_payments WHERE process_id = $1 AND change = 'start'`,
      [review.id],
    );
    // Before the fix the fee was never asked for, so the allowance paid £150 and the reviews dropped it.
    expect(start).toEqual({ weekly_pence: 24_000 });
  });

  it('refuses with 422 a foster-carer fee for carers who were not the foster carers, leaving the assessment open', async () => {
    const started = await wf.start('sgo-conversion', {
      ...FACTS,
      legalStatus: 'C2',
      carersAreFormerFosterCarers: false,
    });
    const { handle, processId } = started;
    await wf.complete(handle, await wf.openTask(processId, 'screening'), socialWorker, 'moving-to-sgo-now');
    await wf.complete(handle, await wf.openTask(processId, 'carer-discussion'), socialWorker, 'carers-agree', {
      discussionDate: daysAgo(3),
    });
    await wf.complete(handle, await wf.openTask(processId, 'panel-decision'), panelChair, 'recommend', {
      panelDate: daysAgo(2),
    });
    await wf.complete(handle, await wf.openTask(processId, 'care-plan-review'), socialWorker, 'care-plan-changed', {
      reviewDate: daysAgo(1),
    });
    await wf.complete(handle, await wf.openTask(processId, 'notice-of-intention'), socialWorker, 'notice-received', {
      noticeDate: daysAgo(120),
    });
    await wf.complete(handle, await wf.openTask(processId, 'court-report'), socialWorker, 'report-completed', {
      sections: [...COURT_REPORT_SECTIONS],
      recommendation: 'Special guardianship to the aunt',
    });
    await wf.complete(handle, await wf.openTask(processId, 'court-report-sign-off'), manager, 'approved');
    await wf.complete(handle, await wf.openTask(processId, 'support-plan'), socialWorker, 'support-plan-agreed', {
      supportPlanReviewDate: daysAgo(-90),
    });
    await wf.complete(handle, await wf.openTask(processId, 'support-plan-approval'), manager, 'approved');
    const assessment = await wf.openTask(processId, 'financial-assessment');
    await expectRefusal(
      wf.complete(handle, assessment, finance, 'allowance-proposed', {
        weeklyAllowancePence: 15_000,
        fosterCarerFeePence: 9_000,
      }),
      ErrorType.RuleRefused,
      /former foster carers only/,
    );
    await handle.terminate('test finished');
  });
});
