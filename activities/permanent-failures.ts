import { ApplicationFailure } from '@temporalio/common';
import { PermanentFailure } from '../libs/domain/src/shared/permanent-failures';

/**
 * The non-retryable failure an error stands for, or undefined when a retry may succeed (a
 * connection refused, a 4xx from the mail server, a deadlock). Retrying a refused message or a row
 * PostgreSQL will never accept only wedges the case, with no one told.
 */
export function permanentFailureOf(err: unknown): ApplicationFailure | undefined {
  const smtp = (err as { responseCode?: unknown })?.responseCode;
  if (typeof smtp === 'number' && smtp >= 500 && smtp < 600) {
    return ApplicationFailure.nonRetryable(
      `The mail server rejected the message (${smtp}): ${messageOf(err)}`,
      PermanentFailure.MailRejected,
    );
  }
  const e = err as { code?: unknown; driverError?: { code?: unknown } };
  const sqlState = e?.driverError?.code ?? e?.code;
  if (typeof sqlState === 'string' && /^(22|23)[0-9A-Z]{3}$/.test(sqlState)) {
    return ApplicationFailure.nonRetryable(
      `PostgreSQL refused the data (SQLSTATE ${sqlState}): ${messageOf(err)}`,
      PermanentFailure.DataRejected,
    );
  }
  return undefined;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
