import { ConflictException, HttpException, ServiceUnavailableException } from '@nestjs/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { HTTP_STATUS_OF_ERROR, type ErrorType } from '../../../../libs/domain/src';

/** A call to Temporal that had not answered by its deadline (TEMPORAL_CALL_TIMEOUT_MS). */
export class TemporalDeadlineExceeded extends Error {
  constructor(readonly ms: number) {
    super(`Temporal did not answer within ${ms} ms`);
  }
}

const ERROR_NAMES: Record<number, string> = {
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
};

/**
 * Maps what Temporal answered to HTTP: a validator's refusal carries a business error type; a
 * workflow that has closed (or is gone) means the process is no longer open.
 */
export function httpErrorFromTemporal(err: unknown): HttpException {
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    const status = HTTP_STATUS_OF_ERROR[err.cause.type as ErrorType] ?? 422;
    return new HttpException({ error: ERROR_NAMES[status], message: err.cause.message }, status);
  }
  const text = err instanceof Error ? err.message : String(err);
  if (err instanceof WorkflowNotFoundError || /already completed|not found/i.test(text)) {
    return new ConflictException('The process is no longer open');
  }
  // Temporal's own text is logged with the request id (HttpErrorFilter), not answered. The
  // request may still have reached the workflow: a retry with the same Idempotency-Key says.
  return new ServiceUnavailableException(
    'The workflow service (Temporal) did not answer in time or is unreachable; the request may or may not have been applied. Retry with the same Idempotency-Key to find out',
    { cause: err },
  );
}
