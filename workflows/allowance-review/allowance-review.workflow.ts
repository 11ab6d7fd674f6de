import { continueAsNew, patched } from '@temporalio/workflow';
import {
  SYSTEM_ACTOR,
  addIsoDuration,
  allowanceEndDate,
  allowanceTasks,
  dateToInstant,
  eighteenthBirthday,
  instantToDate,
  refuse,
  isIsoDate,
  nextCycleAnniversary,
  subtractIsoDuration,
  transitionalRemunerationEnds,
  type AllowanceCarry,
  type AllowanceFacts,
  type ProcessStart,
  type ProcessSummary,
} from '../../libs/domain/src';
import { mail, records } from '../shared/activities';
import { workflowNow } from '../shared/clock';
import { ProcessRuntime, eventRule } from '../shared/process-runtime';
import {
  OVER_18_CONTINUATION_RULES,
  REVIEW_DATE_ONLY_DEADLINES_END_OF_DAY,
  TRANSITIONAL_REMUNERATION_REASSESSMENT,
} from './review-patches';
import { reviewOnce, type ReviewContext } from './review-steps';

export type AllowanceReviewInput = ProcessStart<AllowanceFacts> & { carry?: AllowanceCarry };

/**
 * One special guardian's allowance, reviewed every year on the order's anniversary until it ends
 * (domain.md §3.4): asleep between reviews, continuing as new after each one so its history stays
 * small for the years it lives. It ends at 18 unless the young person is in full-time education
 * or training, when the child leaves the guardian, or when the finance officer decides to end it.
 * A change of circumstances brings a review at once, outside the yearly cycle.
 */
export async function allowanceReviewWorkflow(input: AllowanceReviewInput): Promise<ProcessSummary> {
  const rt = new ProcessRuntime('allowance-review', input, 'waiting-for-anniversary');
  input = rt.input;
  const policy = input.policy.allowanceReview;
  const carry: AllowanceCarry = input.carry ?? {
    reviewNumber: 0,
    weeklyAllowancePence: input.facts.weeklyAllowancePence,
    suspended: false,
    educationChecked: false,
  };
  const signals = { changeOfCircumstances: false, leftOn: undefined as string | undefined, representations: false };
  rt.acceptEvents({
    'change-of-circumstances': { apply: () => void (signals.changeOfCircumstances = true) },
    'child-moved': eventRule<{ leftOn: string }>({
      check: ({ data }) => {
        if (!isIsoDate(data?.leftOn))
          refuse('child-moved needs data.leftOn, the date the child stopped living with the guardian');
      },
      apply: ({ data }) => void (signals.leftOn = data.leftOn),
    }),
    'representations-received': { apply: () => void (signals.representations = true) },
  });
  Object.assign(rt.data, {
    weeklyAllowancePence: carry.weeklyAllowancePence,
    suspended: carry.suspended,
    reviewNumber: carry.reviewNumber,
    orderDate: input.facts.orderDate,
  });
  if (carry.education) rt.data.education = carry.education;

  // Former foster carers' fee, paid on top of the allowance until order + 2 years (domain.md §3.2).
  const fee = input.facts.formerFosterCarer ? (input.facts.remunerationPence ?? 0) : 0;
  const remunerationEnds =
    fee > 0 && patched(TRANSITIONAL_REMUNERATION_REASSESSMENT)
      ? transitionalRemunerationEnds(input.facts.orderDate, policy.meansTest)
      : undefined;
  if (remunerationEnds) rt.data.transitionalRemuneration = { weeklyPence: fee, endsOn: remunerationEnds };

  return rt.run(async () => {
    if (carry.reviewNumber === 0 && !input.continued) {
      // The allowance carries the fee from the start; the amount carried on includes it.
      if (remunerationEnds) carry.weeklyAllowancePence += fee;
      rt.data.weeklyAllowancePence = carry.weeklyAllowancePence;
      await records.recordPaymentChange({
        key: `${input.processId}/start`,
        processId: input.processId,
        childId: input.childId,
        change: 'start',
        weeklyPence: carry.weeklyAllowancePence,
        effectiveDate: input.facts.orderDate,
      });
    }
    const ctx: ReviewContext = { rt, input, carry, signals };
    const lastReviewed = carry.reviewedAnniversary ? new Date(carry.reviewedAnniversary) : undefined;
    const after = lastReviewed && lastReviewed > workflowNow() ? lastReviewed : workflowNow();
    let anniversary = nextCycleAnniversary(input.facts.orderDate, policy.cycle, after);
    // The fee ends 2 years after the order: a reassessment is held that day, in place of (or as)
    // the anniversary review that would come after it.
    const reassessAt = remunerationEnds ? dateToInstant(remunerationEnds) : undefined;
    const transitional = reassessAt !== undefined && reassessAt > after && reassessAt <= anniversary;
    if (transitional) anniversary = reassessAt;
    rt.data.nextAnniversary = anniversary.toISOString();

    const ends = await endOfAllowance(ctx, anniversary);
    if (ends) {
      rt.setStage('allowance-ending');
      const interrupted = await rt.waitUntil(
        dateToInstant(ends.endsOn),
        () => signals.leftOn !== undefined,
        'allowance-ends',
      );
      await endAllowance(
        ctx,
        interrupted ? 'child-left-guardian' : ends.reason,
        interrupted ? signals.leftOn! : ends.endsOn,
      );
      return;
    }

    const packDue = subtractIsoDuration(anniversary, policy.packLeadTime);
    rt.setStage('waiting-for-anniversary');
    await rt.waitUntil(packDue, () => signals.changeOfCircumstances || signals.leftOn !== undefined, 'review-pack');
    if (signals.leftOn !== undefined) {
      await endAllowance(ctx, 'child-left-guardian', signals.leftOn);
      return;
    }
    const reason = signals.changeOfCircumstances
      ? 'change-of-circumstances'
      : transitional
        ? 'transitional-remuneration-ends'
        : 'annual';
    const outcome = await reviewOnce(ctx, anniversary, reason, transitional ? fee : 0);
    if (outcome.ended) {
      await endAllowance(ctx, outcome.ended.reason, outcome.ended.on, outcome.ended.reasons);
      return;
    }

    // An extra review (change of circumstances) leaves the anniversary still to come.
    const reviewedAnniversary =
      reason !== 'change-of-circumstances' ? anniversary.toISOString() : carry.reviewedAnniversary;
    const next: AllowanceCarry = {
      ...carry,
      reviewNumber: carry.reviewNumber + 1,
      weeklyAllowancePence: outcome.weeklyAllowancePence,
      suspended: outcome.suspended,
      reviewedAnniversary,
    };
    rt.event(SYSTEM_ACTOR, 'review-cycle-continued', {
      data: { reviewNumber: next.reviewNumber, weeklyAllowancePence: next.weeklyAllowancePence },
    });
    const continued = await rt.readyToContinue();
    await continueAsNew<typeof allowanceReviewWorkflow>({ ...input, carry: next, continued });
  });
}

/**
 * Whether the allowance ends before this anniversary: at 18, unless evidence shows the young
 * person in full-time education or training (asked for a policy lead time before the birthday).
 */
async function endOfAllowance(
  ctx: ReviewContext,
  anniversary: Date,
): Promise<{ endsOn: string; reason: string } | undefined> {
  const { rt, input, carry } = ctx;
  const policy = input.policy.allowanceReview;
  const birthday = eighteenthBirthday(input.facts.dateOfBirth);
  const askBy = subtractIsoDuration(dateToInstant(birthday), policy.educationEvidenceLeadTime);
  if (askBy > anniversary) return undefined;
  if (!carry.educationChecked) {
    await rt.waitUntil(askBy, () => false, 'education-evidence');
    // Due by the 18th birthday: to the end of that day, for cases that ask after this change.
    const dueBy = patched(REVIEW_DATE_ONLY_DEADLINES_END_OF_DAY)
      ? addIsoDuration(dateToInstant(birthday), 'P1D')
      : dateToInstant(birthday);
    const evidence = await rt.awaitTask(allowanceTasks.educationEvidence(), policy.tasks['education-evidence'], {
      dueAt: new Date(Math.max(dueBy.getTime(), addIsoDuration(workflowNow(), 'PT1S').getTime())),
    });
    carry.educationChecked = true;
    const over18Rules = patched(OVER_18_CONTINUATION_RULES);
    if (over18Rules) carry.educationRecordedOn = instantToDate(workflowNow());
    if (evidence.outcome === 'in-full-time-education-or-training') {
      // The task requires the course's last day for this outcome.
      carry.education = {
        lastDayOfCourse: evidence.data.lastDayOfCourse!,
        ...(over18Rules && evidence.data.hasEhcp !== undefined ? { hasEhcp: evidence.data.hasEhcp } : {}),
      };
      rt.data.education = carry.education;
    }
  }
  // Reviews whose evidence came before these rules: the end as it was computed then.
  const over18Rules = carry.educationRecordedOn !== undefined;
  const end = allowanceEndDate(
    {
      dateOfBirth: input.facts.dateOfBirth,
      fullTimeEducationOrTraining: carry.education,
      // Reg 2(2): the allowance carries on past 18 only if it was payable just before the birthday.
      ...(over18Rules ? { payableImmediatelyBefore18: !carry.suspended } : {}),
    },
    input.policy.allowanceReview.meansTest,
  );
  // Evidence recorded late never ends the allowance on a day already paid for.
  if (over18Rules && end.endsOn < carry.educationRecordedOn!) end.endsOn = carry.educationRecordedOn!;
  return dateToInstant(end.endsOn) <= anniversary ? end : undefined;
}

/** Stops the allowance from a date, tells the carers (with the decision's reasons, when one ended it), and closes the review. */
async function endAllowance(ctx: ReviewContext, reason: string, on: string, reasons?: string): Promise<void> {
  const { rt, input } = ctx;
  await records.recordPaymentChange({
    key: `${input.processId}/end`,
    processId: input.processId,
    childId: input.childId,
    change: 'end',
    weeklyPence: 0,
    effectiveDate: on,
  });
  await mail.sendLetter({
    key: `${input.processId}/end-letter`,
    processId: input.processId,
    childId: input.childId,
    kind: 'allowance-ended',
    title: 'Your special guardianship allowance is ending',
    body: `Dear {{carers}},\n\nThe special guardianship allowance for {{child}} ends on ${on} (${reason.replace(/-/g, ' ')}).${reasons ? `\n\nOur reasons: ${reasons}` : ''}\n\nIf you think this is wrong, please contact us.`,
    fallbackMailbox: input.policy.mailboxes.finance_officer ?? input.policy.mailboxes.manager,
  });
  rt.data.endedOn = on;
  rt.data.endReason = reason;
  rt.event(SYSTEM_ACTOR, 'allowance-ended', { data: { reason, on } });
  await rt.close('completed', reason);
}
