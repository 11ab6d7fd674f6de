import { isIsoDuration } from '../shared/duration';

/**
 * How a council works out a special guardian's allowance. Every field is a choice councils make
 * differently (domain.md §3.2 "Local variations", §7: whether an LA uses the DfE model unchanged),
 * so a workflow captures the whole policy, with its version, at the start of each review.
 */

/** Whether an income line is counted in household income or left out of it altogether. */
export type IncomeTreatment = 'counted' | 'disregarded';

/** Benefits whose receipt may take a guardian out of the means test (paid the full baseline). */
export type PassportingBenefit = 'income-support' | 'universal-credit';

/**
 * `nearest`: every step rounds to the nearest penny, halves up.
 * `in-carer-favour`: each step rounds whichever way leaves the guardian better off (disregards and the
 * living-cost allowance up, the deduction down, the baseline and the payable amount up).
 * The DfE model does not say how to round (domain.md §3.2 gives whole-pound figures): **unconfirmed**.
 */
export type AllowanceRounding = 'nearest' | 'in-carer-favour';

/** What both modes share: dates and conventions of the yearly cycle. */
interface AllowancePolicyCommon {
  /** Names the policy a decision was made under; change it whenever a figure changes. */
  version: string;
  /**
   * The review pack goes out this long before the anniversary (domain.md §3.4 stage 1 suggests 4–6
   * weeks; the lead time is a local choice, **unconfirmed** as a rule).
   */
  reviewPackLeadTime: string;
  /**
   * Remuneration for former foster carers lasts this long after the order (domain.md §3.2 [R47, R48];
   * §6 "order date + 2 years"; SGR reg 7).
   */
  transitionalRemunerationPeriod: string;
  /**
   * Who keeps the allowance past 18. `full-time-education-or-training`: SGR reg 2(2) as domain.md §3.1
   * reads it [R44]. `full-time-education-or-training-with-ehcp`: Kent's local framing [S0].
   */
  over18Continuation: 'full-time-education-or-training' | 'full-time-education-or-training-with-ehcp';
  /** Weeks per year when weekly and monthly figures are converted (52, a 12-month year). A convention, not a source figure. */
  weeksPerYear: number;
  rounding: AllowanceRounding;
}

/** The DfE standardised means test (domain.md §3.2 [R47]) with every local variation as a field. */
export interface MeansTestPolicy extends AllowancePolicyCommon {
  mode: 'means-tested';
  /** Share of household income disregarded before outgoings: 20% in the DfE example [R42]; Devon 20/25/30% by housing [R49]. */
  incomeDisregardPercent: number;
  /** Living-cost allowance as a share of the family's Income Support rate: DfE 125%, Devon 100% [R49]. */
  livingCostAllowancePercent: number;
  /** Share of disposable income deducted from the baseline: half in the DfE example [R42]. */
  disposableIncomeDeductionPercent: number;
  /** The child's DLA/PIP: Devon disregards it [R48], or counts it "in line with the government formula" [R49]. */
  childDisabilityBenefits: IncomeTreatment;
  /** Adults' DLA/PIP: counted under the government formula [R49]; **unconfirmed** that the model means adults too. */
  adultDisabilityBenefits: IncomeTreatment;
  /** Child benefit is a benefit the guardian can get, which reg 13 says must be taken into account (domain.md §3.1, §3.4 stage 2) [R42]. */
  childBenefit: IncomeTreatment;
  /**
   * Receiving any of these pays the full baseline without a means test. The DfE model recommends
   * this for Income Support, but whether it needs Income Support to be the only income, and whether
   * UC counts, was disputed in *Becker* (domain.md §3.2 [R46]): **unconfirmed**.
   */
  passportingBenefits: PassportingBenefit[];
}

/**
 * Kinship Zones (domain.md §3.3 [R56, R57, R58]): the allowance equals the national minimum fostering
 * allowance, is not means tested, and can be claimed for 3 years. In a zone LA this replaces the
 * annual means-test review.
 */
export interface KinshipZonePolicy extends AllowancePolicyCommon {
  mode: 'kinship-zone';
  /** How long the flat allowance can be claimed (domain.md §3.3: 3 years). */
  claimableFor: string;
}

export type AllowancePolicy = MeansTestPolicy | KinshipZonePolicy;

/** The seven Kinship Zone LAs announced on 27 Feb 2026 (domain.md §3.3 [R57]). */
export const KINSHIP_ZONE_AUTHORITIES = [
  'Bexley',
  'Bolton',
  'Newcastle',
  'North East Lincolnshire',
  'Medway',
  'Thurrock',
  'Wiltshire',
] as const;

const COMMON_DEFAULTS = {
  reviewPackLeadTime: 'P6W',
  transitionalRemunerationPeriod: 'P2Y',
  over18Continuation: 'full-time-education-or-training',
  weeksPerYear: 52,
  rounding: 'nearest',
} as const;

/** The DfE model as domain.md §3.2 describes it. */
export const DEFAULT_MEANS_TEST_POLICY: MeansTestPolicy = {
  version: '2025-26-dfe-model',
  mode: 'means-tested',
  ...COMMON_DEFAULTS,
  incomeDisregardPercent: 20,
  livingCostAllowancePercent: 125,
  disposableIncomeDeductionPercent: 50,
  childDisabilityBenefits: 'counted',
  adultDisabilityBenefits: 'counted',
  childBenefit: 'counted',
  passportingBenefits: ['income-support'],
};

export const DEFAULT_KINSHIP_ZONE_POLICY: KinshipZonePolicy = {
  version: '2026-kinship-zone',
  mode: 'kinship-zone',
  ...COMMON_DEFAULTS,
  claimableFor: 'P3Y',
};

/** Refuses a policy whose shares or durations make no sense, naming the field. */
export function assertAllowancePolicy(policy: AllowancePolicy): void {
  const durations: Array<[string, string]> = [
    ['reviewPackLeadTime', policy.reviewPackLeadTime],
    ['transitionalRemunerationPeriod', policy.transitionalRemunerationPeriod],
  ];
  if (policy.mode === 'kinship-zone') durations.push(['claimableFor', policy.claimableFor]);
  for (const [field, value] of durations) {
    if (!isIsoDuration(value)) throw new TypeError(`${field} must be an ISO 8601 duration such as P6W, not "${value}"`);
  }
  if (!Number.isInteger(policy.weeksPerYear) || policy.weeksPerYear < 52 || policy.weeksPerYear > 53) {
    throw new TypeError(`weeksPerYear must be 52 or 53, not ${policy.weeksPerYear}`);
  }
  if (policy.mode === 'means-tested') {
    assertShare('incomeDisregardPercent', policy.incomeDisregardPercent, 100);
    assertShare('disposableIncomeDeductionPercent', policy.disposableIncomeDeductionPercent, 100);
    // Above 100% is allowed here: the DfE model's own living-cost basis is 125%.
    assertShare('livingCostAllowancePercent', policy.livingCostAllowancePercent, 1000);
  }
}

function assertShare(field: string, value: number, max: number): void {
  if (typeof value !== 'number' || !(value >= 0 && value <= max)) {
    throw new TypeError(`${field} must be a percentage from 0 to ${max}, not ${value}`);
  }
}
