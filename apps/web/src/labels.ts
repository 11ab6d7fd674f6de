/**
 * Plain-English names for the service's codes. Anything not listed is shown with its dashes
 * turned into spaces, so a new code still reads sensibly.
 */

import {
  CONVERSION_CATEGORIES,
  type ProcessStatus,
  type ProcessType,
  type Role,
  type TaskStatus,
} from '../../../libs/domain/src';

/** The SGO conversion's stages, in order: the workflow's own list, so the case page cannot drift from it. */
export { SGO_STAGES } from '../../../libs/domain/src';

const STAGES: Record<string, string> = {
  screening: 'Screening',
  'carer-discussion': 'Talking with the carers',
  'sgo-panel': 'SGO panel',
  'care-plan-review': 'Care plan review',
  'notice-of-intention': 'Notice of intention',
  'assessment-and-court-report': 'Assessment and court report',
  'support-plan-and-financial-assessment': 'Support plan and financial assessment',
  'legal-planning': 'Legal planning',
  court: 'Court',
  closed: 'Closed',
  'waiting-for-anniversary': 'Waiting for the review date',
};

/** Stockton's five screening categories: the workflow's own labels. */
export const CATEGORIES: Record<string, string> = CONVERSION_CATEGORIES;

/** Every role the service knows has its name here (the type says if one is missing). */
export const ROLES: Record<Role, string> = {
  manager: 'Manager',
  social_worker: 'Social worker',
  social_work_assistant: 'Social work assistant',
  iro: 'Independent reviewing officer (IRO)',
  panel_member: 'Panel member',
  panel_chair: 'Panel chair',
  finance_officer: 'Finance officer',
  ll_coordinator: 'Lifelong Links coordinator',
  personal_adviser: 'Personal adviser',
  auditor: 'Auditor (can only read)',
  admin: 'Administrator',
};

/** A role's people together, for "Open tasks for panel chairs". */
const TEAMS: Record<Role, string> = {
  manager: 'managers',
  social_worker: 'social workers',
  social_work_assistant: 'social work assistants',
  iro: 'independent reviewing officers (IROs)',
  panel_member: 'panel members',
  panel_chair: 'panel chairs',
  finance_officer: 'finance officers',
  ll_coordinator: 'Lifelong Links coordinators',
  personal_adviser: 'personal advisers',
  auditor: 'auditors',
  admin: 'administrators',
};

const STATUSES: Record<ProcessStatus | TaskStatus, string> = {
  active: 'Open',
  paused: 'Paused',
  completed: 'Finished',
  withdrawn: 'Withdrawn',
  failed: 'Stopped by a fault',
  open: 'Open',
  cancelled: 'Cancelled',
};

const PROCESS_TYPES: Record<ProcessType, string> = {
  'sgo-conversion': 'Conversion to a special guardianship order (SGO)',
  'allowance-review': "Special guardian's allowance review",
  'asgsf-application': 'Adoption and Special Guardianship Support Fund application',
  'lifelong-links': 'Lifelong Links',
};

const OUTCOMES: Record<string, string> = {
  ...CATEGORIES,
  'carers-agree': 'The carers agree',
  'more-work-needed': 'More work is needed',
  'carers-decline': 'The carers decline',
  recommend: 'Recommend an SGO',
  defer: 'Defer to a later panel',
  'not-suitable': 'Not suitable for an SGO (closes the case)',
  'care-plan-changed': 'Care plan changed to SGO',
  'not-endorsed': 'Not endorsed',
  'notice-received': 'Notice received',
  'report-completed': 'Report completed',
  approved: 'Approved',
  'changes-needed': 'Changes needed',
  'support-plan-agreed': 'Support plan agreed',
  'allowance-proposed': 'Allowance proposed',
  'no-allowance': 'No allowance',
  'application-issued': 'Application issued',
  'sgo-made': 'SGO made',
  'cao-made': 'Child arrangements order (CAO) made',
  sgo: 'SGO made',
  cao: 'Child arrangements order (CAO) made',
  refused: 'Refused by the court',
  withdrawn: 'Withdrawn',
  'not-converted': 'Not converted',
};

const EVENTS: Record<string, string> = {
  'process-started': 'Case started',
  'task-opened': 'Task opened',
  'task-claimed': 'Task claimed',
  'task-completed': 'Task completed',
  'task-cancelled': 'Task cancelled',
  'task-due-date-moved': 'Due date moved',
  'process-closed': 'Case closed',
  'process-paused': 'Case paused',
  'process-resumed': 'Case resumed',
  'process-withdrawn': 'Case withdrawn',
  'timetable-review-due': 'Timetable review due',
  'care-episode-ended': 'Care episode ended',
  'allowance-review-started': 'Allowance reviews set up',
  'allowance-review-hand-off': 'Allowance reviews handed on',
  'allowance-suspended': 'Allowance suspended',
  'allowance-ended': 'Allowance ended',
  'review-started': 'Allowance review started',
  'review-cycle-continued': 'Next allowance review set',
  'proposal-sent': 'Allowance proposal sent to the carers',
  'return-chased': "Carers' return chased",
  'refusal-letter-sent': 'Refusal letter sent',
  'moved-to-personal-adviser': 'Handed to a personal adviser',
  'young-person-choice-recorded': "Young person's choice recorded",
  'social-worker-reassigned': 'Social worker changed',
  'notification-failed': 'A message could not be sent',
  'deadline-passed': 'Deadline passed',
  'case-note': 'Case note',
  'court-hearing-listed': 'Court hearing listed',
  'proceedings-extended': 'Court proceedings extended',
};

/** SSDA903 legal statuses, each in words with its code after it (the add-child choices, the child's page). */
export const LEGAL_STATUSES: Record<string, string> = {
  C2: 'Full care order (C2)',
  C1: 'Interim care order (C1)',
  E1: 'Placement order (E1)',
  D1: 'Freeing order (D1)',
  V2: 'Accommodated under section 20 (V2)',
  V3: 'Short breaks, each break recorded (V3)',
  V4: 'Short breaks, the agreement recorded (V4)',
  J1: 'Remanded to local authority accommodation (J1)',
  J2: 'Placed in accommodation under PACE (J2)',
  J3: 'Sentenced to a supervision order with residence requirement (J3)',
  L1: 'Under police protection (L1)',
  L2: 'Emergency protection order (L2)',
  L3: 'Under a child assessment order (L3)',
};

/**
 * SSDA903 placement types (the DfE's codes), each in words with its code after it. The codes
 * alone mean nothing to most people who add a child.
 */
export const PLACEMENT_TYPES: Record<string, string> = {
  U1: 'With a relative or friend, long-term foster care (U1)',
  U2: 'With a relative or friend who is also an approved adopter (U2)',
  U3: 'With a relative or friend, not long-term or approved adopter (U3)',
  U4: 'With another foster carer, long-term foster care (U4)',
  U5: 'With another foster carer who is also an approved adopter (U5)',
  U6: 'With another foster carer, not long-term or approved adopter (U6)',
  A3: 'Placed for adoption with consent, with a former foster carer (A3)',
  A4: 'Placed for adoption with consent, not with a former foster carer (A4)',
  A5: 'Placed for adoption under a placement order, with a former foster carer (A5)',
  A6: 'Placed for adoption under a placement order, not with a former foster carer (A6)',
  H5: 'Semi-independent living, not regulated as a children’s home (H5)',
  K1: 'Secure children’s home (K1)',
  K2: 'Children’s home (K2)',
  K3: 'Residential school that is not a children’s home (K3)',
  P1: 'Placed with a parent or other person with parental responsibility (P1)',
  P2: 'Independent living, for example a flat or lodgings (P2)',
  P3: 'Residential employment (P3)',
  R1: 'Residential care home (R1)',
  R2: 'NHS or health trust residential care (R2)',
  R3: 'Family centre or mother and baby unit (R3)',
  R5: 'Young offender institution or prison (R5)',
  S1: 'All residential schools except where dual-registered as a school and children’s home (S1)',
  T0: 'Temporary: a short period away from the usual placement, any type (T0)',
  T1: 'Temporary: in hospital (T1)',
  T2: 'Temporary: holiday (T2)',
  T3: 'Temporary: absent from the placement (T3)',
  T4: 'Temporary: other (T4)',
  Z1: 'Any other placement not listed here (Z1)',
};

/** The values tasks offer in lists and choices, where the code alone reads badly. */
const VALUES: Record<string, string> = {
  'losing-ssw-support': "Losing the supervising social worker's support",
  money: 'Money',
  training: 'Training',
  'post-18-support': 'Support after the child turns 18',
  housing: 'Housing',
  contact: 'Contact with the birth family',
  child: 'The child',
  'harm-already-suffered': 'Harm the child has already suffered',
  'risk-of-future-harm': 'Risk of future harm',
  'child-family': "The child's family",
  'wishes-and-feelings': "The child's wishes and feelings",
  'prospective-special-guardians': 'The prospective special guardians',
  'relationship-with-child': 'Their relationship with the child',
  'parenting-capacity': 'Parenting capacity',
  'local-authority': 'The local authority',
  'medical-information': 'Medical information',
  'implications-of-order': 'What the order would mean',
  'relative-merits-of-other-orders': 'The merits of other orders',
  recommendation: 'Recommendation',
  therapy: 'Therapy',
  'child-left-guardian': 'The child no longer lives with the special guardian',
  annual: 'Yearly review',
  'change-of-circumstances': 'Change of circumstances',
  assessment: 'Assessment',
};

/** Task field labels from the service that use its own shorthand, in plain words. */
const FIELD_LABELS: Record<string, string> = {
  'Schedule sections completed': 'Sections of the court report completed (as the regulations list them)',
};

/** "court-report-sign-off" or "dueAt" → "Court report sign off", "Due at", keeping SGO, CAO and IRO in capitals. */
export function humanise(code: string): string {
  const words = code
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
  const text = words.charAt(0).toUpperCase() + words.slice(1);
  return text.replace(/\b(sgo|cao|iro|asgsf|ssda903|fgc)\b/gi, (w) => w.toUpperCase());
}

const lookup = (table: Record<string, string>) => (code: string | null | undefined) =>
  code ? (table[code] ?? humanise(code)) : '';

export const stageLabel = lookup(STAGES);
export const categoryLabel = lookup(CATEGORIES);
export const roleLabel = lookup(ROLES);
export const teamLabel = lookup(TEAMS);
export const statusLabel = lookup(STATUSES);
export const processTypeLabel = lookup(PROCESS_TYPES);
export const outcomeLabel = lookup(OUTCOMES);
export const eventLabel = lookup(EVENTS);
export const valueLabel = lookup(VALUES);
export const placementLabel = lookup(PLACEMENT_TYPES);
export const legalStatusLabel = lookup(LEGAL_STATUSES);
export const plainFieldLabel = (label: string): string => FIELD_LABELS[label] ?? label;

export const ALL_ROLES = Object.keys(ROLES);
export const MANAGER_VIEW_ROLES = ['manager', 'auditor', 'admin'];

/**
 * The service names roles by their codes ("Only panel_chair may act on …"); people read
 * "Only panel chairs may act on …". Anything else in the message is left exactly as it was.
 */
export function plainRoles(message: string): string {
  const code = Object.keys(ROLES).join('|');
  return message
    .replace(
      new RegExp(`Only ((?:${code})(?: or (?:${code}))*) may`, 'g'),
      (_, roles: string) => `Only ${roles.split(' or ').map(teamLabel).join(' or ')} may`,
    )
    .replace(
      new RegExp(
        `\\b(${Object.keys(ROLES)
          .filter((r) => r.includes('_'))
          .join('|')})\\b`,
        'g',
      ),
      (r) => roleLabel(r).toLowerCase(),
    );
}
