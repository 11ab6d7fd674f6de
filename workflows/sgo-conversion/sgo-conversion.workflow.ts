import { ParentClosePolicy, patched, startChild, uuid4 } from '@temporalio/workflow';
import {
  CONVERSION_CATEGORIES,
  DEFAULT_POLICY,
  SYSTEM_ACTOR,
  addIsoDuration,
  checkApplicationAfterNotice,
  checkOrderDate,
  checkPanelDeferral,
  checkScreeningForLegalStatus,
  conversionReasonCode,
  dateToInstant,
  instantToDate,
  processWorkflowId,
  refuse,
  sgoTasks,
  type AllowanceFacts,
  type CompletedTask,
  type ConversionCategory,
  type ConversionFacts,
  type CourtOutcomeData,
  type ProcessStart,
  type ProcessSummary,
} from '../../libs/domain/src';
import { records } from '../shared/activities';
import { workflowNow } from '../shared/clock';
import { ProcessRuntime } from '../shared/process-runtime';
import type { allowanceReviewWorkflow } from '../allowance-review/allowance-review.workflow';
import { acceptConversionEvents, watchProceedings, type Proceedings } from './proceedings';

export type SgoConversionInput = ProcessStart<ConversionFacts>;

/** Patch: date-only deadlines (the proceedings limit, the court report after notice) fall due at the end of their day. */
export const SGO_DATE_ONLY_DEADLINES_END_OF_DAY = 'sgo-date-only-deadlines-end-of-day';

/** Patch: open tasks due by the proceedings deadline (court report, court outcome) move with an extension. */
export const EXTENSIONS_MOVE_OPEN_TASKS = 'extensions-move-open-tasks';

/** Patch: the financial assessment takes the former foster carers' fee, which the allowance carries for 2 years. */
export const CONVERSION_CARRIES_FOSTER_CARER_FEE = 'conversion-carries-foster-carer-fee';

/**
 * Converts a child's care order to a Special Guardianship Order (domain.md §1.2): screening, carer
 * discussion, SGO panel, care-plan change, notice, court report, support and money, legal planning,
 * court, and the end of the care episode with its SSDA903 code. A case already in care proceedings
 * skips the notice and the application, and runs against the 26-week limit instead. The manager is
 * reminded to review the timetable every 14 days (policy) while the case is open.
 */
export async function sgoConversionWorkflow(input: SgoConversionInput): Promise<ProcessSummary> {
  const rt = new ProcessRuntime('sgo-conversion', input, 'screening');
  input = rt.input;
  const policy = input.policy.sgoConversion;
  const tasks = policy.tasks;
  const proceedings: Proceedings = { version: 0 };
  acceptConversionEvents(rt, proceedings, policy.maxProceedingsExtension);

  return rt.run(async () => {
    rt.repeatEvery(policy.timetableReviewInterval, async (occurrence) => {
      await rt.notify(
        `timetable-review/${occurrence}`,
        { role: 'manager' },
        'timetable-review',
        'Conversion timetable review due',
        `The fortnightly timetable review is due for this conversion, now at stage "${rt.stage}".`,
        { id: 'timetable-review', interval: policy.timetableReviewInterval },
      );
      rt.event(SYSTEM_ACTOR, 'timetable-review-due', { data: { occurrence } });
      await rt.project();
    });

    if (!(await agreeToConvert(rt, input, proceedings))) return;
    const inProceedings = proceedings.deadline !== undefined;

    let reportDue = proceedings.deadline;
    if (!inProceedings) {
      const notice = await rt.awaitTask(sgoTasks.noticeOfIntention(), tasks['notice-of-intention']);
      reportDue = addIsoDuration(dateToInstant(notice.data.noticeDate), policy.reportDueAfterNotice);
      rt.data.noticeDate = notice.data.noticeDate;
    }
    rt.data.reportDueDate = instantToDate(reportDue!);
    // In proceedings, the court report and the outcome are due by the 26-week limit: an extension
    // moves their due dates and escalations too. Cases that opened them before this kept theirs.
    const followsProceedings = () =>
      inProceedings && patched(EXTENSIONS_MOVE_OPEN_TASKS)
        ? { follows: { dueAt: () => proceedings.deadline!, version: () => proceedings.version } }
        : {};

    for (;;) {
      const report = await rt.awaitTask(sgoTasks.courtReport(), tasks['court-report'], {
        dueAt: proceedings.deadline ?? reportDue,
        ...followsProceedings(),
        endOfDay: endOfDay(),
      });
      const signOff = await rt.awaitTask(sgoTasks.courtReportSignOff(report.actor.sub), tasks['court-report-sign-off']);
      if (signOff.outcome === 'approved') break;
    }

    const carriesFee = patched(CONVERSION_CARRIES_FOSTER_CARER_FEE);
    const money = await agreeSupportAndMoney(rt, input, carriesFee);
    rt.data.weeklyAllowancePence = money.data.weeklyAllowancePence ?? 0;
    // Transitional remuneration: handed to the allowance review, which pays it to order + 2 years.
    if (carriesFee && money.outcome === 'allowance-proposed' && money.data.fosterCarerFeePence)
      rt.data.fosterCarerFeePence = money.data.fosterCarerFeePence;

    if (!inProceedings) {
      const noticeDate = rt.data.noticeDate as string;
      const application = await rt.awaitTask(sgoTasks.legalPlanning(), tasks['legal-planning'], {
        check: ({ data }) =>
          checkApplicationAfterNotice(noticeDate, data.applicationDate, policy.noticeBeforeApplication),
      });
      rt.data.applicationDate = application.data.applicationDate;
    }

    const court = await rt.awaitTask(sgoTasks.courtOutcome(), tasks['court-outcome'], {
      dueAt: proceedings.deadline,
      ...followsProceedings(),
      endOfDay: inProceedings && endOfDay(),
      // Refuses an order the SSDA903 rules would reject before the workflow accepts it.
      check: ({ outcome, data }) => {
        if (outcome === 'sgo-made' || outcome === 'cao-made') {
          checkOrderDate(input.facts, data.orderDate!);
          conversionReasonCode(input.facts, orderOf(outcome), data.orderDate!, data);
        }
      },
    });
    await endCareEpisode(rt, input, court);
  });
}

/** Whether this case's date-only deadlines fall due at the end of their day (cases begun before kept 00:00). */
const endOfDay = () => patched(SGO_DATE_ONLY_DEADLINES_END_OF_DAY);

/**
 * The support plan, then the financial assessment. Since patch `second-person-approvals` each needs a
 * second person: a manager other than its author approves the plan, and another finance officer or a
 * manager approves a proposed allowance; "changes-needed" sends it back to be done again.
 */
async function agreeSupportAndMoney(
  rt: ProcessRuntime,
  input: SgoConversionInput,
  carriesFee = false,
): Promise<CompletedTask<{ weeklyAllowancePence?: number; fosterCarerFeePence?: number }>> {
  const tasks = input.policy.sgoConversion.tasks;
  if (!patched('second-person-approvals')) {
    await rt.awaitTask(sgoTasks.supportPlan(), tasks['support-plan']);
    return rt.awaitTask(sgoTasks.financialAssessment(), tasks['financial-assessment']);
  }
  // Cases started before the patch captured a policy without these two timings.
  const timing = (kind: 'support-plan-approval' | 'allowance-approval') =>
    tasks[kind] ?? DEFAULT_POLICY.sgoConversion.tasks[kind];
  for (;;) {
    const plan = await rt.awaitTask(sgoTasks.supportPlan(), tasks['support-plan']);
    const approval = await rt.awaitTask(sgoTasks.supportPlanApproval(plan.actor.sub), timing('support-plan-approval'));
    if (approval.outcome === 'approved') break;
  }
  for (;;) {
    const money = await rt.awaitTask(sgoTasks.financialAssessment(), tasks['financial-assessment'], {
      check: ({ data }) => {
        if (carriesFee && data.fosterCarerFeePence && !input.facts.carersAreFormerFosterCarers)
          refuse(
            'fosterCarerFeePence: transitional remuneration is for former foster carers only, and these carers were not the foster carers (domain.md §3.2)',
          );
      },
    });
    if (money.outcome !== 'allowance-proposed') return money;
    const approval = await rt.awaitTask(sgoTasks.allowanceApproval(money.actor.sub), timing('allowance-approval'));
    if (approval.outcome === 'approved') return money;
  }
}

const orderOf = (outcome: string) => (outcome === 'sgo-made' ? 'sgo' : 'cao');

/**
 * Screening, carer discussion, panel and care-plan review, repeated until the case is ready for the
 * court stages. Returns false when the case has closed instead.
 */
async function agreeToConvert(
  rt: ProcessRuntime,
  input: SgoConversionInput,
  proceedings: Proceedings,
): Promise<boolean> {
  const policy = input.policy.sgoConversion;
  const tasks = policy.tasks;
  const waitToRescreen = () => rt.sleepUntil(addIsoDuration(workflowNow(), policy.rescreenAfter), 'rescreen');
  for (;;) {
    const screening = await rt.awaitTask(sgoTasks.screening(), tasks.screening, {
      check: ({ outcome }) => checkScreeningForLegalStatus(input.facts.legalStatus, outcome),
    });
    const category = screening.outcome as ConversionCategory;
    rt.category = category;
    rt.data.categoryLabel = CONVERSION_CATEGORIES[category];
    if (category === 'in-proceedings' && proceedings.deadline === undefined) {
      // The task requires the issue date for this outcome.
      watchProceedings(rt, proceedings, screening.data.proceedingsIssueDate!, policy, endOfDay());
    }
    if (rt.category !== 'moving-to-sgo-now' && rt.category !== 'in-proceedings') {
      await waitToRescreen();
      continue;
    }

    const discussion = await rt.awaitTask(sgoTasks.carerDiscussion(), tasks['carer-discussion']);
    rt.data.barriers = discussion.data.barriers ?? [];
    rt.data.carersConsent = discussion.outcome === 'carers-agree';
    if (discussion.outcome === 'carers-decline') {
      await rt.close('completed', 'carers-declined');
      return false;
    }
    if (discussion.outcome === 'more-work-needed') {
      rt.category = 'further-work-with-carers';
      await waitToRescreen();
      continue;
    }

    const panel = await panelUntilDecided(rt, input, discussion);
    if (panel === 'not-suitable') {
      await rt.close('completed', 'not-suitable');
      return false;
    }

    const review = await rt.awaitTask(sgoTasks.carePlanReview(), tasks['care-plan-review']);
    rt.data.carePlanReviewDate = review.data.reviewDate;
    if (review.outcome === 'care-plan-changed') return true;
    await waitToRescreen();
  }
}

/** The SGO panel, coming back on the date the chair sets each time it defers. */
async function panelUntilDecided(
  rt: ProcessRuntime,
  input: SgoConversionInput,
  proposal: CompletedTask<object>,
): Promise<'recommend' | 'not-suitable'> {
  for (;;) {
    const panel = await rt.awaitTask(
      sgoTasks.panelDecision(proposal.actor.sub),
      input.policy.sgoConversion.tasks['panel-decision'],
      {
        check: ({ outcome, data }) => {
          if (outcome === 'defer') checkPanelDeferral(data.panelDate, data.nextPanelDate!);
        },
      },
    );
    rt.data.panelDate = panel.data.panelDate;
    if (panel.outcome !== 'defer') return panel.outcome as 'recommend' | 'not-suitable';
    // A deferral must name the date the case comes back (the task requires it).
    await rt.sleepUntil(dateToInstant(panel.data.nextPanelDate!), 'next-panel');
  }
}

/** The court's outcome ends the care episode (SSDA903) and, for an SGO, hands the family on. */
async function endCareEpisode(
  rt: ProcessRuntime,
  input: SgoConversionInput,
  court: CompletedTask<CourtOutcomeData>,
): Promise<void> {
  if (court.outcome !== 'sgo-made' && court.outcome !== 'cao-made') {
    await rt.close('completed', court.outcome);
    return;
  }
  const order = orderOf(court.outcome);
  // An order's outcome requires its date.
  const orderDate = court.data.orderDate!;
  const reasonCode = conversionReasonCode(input.facts, order, orderDate, court.data);
  await records.closeCareEpisode({
    processId: input.processId,
    childId: input.childId,
    dateCeased: orderDate,
    reasonCode,
  });
  rt.data.orderDate = orderDate;
  rt.data.reasonEpisodeCeased = reasonCode;
  rt.event(SYSTEM_ACTOR, 'care-episode-ended', { data: { reasonCode, dateCeased: orderDate } });
  if (order === 'sgo') {
    await records.recordSgoHandOff({ processId: input.processId, childId: input.childId, orderDate });
    // Cases that reached this point before allowance reviews existed only recorded the hand-off.
    if (patched('sgo-starts-allowance-review')) {
      await startAllowanceReview(rt, input, orderDate);
    } else {
      rt.event(SYSTEM_ACTOR, 'allowance-review-hand-off', {
        notes:
          'Child marked previously looked after (ASGSF). The allowance review is recorded as due to start from the order date.',
        data: { orderDate },
      });
    }
  }
  await rt.close('completed', order);
}

/**
 * The SGO hands the family on: the guardian's allowance review starts as its own long-lived
 * workflow, which outlives this one. Its read-model row is written first (idempotently); a child
 * who already has an active review keeps it.
 */
async function startAllowanceReview(rt: ProcessRuntime, input: SgoConversionInput, orderDate: string): Promise<void> {
  const reviewId = uuid4();
  const workflowId = processWorkflowId('allowance-review', input.childId);
  const registered = await records.registerProcess({
    processId: reviewId,
    type: 'allowance-review',
    childId: input.childId,
    workflowId,
    startedBy: SYSTEM_ACTOR.sub,
  });
  if (registered) {
    const facts: AllowanceFacts = {
      dateOfBirth: input.facts.dateOfBirth,
      orderDate,
      weeklyAllowancePence: (rt.data.weeklyAllowancePence as number | undefined) ?? 0,
      formerFosterCarer: input.facts.carersAreFormerFosterCarers,
      ...(rt.data.fosterCarerFeePence ? { remunerationPence: rt.data.fosterCarerFeePence as number } : {}),
    };
    await startChild<typeof allowanceReviewWorkflow>('allowanceReviewWorkflow', {
      workflowId,
      args: [{ processId: reviewId, childId: input.childId, startedBy: SYSTEM_ACTOR, policy: input.policy, facts }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
  }
  rt.event(SYSTEM_ACTOR, 'allowance-review-started', {
    notes: registered
      ? 'Child marked previously looked after (ASGSF); the allowance review starts from the order date.'
      : 'The child already has an active allowance review.',
    data: { allowanceReviewId: registered ? reviewId : undefined, orderDate },
  });
}
