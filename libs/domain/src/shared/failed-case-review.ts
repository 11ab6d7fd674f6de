import { Role } from './roles';

/**
 * The manager's task a case gets when it closes `failed` (PostgreSQL refused what it had to record).
 * The workflow has closed by then, so the task lives in the read model only: the projection writes
 * it with the failed state, and `POST /tasks/:id/complete` completes it in PostgreSQL directly.
 */
export const FailedCaseReview = {
  kind: 'failed-case-review',
  title: 'Look into a case that stopped',
  allowedOutcomes: ['acknowledged', 'restarted-by-hand'],
  candidateRoles: [Role.Manager],
  /** Workflow task numbers count up from 1: this one is out of their way and keeps the task-id shape. */
  taskNumber: 999_999,
  /** Said on the timeline when the task opens; the internal error stays on the `process-closed` event. */
  reason:
    'This case stopped because the system could not save a change to its record, so it can go no ' +
    'further by itself. Check the case, correct the record and start the process again if it is still needed.',
} as const;

export function failedCaseReviewTaskId(processId: string): string {
  return `${processId}-t${FailedCaseReview.taskNumber}`;
}

/** Its timeline events sit after the process's own events and the outbox's at that projection. */
export const FAILED_CASE_REVIEW_EVENT_IDX = 2_000_000;
