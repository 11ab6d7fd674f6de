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
  'process-closed': 'Case closed',
  'timetable-review-due': 'Fortnightly timetable review due',
  'care-episode-ended': 'Care episode ended',
  'allowance-review-started': 'Allowance review started',
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
