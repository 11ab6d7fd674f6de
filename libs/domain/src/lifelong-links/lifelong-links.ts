import { birthdayAt, dateToInstant } from '../shared/dates';
import { addIsoDuration } from '../shared/duration';
import type { TaskSpec } from '../shared/human-task';
import { Role, type Role as RoleName } from '../shared/roles';

/** Stages of a Lifelong Links search (domain.md §4.2). */
export const LIFELONG_LINKS_STAGES = [
  'referral',
  'consent',
  'search',
  'family-group-conference',
  'care-plan-link',
  'review',
  'closed',
] as const;

export interface LifelongLinksFacts {
  dateOfBirth: string;
}

export const SAFETY_DECISIONS = ['safe-to-contact', 'not-safe', 'more-information-needed'] as const;
export const CONTACT_OUTCOMES = ['willing', 'unwilling', 'no-response'] as const;

/** Who carries the case: the social worker, or from 18 the personal adviser. */
export const caseHolder = (adult: boolean): RoleName => (adult ? Role.PersonalAdviser : Role.SocialWorker);

const date = (name: string, label: string) => ({ name, type: 'date' as const, label });

export const lifelongLinksTasks = {
  referralDecision: (): TaskSpec => ({
    kind: 'referral-decision',
    stage: 'referral',
    title: 'Accept or decline the Lifelong Links referral',
    candidateRoles: [Role.LlCoordinator],
    allowedOutcomes: ['accepted', 'declined'],
  }),
  consent: (adult: boolean): TaskSpec<{ parentalResponsibilityHolder?: string }> => ({
    kind: 'consent',
    stage: 'consent',
    title: adult
      ? "Record the young person's agreement"
      : "Record the young person's agreement and the consent of whoever holds parental responsibility",
    candidateRoles: [Role.LlCoordinator],
    allowedOutcomes: ['consent-given', 'consent-refused'],
    // From 18 nobody else holds parental responsibility.
    requiredDataByOutcome: {
      'consent-given': adult
        ? []
        : [
            {
              name: 'parentalResponsibilityHolder',
              type: 'text',
              label: 'who holds parental responsibility and consented',
            },
          ],
    },
  }),
  search: (): TaskSpec => ({
    kind: 'search',
    stage: 'search',
    title: 'Direct work and search: record people found as connections, then finish the search',
    candidateRoles: [Role.LlCoordinator],
    allowedOutcomes: ['search-finished'],
  }),
  safetyDecision: (connectionRef: string, adult: boolean): TaskSpec => ({
    kind: 'safety-decision',
    stage: 'search',
    title: `Decide whether it is safe to contact connection ${connectionRef}`,
    candidateRoles: [Role.LlCoordinator, caseHolder(adult)],
    allowedOutcomes: [...SAFETY_DECISIONS],
  }),
  conference: (): TaskSpec<{ conferenceDate: string; attendees: string[]; planActions?: string[] }> => ({
    kind: 'family-group-conference',
    stage: 'family-group-conference',
    title: 'Hold the Lifelong Links family group conference and record the plan',
    candidateRoles: [Role.LlCoordinator],
    allowedOutcomes: ['plan-agreed', 'no-plan'],
    requiredData: [
      date('conferenceDate', 'date of the conference'),
      { name: 'attendees', type: 'list', label: 'who came' },
    ],
    requiredDataByOutcome: {
      'plan-agreed': [{ name: 'planActions', type: 'list', label: 'plan actions, each "action: owner"' }],
    },
  }),
  carePlanLink: (adult: boolean): TaskSpec<{ planReference: string }> => ({
    kind: 'care-plan-link',
    stage: 'care-plan-link',
    title: adult ? 'Link the plan into the pathway plan' : 'Link the plan into the care plan',
    candidateRoles: [caseHolder(adult)],
    allowedOutcomes: ['plan-linked'],
    requiredData: [{ name: 'planReference', type: 'text', label: 'care or pathway plan reference' }],
  }),
  reviewConference: (): TaskSpec => ({
    kind: 'review-conference',
    stage: 'review',
    title: 'Offer the review family group conference',
    candidateRoles: [Role.LlCoordinator],
    allowedOutcomes: ['review-held', 'review-declined'],
  }),
};

/**
 * When the young person comes of age (the policy's adulthood, P18Y): in whole years it is the
 * birthday ageOn counts, so born 29 February they turn 18 on 1 March in a common year. A shortened
 * duration (tests) is added as it is.
 */
export function comingOfAge(dateOfBirth: string, adulthood: string): Date {
  const years = /^P(\d+)Y$/.exec(adulthood);
  if (years) return dateToInstant(birthdayAt(dateOfBirth, Number(years[1])));
  return addIsoDuration(dateToInstant(dateOfBirth), adulthood);
}
