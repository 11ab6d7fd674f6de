import type { Context } from '@temporalio/activity';
import type { ActivityInterceptors } from '@temporalio/worker';
import { requestIdFrom } from './request-id-header';

/**
 * Reads the request id the workflow put on the activity's headers and adds it to every log line
 * of the activity: the SDK's own ("Activity completed", "Activity failed") and `log` calls.
 */
export function requestIdActivityInterceptor(_ctx: Context): ActivityInterceptors {
  let requestId: string | undefined;
  return {
    inbound: {
      execute: (input, next) => {
        requestId = requestIdFrom(input.headers);
        return next(input);
      },
    },
    outbound: {
      getLogAttributes: (attributes, next) => next(requestId ? { ...attributes, requestId } : attributes),
    },
  };
}
