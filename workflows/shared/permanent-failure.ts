import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';
import type { PermanentFailureType } from '../../libs/domain/src/shared/permanent-failures';

/**
 * The message of an activity's non-retryable failure of this type, or undefined for anything else.
 * A local activity's (the projection's) failure reaches the workflow as the ApplicationFailure
 * itself, not wrapped in an ActivityFailure.
 */
export function permanentFailureIn(err: unknown, type: PermanentFailureType): string | undefined {
  const cause = err instanceof ActivityFailure ? err.cause : err;
  return cause instanceof ApplicationFailure && cause.type === type ? cause.message : undefined;
}
