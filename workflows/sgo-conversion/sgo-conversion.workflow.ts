import {
  CONVERSION_CATEGORIES,
  SYSTEM_ACTOR,
  addIsoDuration,
  conversionReasonCode,
  dateToInstant,
  sgoTasks,
  type ConversionCategory,
  type ConversionFacts,
  type ProcessStart,
  type ProcessSummary,
} from '../../libs/domain/src';
import { records } from '../shared/activities';
import { workflowNow } from '../shared/clock';
import { ProcessRuntime } from '../shared/process-runtime';

export type SgoConversionInput = ProcessStart<ConversionFacts>;

/**
 * Converts a child's care order to a Special Guardianship Order (domain.md §1.2): screening, carer
 * discussion, SGO panel, care-plan change, notice, court report, support and money, legal planning,
 * court, and the end of the care episode with its SSDA903 code. The manager is reminded to review
 * the timetable every 14 days (policy) while the case is open.
 */
export async function sgoConversionWorkflow(input: SgoConversionInput): Promise<ProcessSummary> {
  const rt = new ProcessRuntime('sgo-conversion', input, 'screening');
  const policy = input.policy.sgoConversion;
  const tasks = policy.tasks;

  return rt.run(async () => {
    rt.repeatEvery(policy.timetableReviewInterval, async (occurrence) => {
      await rt.notify(`timetable-review/${occurrence}`, { role: 'manager' }, 'timetable-review', 'Conversion timetable review due',
        `The fortnightly timetable review is due for this conversion, now at stage "${rt.stage}".`);
      rt.event(SYSTEM_ACTOR, 'timetable-review-due', { data: { occurrence } });
      await rt.project();
    });

    if (!(await agreeToConvert(rt, input))) return;

    const notice = await rt.awaitTask(sgoTasks.noticeOfIntention(), tasks['notice-of-intention']);
    const reportDue = addIsoDuration(dateToInstant(notice.data!.noticeDate as string), policy.reportDueAfterNotice);
    rt.data.noticeDate = notice.data!.noticeDate;
    rt.data.reportDueDate = reportDue.toISOString().slice(0, 10);

    for (;;) {
      const report = await rt.awaitTask(sgoTasks.courtReport(), tasks['court-report'], { dueAt: reportDue });
      const signOff = await rt.awaitTask(sgoTasks.courtReportSignOff(report.actor.sub), tasks['court-report-sign-off']);
      if (signOff.outcome === 'approved') break;
    }

    await rt.awaitTask(sgoTasks.supportPlan(), tasks['support-plan']);
    const money = await rt.awaitTask(sgoTasks.financialAssessment(), tasks['financial-assessment']);
    rt.data.weeklyAllowancePence = money.data?.weeklyAllowancePence ?? 0;

    const application = await rt.awaitTask(sgoTasks.legalPlanning(), tasks['legal-planning']);
    rt.data.applicationDate = application.data!.applicationDate;

    const court = await rt.awaitTask(sgoTasks.courtOutcome(), tasks['court-outcome'], {
      // Refuses an order the SSDA903 rules would reject before the workflow accepts it.
      check: ({ outcome, data }) => {
        if (outcome === 'sgo-made' || outcome === 'cao-made') {
          conversionReasonCode(input.facts, outcome === 'sgo-made' ? 'sgo' : 'cao', data!.orderDate as string);
        }
      },
    });
    await endCareEpisode(rt, input, court.outcome, court.data?.orderDate as string | undefined);
  });
}

/**
 * Screening, carer discussion, panel and care-plan review, repeated until the case is ready for the
 * carers' notice. Returns false when the case has closed instead.
 */
async function agreeToConvert(rt: ProcessRuntime, input: SgoConversionInput): Promise<boolean> {
  const policy = input.policy.sgoConversion;
  const tasks = policy.tasks;
  const waitToRescreen = () => rt.sleepUntil(addIsoDuration(workflowNow(), policy.rescreenAfter));
  for (;;) {
    const screening = await rt.awaitTask(sgoTasks.screening(), tasks.screening);
    rt.category = screening.outcome as ConversionCategory;
    rt.data.categoryLabel = CONVERSION_CATEGORIES[rt.category as ConversionCategory];
    if (rt.category !== 'moving-to-sgo-now') {
      await waitToRescreen();
      continue;
    }

    const discussion = await rt.awaitTask(sgoTasks.carerDiscussion(), tasks['carer-discussion']);
    rt.data.barriers = discussion.data?.barriers ?? [];
    if (discussion.outcome === 'carers-decline') {
      await rt.close('completed', 'carers-declined');
      return false;
    }
    if (discussion.outcome === 'more-work-needed') {
      rt.category = 'further-work-with-carers';
      await waitToRescreen();
      continue;
    }

    for (;;) {
      const panel = await rt.awaitTask(sgoTasks.panelDecision(discussion.actor.sub), tasks['panel-decision']);
      if (panel.outcome === 'not-suitable') {
        await rt.close('completed', 'not-suitable');
        return false;
      }
      if (panel.outcome === 'recommend') break;
      await rt.sleepUntil(dateToInstant(panel.data!.nextPanelDate as string));
    }

    const review = await rt.awaitTask(sgoTasks.carePlanReview(), tasks['care-plan-review']);
    if (review.outcome === 'care-plan-changed') return true;
    await waitToRescreen();
  }
}

/** The court's outcome ends the care episode (SSDA903) and, for an SGO, hands the family on. */
async function endCareEpisode(rt: ProcessRuntime, input: SgoConversionInput, courtOutcome: string, orderDate?: string): Promise<void> {
  if (courtOutcome !== 'sgo-made' && courtOutcome !== 'cao-made') {
    await rt.close('completed', courtOutcome);
    return;
  }
  const order = courtOutcome === 'sgo-made' ? 'sgo' : 'cao';
  const reasonCode = conversionReasonCode(input.facts, order, orderDate!);
  await records.closeCareEpisode({ processId: input.processId, childId: input.childId, dateCeased: orderDate!, reasonCode });
  rt.data.orderDate = orderDate;
  rt.data.reasonEpisodeCeased = reasonCode;
  rt.event(SYSTEM_ACTOR, 'care-episode-ended', { data: { reasonCode, dateCeased: orderDate } });
  if (order === 'sgo') {
    await records.recordSgoHandOff({ processId: input.processId, childId: input.childId, orderDate: orderDate! });
    rt.event(SYSTEM_ACTOR, 'allowance-review-hand-off', {
      notes: 'Child marked previously looked after (ASGSF). The allowance review is recorded as due to start from the order date.',
      data: { orderDate },
    });
  }
  await rt.close('completed', order);
}
