import type { WorkflowClientInterceptor } from '@temporalio/client';
import { withRequestId } from './request-id-header';

/**
 * Puts the id of the request being answered (`current()`, read at call time) on every start,
 * update, signal and query the API's client sends, so the worker can log it (README, "Logs").
 */
export function requestIdClientInterceptor(current: () => string | undefined): WorkflowClientInterceptor {
  return {
    startWithDetails: (input, next) => next({ ...input, headers: withRequestId(input.headers, current()) }),
    signalWithStart: (input, next) => next({ ...input, headers: withRequestId(input.headers, current()) }),
    startUpdate: (input, next) => next({ ...input, headers: withRequestId(input.headers, current()) }),
    startUpdateWithStart: (input, next) =>
      next({
        ...input,
        workflowStartHeaders: withRequestId(input.workflowStartHeaders, current()),
        updateHeaders: withRequestId(input.updateHeaders, current()),
      }),
    signal: (input, next) => next({ ...input, headers: withRequestId(input.headers, current()) }),
    query: (input, next) => next({ ...input, headers: withRequestId(input.headers, current()) }),
  };
}
