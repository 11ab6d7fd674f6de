import { dateToInstant } from '../shared/dates';
import { addIsoDuration, multiplyIsoDuration } from '../shared/duration';
import type { TaskSpec } from '../shared/human-task';
import { Role } from '../shared/roles';
import type { IncomeKind, IncomeLine } from './means-test';

/** Stages of a yearly allowance review (domain.md §3.4). */
export const ALLOWANCE_STAGES = [
  'waiting-for-anniversary',
  'education-evidence',
  'allowance-ending',
  'review-pack',
  'carer-return',
  'proposal',
  'representations',
  'decision',
  'closed',
] as const;

/** The guardianship facts a review runs on: dates and money, never names. */
export interface AllowanceFacts {
  dateOfBirth: string;
  orderDate: string;
  weeklyAllowancePence: number;
  /** The guardians were the child's foster carers (transitional remuneration for 2 years). */
  formerFosterCarer: boolean;
  /** The fee or reward element they received as foster carers, per week. */
  remunerationPence?: number;
}

/** What one cycle hands to the next when the workflow continues as new. */
export interface AllowanceCarry {
  reviewNumber: number;
  weeklyAllowancePence: number;
  suspended: boolean;
  education?: { lastDayOfCourse: string; hasEhcp?: boolean };
  educationChecked: boolean;
  /** The day the education evidence was recorded: an end it implies is never earlier (no back-dating). */
  educationRecordedOn?: string;
  /** The last anniversary reviewed: the next cycle's is strictly after it. */
  reviewedAnniversary?: string;
}

/**
 * The first anniversary of the order strictly after `after`, counting whole cycles from the order
 * date (so a 29 February order is not dragged to the 28th for ever after).
 */
export function nextCycleAnniversary(orderDate: string, cycle: string, after: Date): Date {
  const start = dateToInstant(orderDate);
  for (let n = 1; n < 1_000_000; n++) {
    const candidate = addIsoDuration(start, multiplyIsoDuration(cycle, n));
    if (candidate > after) return candidate;
  }
  throw new RangeError(`No anniversary of ${orderDate} every ${cycle} after ${after.toISOString()}`);
}

/**
 * The carer's annual return: weekly figures from their statement of means, or the day the child
 * left. Benefits are entered by kind, because the policy treats kinds differently (passporting,
 * the child's and adults' DLA/PIP, child benefit); `benefitsPence` holds any other benefit.
 */
export type CarerReturn = {
  earningsPence?: number;
  /** Benefits of no kind the policy names (counted as income). */
  benefitsPence?: number;
  incomeSupportPence?: number;
  universalCreditPence?: number;
  childBenefitPence?: number;
  /** The child's DLA or PIP. */
  childDisabilityBenefitPence?: number;
  /** The adults' DLA or PIP. */
  adultDisabilityBenefitPence?: number;
  otherIncomePence?: number;
  familyIncomeSupportRatePence?: number;
  housingCostsPence?: number;
  leftOn?: string;
};

/** Each benefit field of a return and the income kind the means test knows it by. */
export const BENEFIT_FIELDS = {
  incomeSupportPence: 'income-support',
  universalCreditPence: 'universal-credit',
  childBenefitPence: 'child-benefit',
  childDisabilityBenefitPence: 'child-disability-benefit',
  adultDisabilityBenefitPence: 'adult-disability-benefit',
  benefitsPence: 'other-benefit',
} as const satisfies Partial<Record<keyof CarerReturn, IncomeKind>>;

/** The household income lines of a return, each benefit under its own kind; absent fields are none. */
export function carerReturnIncome(carerReturn: CarerReturn): IncomeLine[] {
  const benefits = (Object.entries(BENEFIT_FIELDS) as [keyof typeof BENEFIT_FIELDS, IncomeKind][])
    .filter(([field]) => carerReturn[field] !== undefined)
    .map(([field, kind]) => ({ kind, pence: carerReturn[field]! }));
  return [
    { kind: 'earnings', pence: carerReturn.earningsPence ?? 0 },
    ...benefits,
    { kind: 'other', pence: carerReturn.otherIncomePence ?? 0 },
  ];
}

const pence = (name: string, label: string) => ({ name, type: 'pence' as const, label });
const date = (name: string, label: string) => ({ name, type: 'date' as const, label });

/** The human steps of an allowance review. */
export const allowanceTasks = {
  carerReturn: (): TaskSpec<CarerReturn> => ({
    kind: 'carer-return',
    stage: 'carer-return',
    title: "Record the special guardian's annual return",
    candidateRoles: [Role.FinanceOfficer, Role.SocialWorker],
    allowedOutcomes: ['return-received', 'child-left-guardian'],
    // Weekly figures from the carer's statement of means.
    requiredDataByOutcome: {
      'return-received': [
        pence('earningsPence', 'weekly earnings'),
        pence('otherIncomePence', 'other weekly income'),
        pence('familyIncomeSupportRatePence', "the family's weekly Income Support rate"),
        pence('housingCostsPence', 'weekly housing costs'),
      ],
      'child-left-guardian': [date('leftOn', 'date the child stopped living with the guardian')],
    },
    // Weekly benefits by kind, each only when received.
    optionalData: [
      pence('incomeSupportPence', 'weekly Income Support received'),
      pence('universalCreditPence', 'weekly Universal Credit received'),
      pence('childBenefitPence', 'weekly child benefit'),
      pence('childDisabilityBenefitPence', "the child's weekly DLA or PIP"),
      pence('adultDisabilityBenefitPence', "the adults' weekly DLA or PIP"),
      pence('benefitsPence', 'other weekly benefits counted as income'),
    ],
  }),
  proposal: (): TaskSpec<{ weeklyAllowancePence?: number }> => ({
    kind: 'allowance-proposal',
    stage: 'proposal',
    title: 'Propose the allowance for the coming year',
    candidateRoles: [Role.FinanceOfficer],
    allowedOutcomes: ['propose'],
    optionalData: [pence('weeklyAllowancePence', 'proposed weekly allowance, when not the calculated one')],
  }),
  decision: (
    proposer: string,
  ): TaskSpec<{ weeklyAllowancePence?: number; effectiveDate?: string; reasons: string }> => ({
    kind: 'allowance-decision',
    stage: 'decision',
    title: 'Decide the allowance',
    candidateRoles: [Role.FinanceOfficer],
    allowedOutcomes: ['continue', 'vary', 'suspend', 'end'],
    // Every decision says why, and the letter tells the carers (a cut without reasons is maladministration).
    requiredData: [{ name: 'reasons', type: 'text', label: 'the reasons for the decision, as the letter states them' }],
    requiredDataByOutcome: { vary: [pence('weeklyAllowancePence', 'the new weekly allowance')] },
    optionalData: [date('effectiveDate', 'the date the change takes effect (default: the anniversary)')],
    excludedActors: [proposer],
  }),
  educationEvidence: (): TaskSpec<{ lastDayOfCourse?: string; hasEhcp?: boolean }> => ({
    kind: 'education-evidence',
    stage: 'education-evidence',
    title: 'Record whether the young person will be in full-time education or training at 18',
    candidateRoles: [Role.SocialWorker, Role.FinanceOfficer],
    allowedOutcomes: ['in-full-time-education-or-training', 'not-in-education-or-training'],
    requiredDataByOutcome: {
      'in-full-time-education-or-training': [date('lastDayOfCourse', 'last day of the course')],
    },
    // Kent keeps the allowance past 18 only with an EHCP (policy over18Continuation, domain.md §3.1).
    optionalData: [
      { name: 'hasEhcp', type: 'boolean', label: 'the young person has an education, health and care plan' },
    ],
  }),
};
