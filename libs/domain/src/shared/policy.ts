import { isIsoDuration } from './duration';
import { type Role } from './roles';
import { DEFAULT_MEANS_TEST_POLICY, assertAllowancePolicy, type AllowancePolicy } from '../allowance/means-test-policy';
import {
  assertCouncilFosteringAllowance,
  type CouncilFosteringAllowanceYear,
} from '../allowance/council-fostering-allowance';
import {
  NATIONAL_MINIMUM_ALLOWANCE,
  type FosteringAllowanceYear,
  type FosteringRegion,
} from '../allowance/fostering-allowance';
import { DEFAULT_FAIR_ACCESS_LIMITS, type FairAccessLimits } from '../asgsf/fair-access-limit';

/**
 * Every duration and threshold the processes use. A council overrides any key through the JSON file
 * named by KINSHIP_POLICY_FILE; a workflow captures the whole object in its input at start, so a
 * running case keeps the policy it started with even when the file changes.
 */
export interface TaskTiming {
  /** How long after opening the task is due. */
  due: string;
  /** Reminders go out this long before the due date (largest first is not required). */
  reminderLeadTimes: string[];
  /** The team manager is told once the task is this far past due. */
  escalateAfterDue: string;
}

export interface Policy {
  version: string;
  sgoConversion: {
    /** The manager's conversion-timetable review, for every open case (Stockton: fortnightly). */
    timetableReviewInterval: string;
    /** A case screened into a category other than "moving to SGO now" is screened again after this. */
    rescreenAfter: string;
    /** The LA's court report is due this long after the carers' notice of intention (s14A(7)). */
    reportDueAfterNotice: string;
    /** The carers' notice of intention must precede their application by this long (s14A(7) CA 1989: 3 months). */
    noticeBeforeApplication: string;
    /** Care proceedings must finish this long after issue (s32(1)(a) CA 1989: 26 weeks). */
    proceedingsLimit: string;
    /** The longest single extension the court may grant (s32(5): up to 8 weeks). */
    maxProceedingsExtension: string;
    /** The manager is warned this long before the proceedings deadline, and told when it passes. */
    proceedingsDeadline: { reminderLeadTimes: string[]; escalateAfterDue: string };
    tasks: Record<SgoTaskKind, TaskTiming>;
  };
  allowanceReview: AllowanceReviewPolicy;
  lifelongLinks: {
    /** A review family group conference is offered this long after the first. */
    reviewConferenceAfter: string;
    /** Adulthood (18 years); the case moves to the personal adviser then. Tests shorten it. */
    adulthood: string;
    tasks: Record<
      | 'referral-decision'
      | 'consent'
      | 'search'
      | 'safety-decision'
      | 'family-group-conference'
      | 'care-plan-link'
      | 'review-conference',
      TaskTiming
    >;
  };
  asgsf: {
    /** The fund's fair access limit per child per financial year, by year (versioned policy). */
    fairAccessLimits: FairAccessLimits;
    /** The application must go in within this long of the assessment of need (3 months; some say 4). */
    applicationWindow: string;
    /** The fund decides within this many working days of submission (England and Wales bank holidays kept). */
    decisionWorkingDays: number;
    applicationWindowWarning: { reminderLeadTimes: string[]; escalateAfterDue: string };
    tasks: Record<
      | 'assessment-of-need'
      | 'manager-approval'
      | 'provider-quote'
      | 'application-submission'
      | 'fund-decision'
      | 'commissioning'
      | 'therapy-review',
      TaskTiming
    >;
  };
  /** Team mailboxes: where reminders go when a task has no named assignee with an email. */
  mailboxes: Partial<Record<Role, string>> & { manager: string };
}

/** The yearly allowance review (domain.md §3.4). */
export interface AllowanceReviewPolicy {
  /** One review per cycle, on the anniversary of the order (P1Y; tests shorten it). */
  cycle: string;
  /** The review pack goes out this long before the anniversary. */
  packLeadTime: string;
  /** The carer's return is due this long after the pack. */
  returnDue: string;
  /** The carer is chased this long after the pack, once per entry, while nothing has come back. */
  chaseAfter: string[];
  /** With still nothing back this long after the pack, the allowance is suspended. */
  suspendAfter: string;
  /** The carer may make representations on a proposal for this long (SGR reg 15). */
  representationsWindow: string;
  /** Evidence of full-time education or training is asked for this long before the 18th birthday. */
  educationEvidenceLeadTime: string;
  /** The fostering-allowance region the baseline comes from. */
  region: FosteringRegion;
  /**
   * The fostering-allowance rates the baseline is taken from, one entry per rate year (6 April to
   * 5 April). A review in a year with no entry cannot calculate the allowance: it says which year
   * is missing and the finance officer proposes an amount, never last year's rates silently.
   */
  fosteringAllowanceRates: readonly FosteringAllowanceYear[];
  /**
   * The council's own fostering allowance by rate year: the means test's baseline (*B v Lewisham*
   * [R45]). Empty: the council pays the national minimum, and the NMA rates above are the baseline.
   * Held but missing the review's year: the year is named and the finance officer proposes an amount.
   * Never below the NMA for the same year, region and band (refused when the policy loads).
   */
  councilFosteringAllowance: readonly CouncilFosteringAllowanceYear[];
  /** The means test (or Kinship Zone flat rate) the council applies. */
  meansTest: AllowancePolicy;
  tasks: Record<'carer-return' | 'allowance-proposal' | 'allowance-decision' | 'education-evidence', TaskTiming>;
}

export type SgoTaskKind =
  | 'screening'
  | 'carer-discussion'
  | 'panel-decision'
  | 'care-plan-review'
  | 'notice-of-intention'
  | 'court-report'
  | 'court-report-sign-off'
  | 'support-plan'
  | 'support-plan-approval'
  | 'financial-assessment'
  | 'allowance-approval'
  | 'legal-planning'
  | 'court-outcome';

const standard = (due: string): TaskTiming => ({ due, reminderLeadTimes: ['P2D'], escalateAfterDue: 'P1D' });

export const DEFAULT_POLICY: Policy = {
  version: '2026-11-default',
  sgoConversion: {
    timetableReviewInterval: 'P14D',
    rescreenAfter: 'P3M',
    reportDueAfterNotice: 'P3M',
    noticeBeforeApplication: 'P3M',
    proceedingsLimit: 'P26W',
    maxProceedingsExtension: 'P8W',
    proceedingsDeadline: { reminderLeadTimes: ['P4W', 'P1W'], escalateAfterDue: 'P1D' },
    tasks: {
      screening: standard('P14D'),
      'carer-discussion': standard('P28D'),
      'panel-decision': standard('P28D'),
      'care-plan-review': standard('P28D'),
      'notice-of-intention': standard('P8W'),
      // Flags at 8 and 11 weeks of the 13-week notice period (domain.md §1.5).
      'court-report': { due: 'P3M', reminderLeadTimes: ['P5W', 'P2W'], escalateAfterDue: 'P1D' },
      'court-report-sign-off': standard('P7D'),
      'support-plan': standard('P28D'),
      'support-plan-approval': standard('P7D'),
      'financial-assessment': standard('P28D'),
      'allowance-approval': standard('P7D'),
      'legal-planning': standard('P28D'),
      'court-outcome': { due: 'P26W', reminderLeadTimes: ['P2W'], escalateAfterDue: 'P1D' },
    },
  },
  allowanceReview: {
    cycle: 'P1Y',
    packLeadTime: 'P6W',
    returnDue: 'P4W',
    chaseAfter: ['P2W', 'P4W'],
    suspendAfter: 'P8W',
    representationsWindow: 'P28D',
    educationEvidenceLeadTime: 'P3M',
    region: 'rest-of-england',
    fosteringAllowanceRates: NATIONAL_MINIMUM_ALLOWANCE,
    councilFosteringAllowance: [],
    meansTest: DEFAULT_MEANS_TEST_POLICY,
    tasks: {
      'carer-return': { due: 'P4W', reminderLeadTimes: ['P3D'], escalateAfterDue: 'P1W' },
      'allowance-proposal': standard('P14D'),
      'allowance-decision': standard('P14D'),
      'education-evidence': standard('P6W'),
    },
  },
  lifelongLinks: {
    reviewConferenceAfter: 'P6M',
    adulthood: 'P18Y',
    tasks: {
      'referral-decision': standard('P14D'),
      consent: standard('P28D'),
      search: { due: 'P6M', reminderLeadTimes: ['P2W'], escalateAfterDue: 'P2W' },
      'safety-decision': standard('P14D'),
      'family-group-conference': standard('P3M'),
      'care-plan-link': standard('P28D'),
      'review-conference': standard('P28D'),
    },
  },
  asgsf: {
    fairAccessLimits: DEFAULT_FAIR_ACCESS_LIMITS,
    applicationWindow: 'P3M',
    decisionWorkingDays: 20,
    applicationWindowWarning: { reminderLeadTimes: ['P2W'], escalateAfterDue: 'PT0S' },
    tasks: {
      'assessment-of-need': standard('P28D'),
      'manager-approval': standard('P7D'),
      'provider-quote': standard('P28D'),
      'application-submission': standard('P14D'),
      // Due on the 20th working day; the manager is told the day it passes.
      'fund-decision': { due: 'P28D', reminderLeadTimes: [], escalateAfterDue: 'PT0S' },
      commissioning: standard('P14D'),
      'therapy-review': standard('P28D'),
    },
  },
  mailboxes: {
    manager: 'kinship-managers@council.example',
    social_worker: 'kinship-team@council.example',
    panel_chair: 'sgo-panel@council.example',
    panel_member: 'sgo-panel@council.example',
    iro: 'independent-review-unit@council.example',
    finance_officer: 'kinship-finance@council.example',
  },
};

/** Overlays a council's overrides on the defaults, refusing unknown keys and malformed durations. */
export function mergePolicy(base: Policy, overrides: unknown): Policy {
  const merged = mergeNode(base, overrides, 'policy') as Policy;
  assertDurations(merged, 'policy');
  assertAllowancePolicy(merged.allowanceReview.meansTest);
  assertCouncilFosteringAllowance(
    merged.allowanceReview.councilFosteringAllowance,
    merged.allowanceReview.fosteringAllowanceRates,
    merged.allowanceReview.region,
  );
  return merged;
}

function mergeNode(base: unknown, override: unknown, path: string): unknown {
  if (override === undefined) return base;
  if (isPlainObject(base)) {
    if (!isPlainObject(override)) throw new TypeError(`${path} must be an object`);
    const result: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(override)) {
      // Mailboxes may name any role; everything else must be a key the policy already knows.
      if (!(key in base) && !path.endsWith('mailboxes')) throw new TypeError(`${path}.${key} is not a policy key`);
      // The means test is replaced whole: a council picks a mode, and each mode has its own keys.
      result[key] =
        key === 'meansTest' || key === 'fairAccessLimits' ? value : mergeNode(base[key], value, `${path}.${key}`);
    }
    return result;
  }
  if (Array.isArray(base) && !Array.isArray(override)) throw new TypeError(`${path} must be an array`);
  if (typeof base === 'string' && typeof override !== 'string') throw new TypeError(`${path} must be a string`);
  return override;
}

function assertDurations(node: unknown, path: string): void {
  if (!isPlainObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    const here = `${path}.${key}`;
    const isDurationKey = /(Interval|After|Due|due|LeadTimes)$/.test(key) || key === 'due';
    if (isDurationKey && typeof value === 'string' && !isIsoDuration(value)) {
      throw new TypeError(`${here} must be an ISO 8601 duration such as P14D, not "${value}"`);
    }
    if (isDurationKey && Array.isArray(value)) {
      value.forEach((item, i) => {
        if (!isIsoDuration(item)) throw new TypeError(`${here}[${i}] must be an ISO 8601 duration, not "${item}"`);
      });
    }
    assertDurations(value, here);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
