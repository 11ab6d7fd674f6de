/**
 * Failure types an activity throws (as non-retryable ApplicationFailures) when retrying cannot
 * help: the workflows' retry policies name them, and the workflows make them visible on the case
 * instead of waiting for ever. activities/permanent-failures.ts decides which errors they are.
 */
export const PermanentFailure = {
  /** The mail server answered 5xx for this message (a bad address, a refused sender). */
  MailRejected: 'MailRejected',
  /** PostgreSQL refused the data itself (a constraint or data exception, SQLSTATE classes 22 and 23). */
  DataRejected: 'DataRejected',
} as const;
export type PermanentFailureType = (typeof PermanentFailure)[keyof typeof PermanentFailure];
