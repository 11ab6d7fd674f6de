import { condition, patched } from '@temporalio/workflow';
import {
  RuleViolation,
  SYSTEM_ACTOR,
  addIsoDuration,
  allowanceTasks,
  assessAllowance,
  carerReturnIncome,
  dateToInstant,
  formatPounds,
  instantToDate,
  refuse,
  councilFosteringAllowance,
  NATIONAL_MINIMUM_ALLOWANCE,
  fosteringYearOf,
  type AllowanceCarry,
  type AllowanceFacts,
  type CarerReturn,
  type CompletedTask,
  type ProcessStart,
} from '../../libs/domain/src';
import { mail, records } from '../shared/activities';
import { msUntil, workflowNow } from '../shared/clock';
import type { ProcessRuntime } from '../shared/process-runtime';
import {
  BENEFITS_BY_KIND,
  COUNCIL_FOSTERING_ALLOWANCE_BASELINE,
  KINSHIP_ZONE_CLAIM_LIMIT,
  RATES_PER_YEAR_FROM_POLICY,
  REVIEW_DATE_ONLY_DEADLINES_END_OF_DAY,
  SUSPENSION_CARRIES_AMOUNT,
} from './review-patches';

export interface ReviewContext {
  rt: ProcessRuntime;
  input: ProcessStart<AllowanceFacts>;
  carry: AllowanceCarry;
  signals: { changeOfCircumstances: boolean; leftOn?: string; representations: boolean };
}

export interface ReviewOutcome {
  weeklyAllowancePence: number;
  suspended: boolean;
  ended?: { reason: string; on: string; reasons?: string };
}

/**
 * One review (domain.md §3.4): the pack, the carer's return (chased, escalated, and the allowance
 * suspended if nothing comes back), the means test, a proposal the carer may make representations
 * on, and the finance officer's decision, which the proposer may not make.
 */
export async function reviewOnce(
  ctx: ReviewContext,
  anniversary: Date,
  reason: 'annual' | 'change-of-circumstances' | 'transitional-remuneration-ends',
  /** At the transitional reassessment: the fee the amount carried includes, which stops now. */
  feeEnding = 0,
): Promise<ReviewOutcome> {
  const { rt, input, carry, signals } = ctx;
  const policy = input.policy.allowanceReview;
  const n = carry.reviewNumber + 1;
  const key = (part: string) => `${input.processId}/review-${n}/${part}`;
  const finance = input.policy.mailboxes.finance_officer ?? input.policy.mailboxes.manager;
  const anniversaryDate = instantToDate(anniversary);
  signals.changeOfCircumstances = false;
  signals.representations = false;
  rt.data.currentReview = { number: n, reason, anniversary: anniversaryDate };
  rt.event(SYSTEM_ACTOR, 'review-started', { data: { reviewNumber: n, reason, anniversary: anniversaryDate } });

  await mail.sendLetter({
    key: key('pack'),
    processId: input.processId,
    childId: input.childId,
    kind: 'review-pack',
    fallbackMailbox: finance,
    title: 'Your special guardianship allowance: annual review',
    body: `Dear {{carers}},\n\nIt is time to review the special guardianship allowance for {{child}} (review date ${anniversaryDate}). Please complete the enclosed statement of your household's income and outgoings and return it by ${instantToDate(addIsoDuration(workflowNow(), policy.returnDue))}.\n\nIf we do not hear from you, the allowance may be suspended.`,
  });
  const packSentAt = workflowNow();
  const returned = awaitReturn(ctx, packSentAt, key, finance);
  const carerReturn = await returned.completion;
  let suspended = returned.suspended() || carry.suspended;
  if (carerReturn.outcome === 'child-left-guardian')
    return {
      weeklyAllowancePence: 0,
      suspended,
      // The task requires the date for this outcome.
      ended: { reason: 'child-left-guardian', on: carerReturn.data.leftOn! },
    };

  const calculated = recalculate(ctx, carerReturn, anniversaryDate);
  const proposal = await rt.awaitTask(allowanceTasks.proposal(), policy.tasks['allowance-proposal'], {
    check: ({ data }) => {
      if (calculated === undefined && data.weeklyAllowancePence === undefined) {
        const problem = (rt.data.assessment as { problem?: string } | undefined)?.problem;
        refuse(
          `The allowance could not be calculated${problem ? ` (${problem})` : ''}; propose an amount in data.weeklyAllowancePence`,
        );
      }
    },
  });
  const proposed = proposal.data.weeklyAllowancePence ?? calculated!;
  const representationsBy = addIsoDuration(workflowNow(), policy.representationsWindow);
  rt.data.proposal = { weeklyAllowancePence: proposed, representationsBy: instantToDate(representationsBy) };
  await mail.sendLetter({
    key: key('proposal'),
    processId: input.processId,
    childId: input.childId,
    kind: 'allowance-proposal',
    fallbackMailbox: finance,
    title: 'Proposed special guardianship allowance',
    body: `Dear {{carers}},\n\nWe propose to pay ${formatPounds(proposed)} a week for {{child}} from ${anniversaryDate}. If you wish to make representations about this, please do so by ${instantToDate(representationsBy)}.`,
  });
  rt.event(SYSTEM_ACTOR, 'proposal-sent', { data: { weeklyAllowancePence: proposed } });
  await rt.waitUntil(representationsBy, () => signals.representations, 'representations');

  const decision = await rt.awaitTask(allowanceTasks.decision(proposal.actor.sub), policy.tasks['allowance-decision']);
  const effectiveDate = decision.data.effectiveDate ?? anniversaryDate;
  const weekly =
    decision.outcome === 'vary'
      ? decision.data.weeklyAllowancePence!
      : decision.outcome === 'continue'
        ? Math.max(0, carry.weeklyAllowancePence - feeEnding)
        : 0;
  // Decisions made before reasons were required have none to state.
  const reasons = decision.data.reasons ? `\n\nOur reasons: ${decision.data.reasons}` : '';
  if (decision.outcome === 'end')
    return {
      weeklyAllowancePence: 0,
      suspended,
      ended: { reason: 'ended-by-decision', on: effectiveDate, reasons: decision.data.reasons },
    };
  suspended = decision.outcome === 'suspend';
  await records.recordPaymentChange({
    key: key('decision'),
    processId: input.processId,
    childId: input.childId,
    change: decision.outcome as 'continue' | 'vary' | 'suspend',
    weeklyPence: weekly,
    effectiveDate,
  });
  await mail.sendLetter({
    key: key('decision-letter'),
    processId: input.processId,
    childId: input.childId,
    kind: 'allowance-decision',
    fallbackMailbox: finance,
    title: 'Decision on your special guardianship allowance',
    body: suspended
      ? `Dear {{carers}},\n\nThe special guardianship allowance for {{child}} is suspended from ${effectiveDate}.${reasons}`
      : `Dear {{carers}},\n\nFrom ${effectiveDate} we will pay ${formatPounds(weekly)} a week for {{child}}.${reasons ? `${reasons}\n\n` : ' '}We will review it again next year.`,
  });
  // A suspension pays nothing while it lasts but keeps the amount, so a later `continue` pays it
  // again (reviews suspended before this carried £0 on).
  const carried = suspended && patched(SUSPENSION_CARRIES_AMOUNT) ? carry.weeklyAllowancePence : weekly;
  Object.assign(rt.data, {
    weeklyAllowancePence: carried,
    suspended,
    lastDecision: { outcome: decision.outcome, effectiveDate },
  });
  return { weeklyAllowancePence: carried, suspended };
}

/**
 * Waits for the carer's return. Meanwhile the carer is chased at the policy's intervals after the
 * pack and, with still nothing back, the allowance is suspended until the return comes.
 */
function awaitReturn(ctx: ReviewContext, packSentAt: Date, key: (part: string) => string, finance: string) {
  const { rt, input } = ctx;
  const policy = input.policy.allowanceReview;
  let done = false;
  let suspendedHere = false;
  // The pack asks for the return by a date: it is due to the end of that day, not the hour the pack went.
  const returnBy = addIsoDuration(packSentAt, policy.returnDue);
  const completion = rt.awaitTask(allowanceTasks.carerReturn(), policy.tasks['carer-return'], {
    ...(patched(REVIEW_DATE_ONLY_DEADLINES_END_OF_DAY)
      ? { dueAt: dateToInstant(instantToDate(returnBy)), endOfDay: true }
      : { dueAt: returnBy }),
  });
  // Settles either way: a withdrawal rejects `completion`, and the caller awaiting it handles that.
  completion.then(
    () => (done = true),
    () => (done = true),
  );
  // Withdrawal cancels the chasing with everything else.
  rt.background(
    async () => {
      for (const [i, after] of policy.chaseAfter.entries()) {
        if (await condition(() => done, msUntil(addIsoDuration(packSentAt, after)))) return;
        await mail.sendLetter({
          key: key(`chase-${i + 1}`),
          processId: input.processId,
          childId: input.childId,
          kind: 'review-chase',
          fallbackMailbox: finance,
          title: 'Reminder: special guardianship allowance review',
          body: 'Dear {{carers}},\n\nWe have not yet received the annual review statement for {{child}}. Please return it as soon as you can, or the allowance may be suspended.',
        });
        rt.event(SYSTEM_ACTOR, 'return-chased', { data: { chase: i + 1 } });
        await rt.project();
      }
      if (await condition(() => done, msUntil(addIsoDuration(packSentAt, policy.suspendAfter)))) return;
      suspendedHere = true;
      await records.recordPaymentChange({
        key: key('suspend'),
        processId: input.processId,
        childId: input.childId,
        change: 'suspend',
        weeklyPence: 0,
        effectiveDate: instantToDate(workflowNow()),
      });
      await mail.sendLetter({
        key: key('suspend-letter'),
        processId: input.processId,
        childId: input.childId,
        kind: 'allowance-suspended',
        fallbackMailbox: finance,
        title: 'Your special guardianship allowance is suspended',
        body: 'Dear {{carers}},\n\nWe have not received the annual review statement for {{child}}, so the allowance is suspended until it arrives.',
      });
      Object.assign(rt.data, { suspended: true });
      rt.event(SYSTEM_ACTOR, 'allowance-suspended', { notes: 'No return from the carer' });
      await rt.project();
    },
    { ownScope: false },
  );
  return { completion, suspended: () => suspendedHere };
}

/** The means test on the carer's return; undefined (and the reason kept) when it cannot be run. */
function recalculate(
  ctx: ReviewContext,
  carerReturn: CompletedTask<CarerReturn>,
  assessmentDate: string,
): number | undefined {
  const { rt, input } = ctx;
  // A return received has every figure: the task requires them for this outcome.
  const d = carerReturn.data as CarerReturn &
    Required<
      Pick<CarerReturn, 'earningsPence' | 'otherIncomePence' | 'familyIncomeSupportRatePence' | 'housingCostsPence'>
    >;
  // The rates are the policy's, a year at a time: a year without them cannot be calculated, and the
  // problem names it. Reviews begun before this reused the latest year held, and said so.
  const ratesFromPolicy = patched(RATES_PER_YEAR_FROM_POLICY);
  const latestRates = NATIONAL_MINIMUM_ALLOWANCE[NATIONAL_MINIMUM_ALLOWANCE.length - 1];
  const rateYear =
    !ratesFromPolicy && fosteringYearOf(assessmentDate) > latestRates.financialYear
      ? latestRates.financialYear
      : undefined;
  // The council's own fostering allowance, when the policy holds it, is the baseline (a Kinship
  // Zone pays the NMA itself). Policies captured before this have none.
  const councilRates = input.policy.allowanceReview.councilFosteringAllowance ?? [];
  const councilBaseline =
    councilRates.length > 0 &&
    input.policy.allowanceReview.meansTest.mode !== 'kinship-zone' &&
    patched(COUNCIL_FOSTERING_ALLOWANCE_BASELINE);
  try {
    const result = assessAllowance(
      {
        assessmentDate,
        period: 'week',
        baseline: councilBaseline
          ? {
              source: 'local-fostering-allowance',
              pence: councilFosteringAllowance({
                dateOfBirth: input.facts.dateOfBirth,
                onDate: assessmentDate,
                rates: councilRates,
              }).weeklyPence,
            }
          : {
              source: 'national-minimum-allowance',
              financialYear: rateYear,
              region: input.policy.allowanceReview.region,
              dateOfBirth: input.facts.dateOfBirth,
              ...(ratesFromPolicy ? { rates: input.policy.allowanceReview.fosteringAllowanceRates } : {}),
            },
        // Benefits by kind, so the policy's passporting and disregards apply; reviews begun before
        // this lumped every benefit together as `other-benefit`.
        income: patched(BENEFITS_BY_KIND)
          ? carerReturnIncome(d)
          : [
              { kind: 'earnings', pence: d.earningsPence },
              { kind: 'other-benefit', pence: d.benefitsPence ?? 0 },
              { kind: 'other', pence: d.otherIncomePence },
            ],
        familyIncomeSupportRatePence: d.familyIncomeSupportRatePence,
        allowableOutgoings: [{ description: 'housing', pence: d.housingCostsPence }],
        formerFosterCarer:
          input.facts.formerFosterCarer && input.facts.remunerationPence
            ? { orderDate: input.facts.orderDate, remunerationPence: input.facts.remunerationPence }
            : undefined,
        // The flat Kinship Zone allowance is claimed from the order, for 3 years (policy); reviews
        // begun before this calculated it for ever.
        ...(input.policy.allowanceReview.meansTest.mode === 'kinship-zone' && patched(KINSHIP_ZONE_CLAIM_LIMIT)
          ? { kinshipZoneClaimStart: input.facts.orderDate }
          : {}),
      },
      input.policy.allowanceReview.meansTest,
    );
    rt.data.assessment = rateYear
      ? { ...result, note: `Fostering allowance rates after ${rateYear} are not loaded; ${rateYear} rates used` }
      : result;
    return result.weeklyTotalPence;
  } catch (err) {
    if (!(err instanceof RuleViolation) && !(err instanceof RangeError)) throw err;
    rt.data.assessment = { problem: err.message };
    return undefined;
  }
}
