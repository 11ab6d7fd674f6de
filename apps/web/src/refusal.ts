import { ApiError } from './api';
import { plainRoles } from './labels';

const LEAD: Record<number, string> = {
  400: 'Something in the form is not right.',
  401: 'You are not signed in, or your sign-in has expired. Sign out and sign in again.',
  403: 'You may not do this.',
  404: 'This could not be found.',
  409: 'This cannot be done now.',
  422: 'The rules do not allow this.',
};

/** The service's own words (they name the rule or the role), after a plain lead-in saying what kind of refusal it is. */
export function describeError(err: unknown): string {
  if (err instanceof ApiError && err.status)
    return `${LEAD[err.status] ?? `The service answered with an error (${err.status}).`} ${plainRoles(err.message)}`;
  return err instanceof Error ? err.message : String(err);
}
