import {
  ageOn,
  checkTherapyBeforeAgeOut,
  checkTherapyDates,
  checkWorkingDaysCovered,
  checkWithinLimit,
  financialYearOf,
  fundShareOfQuote,
  formatPounds as pounds,
  isIsoDate,
  refuse,
  type AsgsfFacts,
  type AsgsfQuote as Quote,
  type AsgsfQuoteContext,
  type AssessmentOfNeed,
  type FairAccessLimits,
  type ProcessStart,
} from '../../libs/domain/src';
import { records } from '../shared/activities';
import { eventRule, type ProcessRuntime } from '../shared/process-runtime';

export interface Therapy {
  active: boolean;
  approvedPence: number;
  claimedPence: number;
  sessions: number;
  claims: number;
}

/**
 * A quote the fund could pay: an approved provider, inside the funding year and the fair access
 * limit, and (given the child's facts) ending before the young person ages out. The funding year
 * is the one the application is made in (`financialYear`); left out, the quote's start date's.
 */
export function checkQuote(
  quote: Quote,
  context: AsgsfQuoteContext,
  limits: FairAccessLimits,
  applying?: { facts: AsgsfFacts; financialYear: number },
  topUps = false,
): void {
  if (!context.approvedProviderIds.includes(quote.providerId))
    refuse(`Provider ${quote.providerId} is not on the council's approved list`);
  if (applying) checkTherapyBeforeAgeOut({ ...applying.facts, startDate: quote.startDate, endDate: quote.endDate });
  const financialYear = applying?.financialYear ?? financialYearOf(quote.startDate);
  checkTherapyDates({ financialYear, startDate: quote.startDate, endDate: quote.endDate, limits });
  checkWithinLimit({
    financialYear,
    priorCommitments: context.priorCommitments,
    // A council top-up is the council's own money: only the rest counts against the limit.
    request: {
      kind: quote.kind,
      amountPence: topUps ? fundShareOfQuote(quote.costPence, quote.councilTopUpPence) : quote.costPence,
    },
    limits,
  });
}

/**
 * The submission date a fund decision is counted from: not before the assessment of need, and inside the years the bank-holiday data covers (else the 20 working days cannot be
 * counted: a 422 naming the year, never an error inside the workflow).
 */
export function checkSubmissionDate(submissionDate: string, workingDays: number): void {
  checkWorkingDaysCovered(submissionDate, workingDays, 'submissionDate');
}

/** What the fund is asked for: the quote, less any council top-up (cases quoted before top-ups: the quote). */
export function fundRequest(quote: Quote, topUps = false): number {
  return topUps ? quote.costPence - (quote.councilTopUpPence ?? 0) : quote.costPence;
}

/** A part approval names an amount below what was asked; a full approval is what was asked. */
export function checkDecision(outcome: string, data: FundDecision, quote: Quote, topUps = false): void {
  const asked = fundRequest(quote, topUps);
  if (outcome === 'part-approved' && data.approvedPence! >= asked) {
    refuse(
      `A part approval is less than the ${pounds(asked)} ${asked === quote.costPence ? 'quoted' : 'asked of the fund'}; record the full amount as approved`,
    );
  }
}

/** What the fund pays: the amount of a part approval (which the task requires), else what was asked. */
export function approvedAmount(outcome: string, data: FundDecision, quote: Quote, topUps = false): number {
  return outcome === 'part-approved' && data.approvedPence !== undefined
    ? data.approvedPence
    : fundRequest(quote, topUps);
}

type FundDecision = { approvedPence?: number };

/** Sessions and monthly claims, recorded as events once the therapy is commissioned. */
export function acceptTherapyEvents(rt: ProcessRuntime, therapy: Therapy): void {
  const { processId } = rt.input;
  rt.acceptEvents({
    'session-delivered': {
      check: ({ data }) => {
        if (!therapy.active) refuse('Sessions are recorded once the therapy is commissioned and before its review');
        if (!isIsoDate(data?.date)) refuse('A session needs data.date, such as 2026-05-14');
      },
      apply: () => void (rt.data.sessionsDelivered = ++therapy.sessions),
    },
    'monthly-claim': eventRule<{ month: string; amountPence: number }>({
      check: ({ data }) => {
        if (!therapy.active) refuse('Claims are recorded once the therapy is commissioned and before its review');
        if (typeof data?.month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(data.month))
          refuse('A claim needs data.month, such as 2026-05');
        const amount = data.amountPence;
        if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0)
          refuse('A claim needs data.amountPence, a whole number of pence above 0');
        const left = therapy.approvedPence - therapy.claimedPence;
        if (amount > left)
          refuse(
            `The claim of ${pounds(amount)} is more than the ${pounds(left)} left of the ${pounds(therapy.approvedPence)} approved`,
          );
      },
      apply: ({ data }) => {
        therapy.claimedPence += data.amountPence;
        therapy.claims += 1;
        rt.data.claimedPence = therapy.claimedPence;
      },
      record: ({ data }) =>
        records.recordAsgsfClaim({
          key: `${processId}/claim-${therapy.claims}`,
          processId,
          month: data.month,
          amountPence: data.amountPence,
        }),
    }),
  });
}

/** The application as the fund sees it: no names, the child by age and the council's reference. */
export function applicationDocument(
  input: ProcessStart<AsgsfFacts>,
  quote: Quote,
  assessment: AssessmentOfNeed,
): string {
  const age = ageOn(input.facts.dateOfBirth, assessment.assessmentDate);
  return [
    `Application reference: ASGSF-${input.processId.slice(0, 8).toUpperCase()}`,
    `Child: aged ${age} on the assessment date${input.facts.ehcp ? ', with an EHCP' : ''}; previously looked after`,
    `Assessment of need: ${String(assessment.assessmentDate)}`,
    `Recommendation: ${String(assessment.recommendation)}`,
    `Provider: ${quote.providerId}`,
    `${quote.kind === 'assessment' ? 'Specialist assessment' : 'Therapy'}: ${quote.therapyType}, ${quote.sessions} sessions, ${quote.startDate} to ${quote.endDate}`,
    `Cost: ${pounds(quote.costPence)}`,
  ].join('\n');
}
