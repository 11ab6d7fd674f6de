/**
 * The ASGSF fair access limit (FAL): how much the fund pays per child per financial year, as
 * versioned policy data (domain.md §2.2). A workflow captures the FairAccessLimits it starts with,
 * like Policy, so a running case keeps its rules. Re-check the data every April (§2.4): the DfE
 * sets the limit year by year.
 */
import { ErrorType, RuleViolation } from '../shared/errors';
import { assertFinancialYear, financialYearLabel } from './funding-year';
import { assertPence, formatPounds } from '../shared/money';

export interface FairAccessLimitRule {
  /** First and last financial years (named by their starting year, 2025 = 2025-26), inclusive. */
  fromYear: number;
  toYear: number;
  /** With assessmentsInsideLimit, the one limit for therapy and assessment together; otherwise therapy only. */
  limitPence: number;
  /** Most that specialist assessment may use in the year: inside limitPence, or a separate pot. */
  assessmentLimitPence: number;
  assessmentsInsideLimit: boolean;
  /** LA/RAA match funding could take a package above the limit. */
  matchFundingAboveLimit: boolean;
  /** Funded therapy must finish by 31 March at the end of the funding year (no carry-over). */
  therapyMustEndByYearEnd: boolean;
  source: string;
}

export interface FairAccessLimits {
  version: string;
  rules: readonly FairAccessLimitRule[];
}

export const DEFAULT_FAIR_ACCESS_LIMITS: FairAccessLimits = {
  version: '2026-02',
  rules: [
    {
      // "to Mar 2025": £5,000 therapy plus a separate £2,500 specialist assessment; match funding possible.
      // Start year unconfirmed: domain.md gives none; the FAL is believed to date from 2016-17.
      fromYear: 2016,
      toYear: 2024,
      limitPence: 500_000,
      assessmentLimitPence: 250_000,
      assessmentsInsideLimit: false,
      matchFundingAboveLimit: true,
      therapyMustEndByYearEnd: false,
      source: 'domain.md §2.2 [R8, R30]',
    },
    {
      // 2025-26: £3,000 with assessments (up to £2,500) inside it, no match funding, finish by 31 Mar 2026.
      fromYear: 2025,
      toYear: 2025,
      limitPence: 300_000,
      assessmentLimitPence: 250_000,
      assessmentsInsideLimit: true,
      matchFundingAboveLimit: false,
      therapyMustEndByYearEnd: true,
      source: 'domain.md §2.2 [R31, R32, R33]',
    },
    {
      // Fund extended to Mar 2028; FAL still £3,000; ring-fenced assessment money and match funding
      // not restored. 2027-28 is assumed unchanged (unconfirmed).
      fromYear: 2026,
      toYear: 2027,
      limitPence: 300_000,
      assessmentLimitPence: 250_000,
      assessmentsInsideLimit: true,
      matchFundingAboveLimit: false,
      therapyMustEndByYearEnd: true,
      source: 'domain.md §2.2 [R34, R35, R36]',
    },
  ],
};

export type AsgsfCommitmentKind = 'therapy' | 'assessment';

export interface AsgsfCommitment {
  kind: AsgsfCommitmentKind;
  amountPence: number;
  /** The funding year it was approved for. When given and not the year asked about, it is ignored. */
  financialYear?: number;
}

export interface FairAccessAllowance {
  financialYear: number;
  rule: FairAccessLimitRule;
  usedPence: Record<AsgsfCommitmentKind, number>;
  /** What a further request of each kind could still get this year. */
  leftPence: Record<AsgsfCommitmentKind, number>;
}

/** The rule for a year; a year with no rule is refused, as the fund is only confirmed year by year. */
export function fairAccessLimitFor(financialYear: number, limits: FairAccessLimits): FairAccessLimitRule {
  assertFinancialYear(financialYear);
  const rule = limits.rules.find((r) => r.fromYear <= financialYear && financialYear <= r.toYear);
  if (!rule) {
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `ASGSF fair access limit: no limit is set for ${financialYearLabel(financialYear)} in policy ${limits.version}; ` +
        'the fund is confirmed only to 31 March 2028 (domain.md §2.2 [R34, R35, R36])',
    );
  }
  return rule;
}

/**
 * What is left of the child's allowance in one financial year. Only that year's commitments count,
 * and nothing unused carries over from another year (domain.md §2.2 [R31]).
 */
export function remainingAllowance(input: {
  financialYear: number;
  priorCommitments: readonly AsgsfCommitment[];
  limits: FairAccessLimits;
}): FairAccessAllowance {
  const rule = fairAccessLimitFor(input.financialYear, input.limits);
  const usedPence = { therapy: 0, assessment: 0 };
  for (const c of input.priorCommitments) {
    assertPence(c.amountPence, 'a prior commitment');
    if (c.financialYear !== undefined && c.financialYear !== input.financialYear) continue;
    usedPence[c.kind] += c.amountPence;
  }
  return { financialYear: input.financialYear, rule, usedPence, leftPence: leftOf(rule, usedPence) };
}

function leftOf(
  rule: FairAccessLimitRule,
  used: Record<AsgsfCommitmentKind, number>,
): Record<AsgsfCommitmentKind, number> {
  const assessmentPot = Math.max(0, rule.assessmentLimitPence - used.assessment);
  if (!rule.assessmentsInsideLimit) {
    return { therapy: Math.max(0, rule.limitPence - used.therapy), assessment: assessmentPot };
  }
  const total = Math.max(0, rule.limitPence - used.therapy - used.assessment);
  return { therapy: total, assessment: Math.min(total, assessmentPot) };
}

/**
 * Refuses a request the fund would not pay in full, saying how much is left in pounds and pence.
 * Returns the allowance left after the request.
 */
export function checkWithinLimit(input: {
  financialYear: number;
  priorCommitments: readonly AsgsfCommitment[];
  request: { kind: AsgsfCommitmentKind; amountPence: number };
  limits: FairAccessLimits;
}): FairAccessAllowance {
  const { kind, amountPence } = input.request;
  assertPence(amountPence, 'the amount requested');
  if (amountPence <= 0) throw new RangeError(`the amount requested must be more than 0 pence, not ${amountPence}`);
  const before = remainingAllowance(input);
  if (amountPence > before.leftPence[kind]) {
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `ASGSF fair access limit: ${formatPounds(amountPence)} asked for ${kind}, but ${whatIsLeft(before, kind)} (${before.rule.source})`,
    );
  }
  const request = { ...input.request, financialYear: input.financialYear };
  return remainingAllowance({ ...input, priorCommitments: [...input.priorCommitments, request] });
}

function whatIsLeft(before: FairAccessAllowance, kind: AsgsfCommitmentKind): string {
  const { rule, usedPence } = before;
  const left = formatPounds(before.leftPence[kind]);
  const label = financialYearLabel(before.financialYear);
  const fal = formatPounds(rule.limitPence);
  const cap = formatPounds(rule.assessmentLimitPence);
  if (!rule.assessmentsInsideLimit) {
    const pot = kind === 'therapy' ? `${fal} therapy fair access limit` : `${cap} separate specialist assessment limit`;
    return `${left} left of the ${pot} for ${label}${rule.matchFundingAboveLimit ? '; more needs LA/RAA match funding' : ''}`;
  }
  const totalLeft = rule.limitPence - usedPence.therapy - usedPence.assessment;
  if (kind === 'assessment' && rule.assessmentLimitPence - usedPence.assessment < totalLeft) {
    return `${left} left of the ${cap} specialist assessment cap for ${label}, which sits inside the ${fal} fair access limit`;
  }
  return `${left} left of the ${fal} fair access limit for ${label}; assessments count inside it, with no match funding or carry-over`;
}
