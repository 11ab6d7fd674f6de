/**
 * Workflow time. Inside the Temporal sandbox `new Date()` is the time of the current workflow task,
 * recorded in history, so it is the same on every replay; the wall clock is never read.
 */
export function workflowNow(): Date {
  return new Date();
}

/** Milliseconds from workflow now until an instant; at least 1 so a timer is always valid. */
export function msUntil(instant: Date): number {
  return Math.max(1, instant.getTime() - workflowNow().getTime());
}
