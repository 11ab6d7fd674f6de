import { isIsoDate } from '../shared/dates';
import { ErrorType, RuleViolation } from '../shared/errors';
import {
  type AgeBand,
  type FosteringAllowanceYear,
  type FosteringRegion,
  baselineAllowance,
} from './fostering-allowance';
import {
  type AllowancePolicy,
  type KinshipZonePolicy,
  type MeansTestPolicy,
  assertAllowancePolicy,
} from './means-test-policy';
import { type AssessmentPeriod, convertPeriod } from './assessment-period';
import { type RoundingDirection, assertPence, percentOf } from '../shared/money';
import { kinshipZoneClaimEnds } from './review-dates';
import { transitionalRemunerationEnds, transitionalRemunerationPayable } from './transitional-remuneration';

/**
 * Stage 3 of the annual review (domain.md §3.4): the DfE standardised means test against the
 * fostering-allowance baseline (§3.2 [R47], worked example [R42]), or the flat Kinship Zone allowance
 * (§3.3). Every money figure in and out is whole pence per `period`.
 */

/** Household income lines as the guardian's annual statement lists them (domain.md §3.2, §3.4 stage 2). */
export type IncomeKind =
  | 'earnings'
  | 'pension'
  | 'capital-interest'
  | 'universal-credit'
  | 'income-support'
  | 'child-benefit'
  | 'child-disability-benefit'
  | 'adult-disability-benefit'
  | 'other-benefit'
  | 'other';

export interface IncomeLine {
  kind: IncomeKind;
  pence: number;
  description?: string;
}

export interface OutgoingLine {
  description: string;
  pence: number;
}

/** The NMA for the child's band on the assessment date, or the LA's own fostering allowance (*B v Lewisham* [R45]). */
export type BaselineSource =
  | {
      source: 'national-minimum-allowance';
      financialYear?: string;
      region: FosteringRegion;
      dateOfBirth: string;
      /** The rate years held (the policy's); by default the NMA years this library holds. */
      rates?: readonly FosteringAllowanceYear[];
    }
  | { source: 'local-fostering-allowance'; pence: number };

export interface AllowanceInput {
  assessmentDate: string;
  /** The period every pence figure in this input is stated for. */
  period: AssessmentPeriod;
  baseline: BaselineSource;
  income?: IncomeLine[];
  /**
   * The family's Income Support rate, on which the living-cost allowance is based (domain.md §3.2).
   * It must cover the guardian's own dependent children: a test that ignored them was quashed in
   * *Becker v Plymouth* (§3.1 [R46]). Leave it out only when `allowableOutgoings` already holds living costs.
   */
  familyIncomeSupportRatePence?: number;
  /** Other expenditure the LA allows (housing and the like); the DfE example's lump "£1,100" goes here. */
  allowableOutgoings?: OutgoingLine[];
  /** Set when the guardians were the child's foster carers and received a fee or reward element. */
  formerFosterCarer?: { orderDate: string; remunerationPence: number };
  /** Kinship Zone mode only: when the flat allowance was first claimed (it runs 3 years, §3.3). */
  kinshipZoneClaimStart?: string;
}

export interface MeansTestBreakdown {
  householdIncomePence: number;
  /** Income lines the policy leaves out altogether (DLA/PIP, child benefit, as configured). */
  excludedIncomePence: number;
  assessableIncomePence: number;
  incomeDisregardPence: number;
  incomeAfterDisregardPence: number;
  livingCostAllowancePence: number;
  otherAllowableOutgoingsPence: number;
  allowableOutgoingsPence: number;
  /** May be negative; then nothing is deducted. */
  disposableIncomePence: number;
  deductionPence: number;
}

export interface AllowanceAssessment {
  policyVersion: string;
  basis: 'means-tested' | 'passported' | 'kinship-zone';
  assessmentDate: string;
  period: AssessmentPeriod;
  baseline: {
    pence: number;
    source: BaselineSource['source'];
    financialYear?: string;
    region?: FosteringRegion;
    ageBand?: AgeBand;
  };
  /** Null when no means test ran (passported, or a Kinship Zone). */
  meansTest: MeansTestBreakdown | null;
  /** Never negative and never above the baseline. */
  allowancePence: number;
  weeklyAllowancePence: number;
  transitionalRemuneration: { payable: boolean; endsOn: string; pence: number; weeklyPence: number } | null;
  totalPence: number;
  weeklyTotalPence: number;
}

export function assessAllowance(input: AllowanceInput, policy: AllowancePolicy): AllowanceAssessment {
  assertAllowancePolicy(policy);
  if (!isIsoDate(input.assessmentDate))
    throw new RangeError(`assessmentDate must be an ISO date, not "${input.assessmentDate}"`);
  if (input.period !== 'week' && input.period !== 'month')
    throw new RangeError(`period must be week or month, not "${input.period}"`);
  const round = rounder(policy);
  const baseline = resolveBaseline(input, policy, round);

  let basis: AllowanceAssessment['basis'];
  let meansTest: MeansTestBreakdown | null = null;
  if (policy.mode === 'kinship-zone') {
    checkKinshipZoneClaim(input, policy);
    basis = 'kinship-zone';
  } else if (isPassported(input.income ?? [], policy)) {
    basis = 'passported';
  } else {
    basis = 'means-tested';
    meansTest = runMeansTest(input, policy, round);
  }
  // The deduction is never negative, so the allowance never exceeds the baseline; it never goes below 0.
  const allowancePence = Math.max(0, baseline.pence - (meansTest?.deductionPence ?? 0));
  const toWeekly = (pence: number) => convertPeriod(pence, input.period, 'week', policy.weeksPerYear, round('up'));
  const transitionalRemuneration = remuneration(input, policy, toWeekly);
  const weeklyAllowancePence = toWeekly(allowancePence);
  return {
    policyVersion: policy.version,
    basis,
    assessmentDate: input.assessmentDate,
    period: input.period,
    baseline,
    meansTest,
    allowancePence,
    weeklyAllowancePence,
    transitionalRemuneration,
    totalPence: allowancePence + (transitionalRemuneration?.pence ?? 0),
    weeklyTotalPence: weeklyAllowancePence + (transitionalRemuneration?.weeklyPence ?? 0),
  };
}

/** `in-carer-favour` rounds each step the way that helps the guardian; `nearest` rounds halves up. */
type Rounder = (inCarerFavour: 'up' | 'down') => RoundingDirection;
function rounder(policy: AllowancePolicy): Rounder {
  return (inCarerFavour) => (policy.rounding === 'in-carer-favour' ? inCarerFavour : 'nearest');
}

function resolveBaseline(
  input: AllowanceInput,
  policy: AllowancePolicy,
  round: Rounder,
): AllowanceAssessment['baseline'] {
  const source = input.baseline;
  if (source.source === 'local-fostering-allowance') {
    // A Kinship Zone allowance equals the NMA itself (domain.md §3.3), not a local rate.
    if (policy.mode === 'kinship-zone') {
      throw new RuleViolation(
        ErrorType.RuleRefused,
        'A Kinship Zone allowance equals the national minimum fostering allowance; a local rate cannot be the baseline',
      );
    }
    assertPence(source.pence, 'baseline.pence');
    return { pence: source.pence, source: source.source };
  }
  const nma = baselineAllowance({ ...source, onDate: input.assessmentDate });
  // The NMA is weekly (domain.md §3.2); a monthly assessment restates it on the policy's year.
  const pence = convertPeriod(nma.weeklyPence, 'week', input.period, policy.weeksPerYear, round('up'));
  return { pence, source: source.source, financialYear: nma.financialYear, region: nma.region, ageBand: nma.ageBand };
}

function isPassported(income: IncomeLine[], policy: MeansTestPolicy): boolean {
  return income.some((line) => line.pence > 0 && (policy.passportingBenefits as string[]).includes(line.kind));
}

/** Whether the policy leaves an income kind out of household income (domain.md §3.2 local variations). */
function excluded(kind: IncomeKind, policy: MeansTestPolicy): boolean {
  if (kind === 'child-disability-benefit') return policy.childDisabilityBenefits === 'disregarded';
  if (kind === 'adult-disability-benefit') return policy.adultDisabilityBenefits === 'disregarded';
  if (kind === 'child-benefit') return policy.childBenefit === 'disregarded';
  return false;
}

/** The DfE model, step by step as in the Lincolnshire worked example (domain.md §3.2 [R42]). */
function runMeansTest(input: AllowanceInput, policy: MeansTestPolicy, round: Rounder): MeansTestBreakdown {
  const income = input.income ?? [];
  const outgoings = input.allowableOutgoings ?? [];
  income.forEach((line, i) => assertPence(line.pence, `income[${i}].pence`));
  outgoings.forEach((line, i) => assertPence(line.pence, `allowableOutgoings[${i}].pence`));
  const incomeSupportRate = input.familyIncomeSupportRatePence ?? 0;
  assertPence(incomeSupportRate, 'familyIncomeSupportRatePence');

  // A: total household income (pay, benefits including UC, pensions, capital interest, other).
  const householdIncomePence = sum(income.map((line) => line.pence));
  const excludedIncomePence = sum(income.filter((line) => excluded(line.kind, policy)).map((line) => line.pence));
  const assessableIncomePence = householdIncomePence - excludedIncomePence;
  // B: less the disregard (20% in the DfE example; 20/25/30% by housing in Devon [R49]).
  const incomeDisregardPence = percentOf(assessableIncomePence, policy.incomeDisregardPercent, round('up'));
  const incomeAfterDisregardPence = assessableIncomePence - incomeDisregardPence;
  // C: allowable expenditure: living costs at 125% (DfE) or 100% (Devon) of Income Support [R49], plus other outgoings.
  const livingCostAllowancePence = percentOf(incomeSupportRate, policy.livingCostAllowancePercent, round('up'));
  const otherAllowableOutgoingsPence = sum(outgoings.map((line) => line.pence));
  const allowableOutgoingsPence = livingCostAllowancePence + otherAllowableOutgoingsPence;
  // D = B − C, which can be negative.
  const disposableIncomePence = incomeAfterDisregardPence - allowableOutgoingsPence;
  // F: half of any positive disposable income is deducted from the baseline; none when D ≤ 0.
  const deductionPence =
    disposableIncomePence > 0
      ? percentOf(disposableIncomePence, policy.disposableIncomeDeductionPercent, round('down'))
      : 0;
  return {
    householdIncomePence,
    excludedIncomePence,
    assessableIncomePence,
    incomeDisregardPence,
    incomeAfterDisregardPence,
    livingCostAllowancePence,
    otherAllowableOutgoingsPence,
    allowableOutgoingsPence,
    disposableIncomePence,
    deductionPence,
  };
}

/** Kinship Zone allowances are claimable for 3 years (domain.md §3.3); after that the LA assesses afresh. */
function checkKinshipZoneClaim(input: AllowanceInput, policy: KinshipZonePolicy): void {
  if (input.kinshipZoneClaimStart === undefined) return;
  const ends = kinshipZoneClaimEnds(input.kinshipZoneClaimStart, policy);
  if (input.assessmentDate >= ends) {
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `The Kinship Zone allowance claimed from ${input.kinshipZoneClaimStart} could be claimed only until ${ends}; assess under a means-test policy`,
    );
  }
}

/**
 * Former foster carers keep their fee or reward element until the transitional period ends
 * (domain.md §3.2 [R47, R48]). It is added on top of the allowance and is not itself means tested,
 * so the total can exceed the baseline while it lasts; that treatment is **unconfirmed** by the reference.
 */
function remuneration(
  input: AllowanceInput,
  policy: AllowancePolicy,
  toWeekly: (pence: number) => number,
): AllowanceAssessment['transitionalRemuneration'] {
  const carer = input.formerFosterCarer;
  if (!carer) return null;
  assertPence(carer.remunerationPence, 'formerFosterCarer.remunerationPence');
  const endsOn = transitionalRemunerationEnds(carer.orderDate, policy);
  const payable = transitionalRemunerationPayable(carer.orderDate, input.assessmentDate, policy);
  const pence = payable ? carer.remunerationPence : 0;
  return { payable, endsOn, pence, weeklyPence: toWeekly(pence) };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
