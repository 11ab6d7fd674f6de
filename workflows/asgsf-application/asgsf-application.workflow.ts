import { patched } from '@temporalio/workflow';
import {
  SYSTEM_ACTOR,
  addIsoDuration,
  addWorkingDays,
  asgsfTasks,
  checkApplicationTiming,
  dateToInstant,
  financialYearOf,
  instantToDate,
  type AsgsfFacts,
  type ProcessStart,
  type ProcessSummary,
} from '../../libs/domain/src';
import { mail, records } from '../shared/activities';
import { workflowNow } from '../shared/clock';
import { ProcessRuntime } from '../shared/process-runtime';
import {
  acceptTherapyEvents,
  applicationDocument,
  approvedAmount,
  checkDecision,
  checkQuote,
  checkSubmissionDate,
  type Therapy,
} from './asgsf-rules';

/** Patch: date-only deadlines (application window, fund decision) fall due at the end of their last day. */
export const DATE_ONLY_DEADLINES_END_OF_DAY = 'date-only-deadlines-end-of-day';

/** Patch: the funding year is the application's, and the therapy must end before the young person ages out. */
export const ASGSF_FUNDING_YEAR_OF_APPLICATION = 'asgsf-funding-year-of-application';

/** Patch: a refused application (by the manager or the fund) sends the family a letter stating the reasons. */
export const ASGSF_REFUSAL_LETTER = 'asgsf-refusal-letter';

/** Patch: a late or retrospective application is refused, and a council top-up above the limit can be recorded. */
export const ASGSF_APPLICATION_TIMING_AND_TOP_UP = 'asgsf-application-timing-and-top-up';

export type AsgsfApplicationInput = ProcessStart<AsgsfFacts>;

/**
 * An application to the Adoption and Special Guardianship Support Fund and the therapy it pays for
 * (domain.md §2.3): assessment of need (its date starts the application clock), manager approval,
 * the provider's quote (approved providers only, within the fair access limit and the funding year),
 * the anonymised application, the fund's decision (due in 20 working days), commissioning, sessions
 * and monthly claims, and the end-of-therapy review.
 */
export async function asgsfApplicationWorkflow(input: AsgsfApplicationInput): Promise<ProcessSummary> {
  const rt = new ProcessRuntime('asgsf-application', input, 'assessment-of-need');
  input = rt.input;
  const policy = input.policy.asgsf;
  const tasks = policy.tasks;
  const therapy: Therapy = { active: false, approvedPence: 0, claimedPence: 0, sessions: 0, claims: 0 };
  acceptTherapyEvents(rt, therapy);

  return rt.run(async () => {
    const assessment = await rt.awaitTask(asgsfTasks.assessmentOfNeed(), tasks['assessment-of-need']);
    rt.data.assessmentDate = assessment.data.assessmentDate;
    if (assessment.outcome === 'no-therapy-needed') {
      await rt.close('completed', 'no-therapy-needed');
      return;
    }
    // The application must go in within the window from the assessment; the manager hears before it closes.
    const lastDayToApply = addIsoDuration(dateToInstant(assessment.data.assessmentDate), policy.applicationWindow);
    // A date-only deadline passes at the end of its last day, not at 00:00 of it.
    const endOfDay = patched(DATE_ONLY_DEADLINES_END_OF_DAY);
    let applicationDue: Date | undefined = endOfDay ? addIsoDuration(lastDayToApply, 'P1D') : lastDayToApply;
    let applicationVersion = 0;
    rt.data.applicationDueDate = instantToDate(lastDayToApply);
    rt.watchDeadline(
      'application-window',
      () => applicationDue,
      () => applicationVersion,
      policy.applicationWindowWarning,
      'ASGSF application window',
    );

    const approval = await rt.awaitTask(asgsfTasks.managerApproval(assessment.actor.sub), tasks['manager-approval']);
    if (approval.outcome === 'not-approved') {
      await refusalLetter(rt, input, 'not-approved', approval.data.reasons);
      await rt.close('completed', 'not-approved');
      return;
    }

    const context = await records.loadAsgsfQuoteContext({
      childId: input.childId,
      excludingProcessId: input.processId,
    });
    // The application is made in the funding year of the day its quote is recorded: therapy begun
    // last year may continue on it (domain.md §2.2). Cases quoted before this took the quote's start
    // date's year, and did not check the therapy against the age limit.
    const applying = patched(ASGSF_FUNDING_YEAR_OF_APPLICATION)
      ? { facts: input.facts, financialYear: financialYearOf(instantToDate(workflowNow())) }
      : undefined;
    // Cases quoted before this took late and retrospective applications and had no council top-up.
    const timingAndTopUp = patched(ASGSF_APPLICATION_TIMING_AND_TOP_UP);
    const quoted = await rt.awaitTask(asgsfTasks.providerQuote(), tasks['provider-quote'], {
      check: ({ data }) => checkQuote(data, context, policy.fairAccessLimits, applying, timingAndTopUp),
    });
    const quote = quoted.data;
    const financialYear = applying?.financialYear ?? financialYearOf(quote.startDate);
    Object.assign(rt.data, { quote, financialYear });
    await records.recordAsgsfApplication({
      key: `${input.processId}/application`,
      processId: input.processId,
      body: applicationDocument(input, quote, assessment.data),
    });

    const submission = await rt.awaitTask(asgsfTasks.applicationSubmission(), tasks['application-submission'], {
      check: ({ data }) => {
        checkSubmissionDate(data.submissionDate, policy.decisionWorkingDays);
        if (timingAndTopUp)
          checkApplicationTiming({
            submissionDate: data.submissionDate,
            lastDayToApply: instantToDate(lastDayToApply),
            therapyStartDate: quote.startDate,
            exceptionalReasons: data.exceptionalReasons,
          });
      },
    });
    applicationDue = undefined;
    applicationVersion += 1;
    const { submissionDate } = submission.data;
    const decisionDue = addWorkingDays(submissionDate, policy.decisionWorkingDays);
    Object.assign(rt.data, { submissionDate, decisionDueDate: decisionDue });

    const decision = await rt.awaitTask(asgsfTasks.fundDecision(), tasks['fund-decision'], {
      dueAt: endOfDay ? addIsoDuration(dateToInstant(decisionDue), 'P1D') : dateToInstant(decisionDue),
      check: ({ outcome, data }) => checkDecision(outcome, data, quote, timingAndTopUp),
    });
    if (decision.outcome === 'refused') {
      await refusalLetter(rt, input, 'refused', decision.data.reasons);
      await rt.close('completed', 'refused');
      return;
    }
    therapy.approvedPence = approvedAmount(decision.outcome, decision.data, quote, timingAndTopUp);
    await records.recordAsgsfCommitment({
      key: `${input.processId}/commitment`,
      processId: input.processId,
      childId: input.childId,
      financialYear,
      kind: quote.kind,
      amountPence: therapy.approvedPence,
    });
    const topUp = timingAndTopUp ? (quote.councilTopUpPence ?? 0) : 0;
    if (topUp > 0) {
      // The council's own money: shown on the dashboard, never counted against the fair access limit.
      await records.recordAsgsfCommitment({
        key: `${input.processId}/council-top-up`,
        processId: input.processId,
        childId: input.childId,
        financialYear,
        kind: 'council-top-up',
        amountPence: topUp,
      });
    }
    Object.assign(rt.data, {
      approvedPence: therapy.approvedPence,
      fundDecision: decision.outcome,
      ...(topUp > 0 ? { councilTopUpPence: topUp } : {}),
    });

    const order = await rt.awaitTask(asgsfTasks.commissioning(), tasks.commissioning);
    rt.data.purchaseOrder = order.data.purchaseOrder;
    therapy.active = true;
    const review = await rt.awaitTask(asgsfTasks.therapyReview(), tasks['therapy-review'], {
      dueAt: addIsoDuration(dateToInstant(quote.endDate), 'P1D'),
    });
    therapy.active = false;
    rt.data.outcomeMeasures = review.data.outcomeMeasures;
    await rt.close('completed', 'therapy-completed');
  });
}

/**
 * Tells the family the application will not go ahead, and why: the manager's or the fund's reasons,
 * which the task requires. Cases refused before this sent no letter.
 */
async function refusalLetter(
  rt: ProcessRuntime,
  input: AsgsfApplicationInput,
  by: 'not-approved' | 'refused',
  reasons: string | undefined,
): Promise<void> {
  if (!patched(ASGSF_REFUSAL_LETTER)) return;
  const who =
    by === 'refused'
      ? 'The Adoption and Special Guardianship Support Fund has refused the application'
      : 'We have decided not to apply to the Adoption and Special Guardianship Support Fund';
  await mail.sendLetter({
    key: `${input.processId}/refusal-letter`,
    processId: input.processId,
    childId: input.childId,
    kind: 'asgsf-refused',
    title: 'Your application for therapeutic support',
    body: `Dear {{carers}},\n\n${who} for therapeutic support for {{child}}.\n\nThe reasons: ${reasons ?? 'not recorded'}\n\nIf you think this is wrong, please contact us.`,
    fallbackMailbox: input.policy.mailboxes.manager,
  });
  rt.event(SYSTEM_ACTOR, 'refusal-letter-sent', { data: { by } });
}
