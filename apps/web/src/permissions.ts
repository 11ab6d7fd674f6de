import { EVENT_ROLES, Role } from '../../../libs/domain/src';
import { teamLabel } from './labels';
import type { Session } from './session';
import type { Task } from './types';

/**
 * Who may do what, as the API decides it, so a page can say "only managers may" before anyone
 * fills a form in. The API stays the authority: it refuses anything these let through.
 */
const has = (session: Session, roles: readonly string[]) => session.roles.some((r) => roles.includes(r));

/** "managers", "social workers or managers": the roles that may, in words. */
export const rolesInWords = (roles: readonly string[]): string => roles.map(teamLabel).join(' or ');

/** The process starters' rule (apps/api/src/processes/process-starters.ts). */
export const START_ROLES: Record<string, readonly string[]> = {
  'sgo-conversion': [Role.Manager],
  'allowance-review': [Role.Manager, Role.FinanceOfficer],
  'asgsf-application': [Role.SocialWorker, Role.Manager],
  'lifelong-links': [Role.SocialWorker, Role.SocialWorkAssistant, Role.PersonalAdviser],
};

/** Pause, resume, withdraw and reassign are a manager's. */
export const CASE_MANAGEMENT_ROLES: readonly string[] = [Role.Manager];

/** Lifelong Links' people and connections: the search's own staff (FAMILY_NETWORK_READERS). */
export const FAMILY_NETWORK_READERS: readonly string[] = [
  Role.LlCoordinator,
  Role.SocialWorker,
  Role.PersonalAdviser,
  Role.Manager,
  Role.Auditor,
  Role.Admin,
];

export const mayUse = (session: Session, roles: readonly string[]) => has(session, roles);

/** Whether the signed-in person may record an event kind (admins any). */
export const mayRecord = (session: Session, kind: string) => has(session, [...(EVENT_ROLES[kind] ?? []), Role.Admin]);

export const eventRoles = (kind: string): readonly string[] => EVENT_ROLES[kind] ?? [];

/**
 * Why the signed-in person may not record this task's outcome, or undefined if they may: the
 * task's roles, separation of duties (whoever proposed what it decides), or someone else holding it.
 */
export function whyMayNotComplete(task: Task, session: Session): string | undefined {
  if (!has(session, task.candidateRoles))
    return `Only ${rolesInWords(task.candidateRoles)} may do this task. You can see it, but not record its outcome.`;
  if (task.excludedActors?.includes(session.sub))
    return 'You proposed what this task decides, so someone else must decide it (separation of duties). Ask a colleague who holds the role.';
  return undefined;
}
