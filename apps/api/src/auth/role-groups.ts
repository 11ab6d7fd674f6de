import { Role } from '../../../../libs/domain/src';

/**
 * Who may call what, by kind of work. Each route names one of these (or its own list) with `@Roles`;
 * the README's endpoint × role table says the same and test/integration/route-roles.spec.ts checks
 * every cell of it against the running API. Which records a role then sees is caseload scoping's rule.
 */

/** Everyone who works cases and may hold a task. */
export const CASEWORK: readonly Role[] = [
  Role.Manager,
  Role.SocialWorker,
  Role.SocialWorkAssistant,
  Role.Iro,
  Role.PanelMember,
  Role.PanelChair,
  Role.FinanceOfficer,
  Role.LlCoordinator,
  Role.PersonalAdviser,
];

/** Reads of cases and children: casework, and auditors and admins, who see every caseload. */
export const CASE_READERS: readonly Role[] = [...CASEWORK, Role.Auditor, Role.Admin];

/**
 * Lifelong Links' people and connections hold relatives' contact details, some judged not safe:
 * the search's own staff only, not panel, IRO or finance.
 */
export const FAMILY_NETWORK_READERS: readonly Role[] = [
  Role.LlCoordinator,
  Role.SocialWorker,
  Role.PersonalAdviser,
  Role.Manager,
  Role.Auditor,
  Role.Admin,
];

/** Dashboards and the SSDA903 return: those who run the service and those who check it. */
export const OVERSIGHT: readonly Role[] = [Role.Manager, Role.Auditor, Role.Admin];

/** Money dashboards are also the finance officers'. */
export const FINANCE_OVERSIGHT: readonly Role[] = [...OVERSIGHT, Role.FinanceOfficer];
