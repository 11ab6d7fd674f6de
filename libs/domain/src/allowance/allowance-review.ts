import { dateToInstant } from '../shared/dates';
import { addIsoDuration, multiplyIsoDuration } from '../shared/duration';
import type { TaskSpec } from '../shared/human-task';
import { Role } from '../shared/roles';

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
  education?: { lastDayOfCourse: string };
  educationChecked: boolean;
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

/** The carer's annual return: weekly figures from their statement of means, or the day the child left. */
export type CarerReturn = {
  earningsPence?: number;
  benefitsPence?: number;
  otherIncomePence?: number;
  familyIncomeSupportRatePence?: number;
  housingCostsPence?: number;
  leftOn?: string;
};

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
        pence('benefitsPence', 'weekly benefits counted as income'),
        pence('otherIncomePence', 'other weekly income'),
        pence('familyIncomeSupportRatePence', "the family's weekly Income Support rate"),
        pence('housingCostsPence', 'weekly housing costs'),
      ],
      'child-left-guardian': [date('leftOn', 'date the child stopped living with the guardian')],
    },
  }),
  proposal: (): TaskSpec<{ weeklyAllowancePence?: number }> => ({
    kind: 'allowance-proposal',
    stage: 'proposal',
    title: 'Propose the allowance for the coming year',
    candidateRoles: [Role.FinanceOfficer],
    allowedOutcomes: ['propose'],
    optionalData: [pence('weeklyAllowancePence', 'proposed weekly allowance, when not the calculated one')],
  }),
  decision: (proposer: string): TaskSpec<{ weeklyAllowancePence?: number; effectiveDate?: string }> => ({
    kind: 'allowance-decision',
    stage: 'decision',
    title: 'Decide the allowance',
    candidateRoles: [Role.FinanceOfficer],
    allowedOutcomes: ['continue', 'vary', 'suspend', 'end'],
    requiredDataByOutcome: { vary: [pence('weeklyAllowancePence', 'the new weekly allowance')] },
    optionalData: [date('effectiveDate', 'the date the change takes effect (default: the anniversary)')],
    excludedActors: [proposer],
  }),
  educationEvidence: (): TaskSpec<{ lastDayOfCourse?: string }> => ({
    kind: 'education-evidence',
    stage: 'education-evidence',
    title: 'Record whether the young person will be in full-time education or training at 18',
    candidateRoles: [Role.SocialWorker, Role.FinanceOfficer],
    allowedOutcomes: ['in-full-time-education-or-training', 'not-in-education-or-training'],
    requiredDataByOutcome: {
      'in-full-time-education-or-training': [date('lastDayOfCourse', 'last day of the course')],
    },
  }),
};
