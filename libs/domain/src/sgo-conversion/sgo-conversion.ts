import { dateToInstant, instantToDate } from '../shared/dates';
import { addIsoDuration } from '../shared/duration';
import { ErrorType, RuleViolation } from '../shared/errors';
import type { TaskSpec } from '../shared/human-task';
import { Role } from '../shared/roles';
import { KINSHIP_PLACEMENTS, reasonEpisodeCeased, type ReasonEpisodeCeased } from '../shared/ssda903';

/** Stages of a conversion, in order (domain.md §1.2). */
export const SGO_STAGES = [
  'screening',
  'carer-discussion',
  'sgo-panel',
  'care-plan-review',
  'notice-of-intention',
  'assessment-and-court-report',
  'support-plan-and-financial-assessment',
  'legal-planning',
  'court',
  'closed',
] as const;
export type SgoStage = (typeof SGO_STAGES)[number];

/** Stockton's five screening categories (domain.md §1.6). */
export const CONVERSION_CATEGORIES = {
  'moving-to-sgo-now': 'Moving to SGO now',
  'cannot-convert-yet': 'Cannot convert yet: still needs oversight in care',
  'further-work-with-carers': 'Further work needed with the carers',
  'twin-tracked': 'Twin-tracked for reunification',
  'in-proceedings': 'In proceedings',
} as const;
export type ConversionCategory = keyof typeof CONVERSION_CATEGORIES;

/** Barriers carers name to an SGO (Stockton, domain.md §1.6). */
export const CARER_BARRIERS = [
  'losing-ssw-support',
  'money',
  'training',
  'post-18-support',
  'housing',
  'contact',
] as const;
export type CarerBarrier = (typeof CARER_BARRIERS)[number];

/**
 * Court report sections (SGR 2005 Schedule as amended 2016). Paragraphs 1, 2 and 4 and the 2016
 * additions are confirmed; the remaining headings follow common practice (domain.md §1.3).
 */
export const COURT_REPORT_SECTIONS = [
  'child',
  'harm-already-suffered',
  'risk-of-future-harm',
  'child-family',
  'wishes-and-feelings',
  'prospective-special-guardians',
  'relationship-with-child',
  'parenting-capacity',
  'local-authority',
  'medical-information',
  'implications-of-order',
  'relative-merits-of-other-orders',
  'contact',
  'recommendation',
] as const;

/** The child and carer facts a conversion needs: codes and dates, never names. */
export interface ConversionFacts {
  legalStatus: string;
  placementType: string;
  dateOfBirth: string;
  carersAreFormerFosterCarers: boolean;
  carersAreRelativesOrFriends: boolean;
  /** The care episode's start (SSDA903 DECOM), when the record has it; an order cannot predate it. */
  careEpisodeStart?: string;
}

/** A conversion starts only for a child on a full care order (C2) placed with kin (U1–U3). */
export function checkConversionEligibility(facts: Pick<ConversionFacts, 'legalStatus' | 'placementType'>): void {
  if (!(CONVERSION_LEGAL_STATUSES as readonly string[]).includes(facts.legalStatus)) {
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `A conversion needs a full care order (legal status C2), or an interim care order (C1) in care proceedings; this child's legal status is ${facts.legalStatus}`,
    );
  }
  if (!(KINSHIP_PLACEMENTS as readonly string[]).includes(facts.placementType)) {
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `A conversion needs a placement with relatives or friends (U1–U3); this child's placement is ${facts.placementType}`,
    );
  }
}

/**
 * Legal statuses a conversion starts from: C2 (the s31 cohort) and C1, the interim care order a
 * child in care proceedings is on, where the court can make an SGO of its own motion (domain.md §1.1).
 */
export const CONVERSION_LEGAL_STATUSES = ['C1', 'C2'] as const;

/** A child on an interim care order (C1) is in proceedings: screening can only say so. */
export function checkScreeningForLegalStatus(legalStatus: string, category: string): void {
  if (legalStatus === 'C1' && category !== 'in-proceedings')
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `This child is on an interim care order (C1), so in care proceedings: screen them as in-proceedings, not ${category}`,
    );
}

/**
 * The conversion's carer facts from the child's record. Carers recorded on the child decide them;
 * with none recorded (a cohort imported from an SSDA903 return), a U1–U3 placement means the
 * child lives with kinship foster carers, so an order to them would be E45.
 */
export function conversionFacts(
  child: { legalStatus: string; placementType: string; dateOfBirth: string; careEpisodeStart?: string | null },
  carers: { isFormerFosterCarer: boolean; isRelativeOrFriend: boolean }[],
): ConversionFacts {
  const kinshipPlacement = (KINSHIP_PLACEMENTS as readonly string[]).includes(child.placementType);
  return {
    legalStatus: child.legalStatus,
    placementType: child.placementType,
    dateOfBirth: child.dateOfBirth,
    carersAreFormerFosterCarers: carers.length ? carers.every((c) => c.isFormerFosterCarer) : kinshipPlacement,
    carersAreRelativesOrFriends: carers.length ? carers.every((c) => c.isRelativeOrFriend) : kinshipPlacement,
    ...(child.careEpisodeStart ? { careEpisodeStart: child.careEpisodeStart } : {}),
  };
}

/**
 * An order ends the care episode on its date, so it cannot be dated before the episode started
 * (the DfE rule "the date the episode ceased is before the date the same episode started").
 */
export function checkOrderDate(facts: Pick<ConversionFacts, 'careEpisodeStart'>, orderDate: string): void {
  if (facts.careEpisodeStart && orderDate < facts.careEpisodeStart)
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `orderDate ${orderDate} is before the care episode started on ${facts.careEpisodeStart}: the episode cannot cease before it started (SSDA903)`,
    );
}

/** A deferred panel comes back after the day it sat, never before or on it. */
export function checkPanelDeferral(panelDate: string, nextPanelDate: string): void {
  if (nextPanelDate <= panelDate)
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `nextPanelDate ${nextPanelDate} is not after panelDate ${panelDate}: a deferred case comes back to a later panel`,
    );
}

/**
 * The carers must give written notice of their intention to apply this long before the
 * application (s14A(7) CA 1989: 3 months, domain.md §1.1; `noticeBeforeApplication` in the policy).
 */
export function checkApplicationAfterNotice(noticeDate: string, applicationDate: string, noticePeriod: string): void {
  const earliest = instantToDate(addIsoDuration(dateToInstant(noticeDate), noticePeriod));
  if (applicationDate < earliest)
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `applicationDate ${applicationDate} is less than ${noticePeriod} after the notice of intention on ${noticeDate}: the application can be made from ${earliest} (s14A(7) CA 1989)`,
    );
}

/** Who the court's order names, when it is not the carers on record. */
export type OrderCarers = {
  orderToFormerFosterCarers?: boolean;
  orderToRelativesOrFriends?: boolean;
};

/** The court's outcome: an order (SGO or CAO) has its date. */
export type CourtOutcomeData = OrderCarers & { orderDate?: string };

/** The REC code an order would end the episode with; throws when the 903 rules forbid it. */
export function conversionReasonCode(
  facts: ConversionFacts,
  order: 'sgo' | 'cao',
  orderDate: string,
  named: OrderCarers = {},
): ReasonEpisodeCeased {
  return reasonEpisodeCeased({
    order,
    orderDate,
    dateOfBirth: facts.dateOfBirth,
    placementType: facts.placementType,
    toFormerFosterCarers: named.orderToFormerFosterCarers ?? facts.carersAreFormerFosterCarers,
    toRelativesOrFriends: named.orderToRelativesOrFriends ?? facts.carersAreRelativesOrFriends,
  });
}

const date = (name: string, label: string) => ({ name, type: 'date' as const, label });
/** A date on which something happened: not after today. */
const pastDate = (name: string, label: string) => ({ ...date(name, label), notInFuture: true });

/** The human steps of a conversion. */
export const sgoTasks = {
  screening: (): TaskSpec<{ proceedingsIssueDate?: string }> => ({
    kind: 'screening',
    stage: 'screening',
    title: 'Screen the case into a conversion category',
    candidateRoles: [Role.SocialWorker, Role.Manager],
    allowedOutcomes: Object.keys(CONVERSION_CATEGORIES),
    requiredDataByOutcome: {
      'in-proceedings': [date('proceedingsIssueDate', 'date the care proceedings were issued')],
    },
  }),
  carerDiscussion: (): TaskSpec<{ discussionDate: string; barriers?: CarerBarrier[]; fgcNeeded?: boolean }> => ({
    kind: 'carer-discussion',
    stage: 'carer-discussion',
    title: 'Discuss an SGO with the carers: consent, support needs and barriers',
    candidateRoles: [Role.SocialWorker],
    allowedOutcomes: ['carers-agree', 'more-work-needed', 'carers-decline'],
    requiredData: [pastDate('discussionDate', 'date of the discussion')],
    optionalData: [
      { name: 'barriers', type: 'list', label: 'barriers the carers named', allowedValues: [...CARER_BARRIERS] },
      { name: 'fgcNeeded', type: 'boolean', label: 'a family group conference is needed' },
    ],
  }),
  panelDecision: (proposer: string): TaskSpec<{ panelDate: string; nextPanelDate?: string }> => ({
    kind: 'panel-decision',
    stage: 'sgo-panel',
    title: "Record the SGO panel's decision",
    candidateRoles: [Role.PanelChair],
    allowedOutcomes: ['recommend', 'defer', 'not-suitable'],
    requiredData: [pastDate('panelDate', 'date the panel sat')],
    requiredDataByOutcome: { defer: [date('nextPanelDate', 'date the case comes back to panel')] },
    excludedActors: [proposer],
  }),
  carePlanReview: (): TaskSpec<{ reviewDate: string }> => ({
    kind: 'care-plan-review',
    stage: 'care-plan-review',
    title: 'Change the care plan to SGO at a looked-after review',
    candidateRoles: [Role.Iro, Role.SocialWorker],
    allowedOutcomes: ['care-plan-changed', 'not-endorsed'],
    requiredData: [date('reviewDate', 'date of the looked-after review')],
  }),
  noticeOfIntention: (): TaskSpec<{ noticeDate: string }> => ({
    kind: 'notice-of-intention',
    stage: 'notice-of-intention',
    title: "Record the carers' notice of intention to apply",
    candidateRoles: [Role.SocialWorker],
    allowedOutcomes: ['notice-received'],
    requiredData: [date('noticeDate', 'date the notice was received')],
  }),
  courtReport: (): TaskSpec<{ sections: string[]; recommendation: string }> => ({
    kind: 'court-report',
    stage: 'assessment-and-court-report',
    title: 'Complete the SGO assessment and court report',
    candidateRoles: [Role.SocialWorker],
    allowedOutcomes: ['report-completed'],
    requiredData: [
      { name: 'sections', type: 'list', label: 'Schedule sections completed', mustInclude: [...COURT_REPORT_SECTIONS] },
      { name: 'recommendation', type: 'text', label: 'the report recommendation' },
    ],
  }),
  courtReportSignOff: (author: string): TaskSpec => ({
    kind: 'court-report-sign-off',
    stage: 'assessment-and-court-report',
    title: 'Sign off the court report',
    candidateRoles: [Role.Manager],
    allowedOutcomes: ['approved', 'changes-needed'],
    excludedActors: [author],
  }),
  supportPlan: (): TaskSpec<{ supportPlanReviewDate: string }> => ({
    kind: 'support-plan',
    stage: 'support-plan-and-financial-assessment',
    title: 'Agree the special guardianship support plan',
    candidateRoles: [Role.SocialWorker],
    allowedOutcomes: ['support-plan-agreed'],
    requiredData: [date('supportPlanReviewDate', 'first review date of the support plan')],
  }),
  /** DESIGN: managers approve support plans; never the plan's own author. */
  supportPlanApproval: (author: string): TaskSpec => ({
    kind: 'support-plan-approval',
    stage: 'support-plan-and-financial-assessment',
    title: 'Approve the special guardianship support plan',
    candidateRoles: [Role.Manager],
    allowedOutcomes: ['approved', 'changes-needed'],
    excludedActors: [author],
  }),
  /** The proposed allowance is approved by a second officer, never the one who proposed it. */
  allowanceApproval: (proposer: string): TaskSpec => ({
    kind: 'allowance-approval',
    stage: 'support-plan-and-financial-assessment',
    title: 'Approve the proposed allowance',
    candidateRoles: [Role.FinanceOfficer, Role.Manager],
    allowedOutcomes: ['approved', 'changes-needed'],
    excludedActors: [proposer],
  }),
  financialAssessment: (): TaskSpec<{ weeklyAllowancePence?: number; fosterCarerFeePence?: number }> => ({
    kind: 'financial-assessment',
    stage: 'support-plan-and-financial-assessment',
    title: 'Complete the financial assessment and propose the allowance',
    candidateRoles: [Role.FinanceOfficer],
    allowedOutcomes: ['allowance-proposed', 'no-allowance'],
    requiredDataByOutcome: {
      'allowance-proposed': [
        {
          name: 'weeklyAllowancePence',
          type: 'pence',
          label: 'weekly allowance in pence, without any foster-carer fee',
        },
      ],
    },
    // Former foster carers keep their fee or reward element for 2 years after the order (domain.md §3.2).
    optionalData: [
      {
        name: 'fosterCarerFeePence',
        type: 'pence',
        label: 'the weekly fee or reward the carers received as foster carers (transitional remuneration)',
      },
    ],
  }),
  legalPlanning: (): TaskSpec<{ applicationDate: string; court: string }> => ({
    kind: 'legal-planning',
    stage: 'legal-planning',
    title: 'Plan the legal route and record the issued application',
    candidateRoles: [Role.SocialWorker, Role.Manager],
    allowedOutcomes: ['application-issued'],
    requiredData: [
      date('applicationDate', 'date the application was issued'),
      { name: 'court', type: 'text', label: 'court' },
    ],
  }),
  courtOutcome: (): TaskSpec<CourtOutcomeData> => ({
    kind: 'court-outcome',
    stage: 'court',
    title: "Record the court's outcome",
    candidateRoles: [Role.SocialWorker],
    allowedOutcomes: ['sgo-made', 'cao-made', 'refused', 'withdrawn'],
    requiredDataByOutcome: {
      'sgo-made': [pastDate('orderDate', 'date of the order')],
      'cao-made': [pastDate('orderDate', 'date of the order')],
    },
    // When the order names carers other than the foster carers on record (E47/E48 rather than E45).
    optionalData: [
      { name: 'orderToFormerFosterCarers', type: 'boolean', label: 'the order names the former foster carers' },
      { name: 'orderToRelativesOrFriends', type: 'boolean', label: 'the order names relatives or friends' },
    ],
  }),
};
