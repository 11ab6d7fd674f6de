import type { FieldSpec, TaskSpec } from '../shared/human-task';
import { Role } from '../shared/roles';

/** Stages of an ASGSF application (domain.md §2.3). */
export const ASGSF_STAGES = [
  'assessment-of-need',
  'manager-approval',
  'provider-quote',
  'application',
  'fund-decision',
  'commissioning',
  'therapy',
  'closed',
] as const;

export interface AsgsfFacts {
  dateOfBirth: string;
  ehcp: boolean;
}

/** What the quote is checked against: the council's approved providers and the child's funding so far. */
export interface AsgsfQuoteContext {
  approvedProviderIds: string[];
  priorCommitments: { kind: 'therapy' | 'assessment'; amountPence: number; financialYear: number }[];
}

/** The assessment of need: its date starts the application clock. */
export type AssessmentOfNeed = { assessmentDate: string; recommendation?: string };

/** A provider's quote, as recorded on the provider-quote task. */
export type AsgsfQuote = {
  providerId: string;
  kind: 'therapy' | 'assessment';
  therapyType: string;
  sessions: number;
  costPence: number;
  startDate: string;
  endDate: string;
  /** What the council pays itself on top of the fund, above the fair access limit (domain.md §2.2). */
  councilTopUpPence?: number;
};

const date = (name: string, label: string): FieldSpec => ({ name, type: 'date', label });
const text = (name: string, label: string): FieldSpec => ({ name, type: 'text', label });

export const asgsfTasks = {
  assessmentOfNeed: (): TaskSpec<AssessmentOfNeed> => ({
    kind: 'assessment-of-need',
    stage: 'assessment-of-need',
    title: "Record the assessment of the family's support needs",
    candidateRoles: [Role.SocialWorker],
    allowedOutcomes: ['therapy-recommended', 'no-therapy-needed'],
    requiredData: [date('assessmentDate', 'date of the assessment of need')],
    requiredDataByOutcome: { 'therapy-recommended': [text('recommendation', 'the therapy recommended and why')] },
  }),
  managerApproval: (assessor: string): TaskSpec<{ reasons?: string }> => ({
    kind: 'manager-approval',
    stage: 'manager-approval',
    title: 'Approve the recommendation to apply to the fund',
    candidateRoles: [Role.Manager],
    allowedOutcomes: ['approved', 'not-approved'],
    requiredDataByOutcome: {
      'not-approved': [text('reasons', 'why the application is not made, as the letter states it')],
    },
    excludedActors: [assessor],
  }),
  providerQuote: (): TaskSpec<AsgsfQuote> => ({
    kind: 'provider-quote',
    stage: 'provider-quote',
    title: "Record the provider's quote",
    candidateRoles: [Role.SocialWorker],
    allowedOutcomes: ['quote-received'],
    requiredData: [
      text('providerId', "the provider's id on the approved list"),
      {
        name: 'kind',
        type: 'choice',
        label: 'therapy or specialist assessment',
        allowedValues: ['therapy', 'assessment'],
      },
      text('therapyType', 'type of therapy'),
      { name: 'sessions', type: 'integer', label: 'number of sessions' },
      { name: 'costPence', type: 'pence', label: 'total cost in pence' },
      date('startDate', 'first session'),
      date('endDate', 'last session'),
    ],
    optionalData: [
      {
        name: 'councilTopUpPence',
        type: 'pence',
        label: 'the part of the cost the council pays itself, above the fair access limit',
      },
    ],
  }),
  applicationSubmission: (): TaskSpec<{ submissionDate: string; exceptionalReasons?: string }> => ({
    kind: 'application-submission',
    stage: 'application',
    title: 'Submit the application to the fund',
    candidateRoles: [Role.SocialWorker, Role.Manager],
    allowedOutcomes: ['submitted'],
    requiredData: [date('submissionDate', 'date the application was submitted')],
    // A retrospective application (therapy already begun) goes ahead only in exceptional cases.
    optionalData: [text('exceptionalReasons', 'why a retrospective application is exceptional')],
  }),
  fundDecision: (): TaskSpec<{ approvedPence?: number; reasons?: string }> => ({
    kind: 'fund-decision',
    stage: 'fund-decision',
    title: "Record the fund's decision",
    candidateRoles: [Role.SocialWorker, Role.Manager],
    allowedOutcomes: ['approved', 'part-approved', 'refused'],
    requiredDataByOutcome: {
      'part-approved': [{ name: 'approvedPence', type: 'pence', label: 'amount approved in pence' }],
      refused: [text('reasons', "the fund's reasons for refusing, as the letter states them")],
    },
  }),
  commissioning: (): TaskSpec<{ purchaseOrder: string }> => ({
    kind: 'commissioning',
    stage: 'commissioning',
    title: 'Commission the therapy with a purchase order',
    candidateRoles: [Role.Manager, Role.SocialWorker],
    allowedOutcomes: ['commissioned'],
    requiredData: [text('purchaseOrder', 'purchase order number')],
  }),
  therapyReview: (): TaskSpec<{ outcomeMeasures: string }> => ({
    kind: 'therapy-review',
    stage: 'therapy',
    title: 'Review the therapy at its end, with outcome measures',
    candidateRoles: [Role.SocialWorker],
    allowedOutcomes: ['reviewed'],
    requiredData: [text('outcomeMeasures', 'outcome measures and what changed')],
  }),
};
