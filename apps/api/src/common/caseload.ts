import type { Caller } from '../auth/auth.types';

/**
 * Caseload scoping, in one place. Who sees a child is decided by the SQL function
 * `caseload_visible(child, sub, teams, roles)` (migration 1764700000000-caseload): auditors and
 * admins see all; staff their teams' children and those allocated to them; panel roles the cases
 * that have come to panel; a restricted child only the staff named on it and its team's managers.
 * Every query that lists or loads something belonging to a child filters through it, and an id
 * outside the caller's caseload answers 404 as if it did not exist.
 */

/** The caller's teams: the `team` claim may name several (an array, or comma-separated). */
export function teamsOf(caller: Caller): string[] {
  const claim: unknown = caller.team;
  const raw = Array.isArray(claim) ? claim.map(String) : typeof claim === 'string' ? claim.split(',') : [];
  return raw.map((t) => t.trim()).filter((t) => t.length > 0);
}

/** The team a child created or imported by the caller is put on (their first team), if any. */
export const homeTeamOf = (caller: Caller): string | null => teamsOf(caller)[0] ?? null;

/** The parameters of `caseload_visible`, in order: sub, teams, roles. */
export const caseloadArgs = (caller: Caller): [string, string[], string[]] => [
  caller.sub,
  teamsOf(caller),
  [...caller.roles],
];

/**
 * `<childExpr> IN caseload_children($n, $n+1, $n+2)` for raw queries whose caseload args start at
 * `$n`: the same rule as `caseload_visible`, as a set the planner joins once rather than a
 * function it calls per row (migration 1764820000000-caseload-as-a-set).
 */
export const visibleSql = (childExpr: string, firstParam: number): string =>
  `${childExpr} IN (SELECT v FROM caseload_children($${firstParam}::text, $${firstParam + 1}::text[], $${firstParam + 2}::text[]) AS v)`;

/**
 * Whether the one child `$childParam` is on the caseload, for raw queries whose caseload args start
 * at `$firstParam`: `EXISTS (… WHERE v = $n)` lets the planner look the child up by its key, where
 * `$n IN (SELECT v FROM caseload_children(…))` built the whole caseload (every child read) to test one.
 */
export const childVisibleSql = (childParam: number, firstParam: number): string =>
  `EXISTS (SELECT 1 FROM caseload_children($${firstParam}::text, $${firstParam + 1}::text[], $${firstParam + 2}::text[]) AS v WHERE v = $${childParam}::uuid)`;

/** The same predicate for a TypeORM query builder, with its named parameters. */
export function visibleWhere(childExpr: string, caller: Caller): [string, Record<string, unknown>] {
  const [sub, teams, roles] = caseloadArgs(caller);
  return [
    `${childExpr} IN (SELECT v FROM caseload_children(CAST(:caseloadSub AS text), CAST(:caseloadTeams AS text[]), CAST(:caseloadRoles AS text[])) AS v)`,
    { caseloadSub: sub, caseloadTeams: teams, caseloadRoles: roles },
  ];
}
