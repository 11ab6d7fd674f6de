import { ApiError } from './api';
import { plainRoles, processTypeLabel, statusLabel } from './labels';

const LEAD: Record<number, string> = {
  400: 'Something in the form is not right.',
  401: 'You are not signed in, or your sign-in has expired. Sign out and sign in again.',
  403: 'You may not do this.',
  404: 'This could not be found. It may have been removed, or it is not in your caseload.',
  422: 'The rules do not allow this.',
};

/**
 * The service's 409s (a clash with what is already recorded) said as what is wrong and what to
 * do, without ids or codes. A 409 not listed keeps the service's words after a plain lead-in.
 */
const CONFLICTS: [RegExp, (...m: string[]) => string][] = [
  [
    /^Child \S+ already has an active (\S+) process$/,
    (type) =>
      `This child already has an open case: ${processTypeLabel(type)}. A child can have only one at a time. Open that case from the child's record or your tasks, or close it first.`,
  ],
  [
    /^A child with childRef (.+) already exists$/,
    (ref) => `A child with the reference ${ref} is already recorded. Use that record instead, or check the reference.`,
  ],
  [
    /^Task "(.+)" is (\w+), not open$/,
    (title, status) =>
      `“${title}” is ${statusLabel(status).toLowerCase()}: someone has already dealt with it. Reload the page to see the case as it is now.`,
  ],
  [/^The process is no longer open$/, () => 'This case is closed, so nothing more can be recorded on it.'],
  [
    /^The process is (\w+)$/,
    (status) =>
      `This case is ${statusLabel(status).toLowerCase()}, so this cannot be recorded now. A manager can resume it from the case page.`,
  ],
  [
    /^A provider named (.+) is already on the list$/,
    (name) => `${name} is already on the list of providers. Choose it from the list instead.`,
  ],
  [
    /Idempotency-Key is still in flight/,
    () => 'The same request is still being dealt with. Wait a moment, then reload the page.',
  ],
];

function conflictText(message: string): string {
  for (const [pattern, say] of CONFLICTS) {
    const m = pattern.exec(message);
    if (m) return say(...m.slice(1));
  }
  return `This clashes with what is already recorded. ${plainRoles(message)} Reload the page to see the case as it is now.`;
}

/** The service's own words (they name the rule or the role), after a plain lead-in saying what kind of refusal it is. */
export function describeError(err: unknown): string {
  if (err instanceof ApiError && err.status === 409) return conflictText(err.message);
  if (err instanceof ApiError && err.status)
    return `${LEAD[err.status] ?? `The service answered with an error (${err.status}).`} ${plainRoles(err.message)}`;
  return err instanceof Error ? err.message : String(err);
}
