/** The roles a JWT `roles` claim may carry (DESIGN.md "Who uses it"). */
export const Role = {
  Manager: 'manager',
  SocialWorker: 'social_worker',
  SocialWorkAssistant: 'social_work_assistant',
  Iro: 'iro',
  PanelMember: 'panel_member',
  PanelChair: 'panel_chair',
  FinanceOfficer: 'finance_officer',
  LlCoordinator: 'll_coordinator',
  PersonalAdviser: 'personal_adviser',
  Auditor: 'auditor',
  Admin: 'admin',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ALL_ROLES: readonly Role[] = Object.values(Role);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ALL_ROLES as readonly string[]).includes(value);
}

/**
 * Who acted: the JWT subject, with the roles they held when they acted. A person's display name
 * does not reach a workflow (it is resolved from the staff directory when projected); only the
 * system actor, and histories recorded before that, carry one.
 */
export interface Actor {
  sub: string;
  name?: string;
  roles: Role[];
}

export const SYSTEM_ACTOR: Actor = { sub: 'system', name: 'Kinship workflow service', roles: [] };
