import { Role } from './roles';

const { Manager, SocialWorker, SocialWorkAssistant, Iro, FinanceOfficer, LlCoordinator, PersonalAdviser } = Role;

/**
 * Who may record each event kind through `POST /processes/:id/events` (and the Lifelong Links
 * routes that record one). The one table: the API refuses others first (403 naming these roles)
 * and every process's update validator refuses them again, as the authority. Admins may record
 * any kind (they run the service); auditors none.
 */
export const EVENT_ROLES: Readonly<Record<string, readonly Role[]>> = {
  // SGO conversion
  'court-hearing-listed': [SocialWorker, Manager],
  'proceedings-extended': [SocialWorker, Manager],
  'case-note': [SocialWorker, SocialWorkAssistant, Manager, Iro],
  // Allowance review: a move ends the allowance, so not a panel or finance role
  'change-of-circumstances': [SocialWorker, FinanceOfficer, Manager],
  'child-moved': [SocialWorker, Manager],
  'representations-received': [FinanceOfficer, Manager],
  // ASGSF
  'session-delivered': [SocialWorker, Manager],
  'monthly-claim': [SocialWorker, FinanceOfficer, Manager],
  // Lifelong Links: the young person's consent is theirs; the coordinator and their workers record it
  'consent-withdrawn': [LlCoordinator, SocialWorker, PersonalAdviser, Manager],
  'person-to-find-named': [LlCoordinator],
  'connection-found': [LlCoordinator],
  'contact-made': [LlCoordinator],
};

/** The roles that may record `kind`, or undefined for a kind no process records. */
export const rolesForEvent = (kind: string): readonly Role[] | undefined =>
  Object.prototype.hasOwnProperty.call(EVENT_ROLES, kind) ? EVENT_ROLES[kind] : undefined;

/** Whether someone holding `roles` may record `kind` (admins any known kind). */
export function mayRecordEvent(kind: string, roles: readonly Role[]): boolean {
  const allowed = rolesForEvent(kind);
  if (!allowed) return true; // unknown kinds are refused by the process itself (422, naming what it records)
  return roles.includes(Role.Admin) || roles.some((role) => allowed.includes(role));
}

/** The refusal both the API and the validators give. */
export const eventRoleRefusal = (kind: string): string =>
  `Recording "${kind}" needs one of the roles: ${[...(rolesForEvent(kind) ?? []), Role.Admin].join(', ')}`;
