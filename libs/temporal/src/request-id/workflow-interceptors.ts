// Workflow interceptors, bundled into the workflow sandbox (apps/worker/src/workflow-source.ts):
// only @temporalio/workflow and the header helpers, no Node. They change no command a workflow
// emits (headers are not compared on replay) and log through `log`, which is silent on replay.
import { log, type WorkflowInterceptors } from '@temporalio/workflow';
import { requestIdFrom, withRequestId } from './request-id-header';

/**
 * Carries the API's request id through a workflow: the start, update or signal that arrived with
 * it makes it the workflow's current request id; activities and child workflows scheduled while
 * it is current get it as a header; an activation that resolves one of those activities makes it
 * current again (so a chain of activities started by one request all carry it); any other
 * activation (a timer firing) has none. Every workflow log line carries the current id.
 */
export function interceptors(): WorkflowInterceptors {
  let current: string | undefined;
  const byActivitySeq = new Map<number, string | undefined>();

  return {
    internals: [
      {
        activate(input, next) {
          if (input.batchIndex === 0) {
            const resolved = (input.activation.jobs ?? [])
              .map((job) => job.resolveActivity?.seq)
              .filter((seq): seq is number => typeof seq === 'number' && byActivitySeq.has(seq));
            current = resolved.length ? byActivitySeq.get(resolved[resolved.length - 1]) : undefined;
            for (const seq of resolved) byActivitySeq.delete(seq);
          }
          next(input);
        },
      },
    ],
    inbound: [
      {
        execute(input, next) {
          current = requestIdFrom(input.headers);
          log.info('workflow started');
          return next(input);
        },
        async handleUpdate(input, next) {
          const requestId = requestIdFrom(input.headers);
          current = requestId;
          try {
            const result = await next(input);
            log.info(`update ${input.name} completed`, { update: input.name, requestId });
            return result;
          } catch (err) {
            // The failure's type only: its message may hold case data, which logs never do.
            const reason = (err as { type?: string }).type ?? (err instanceof Error ? err.name : 'unknown');
            log.info(`update ${input.name} refused`, { update: input.name, reason, requestId });
            throw err;
          }
        },
        handleSignal(input, next) {
          current = requestIdFrom(input.headers);
          log.info(`signal ${input.signalName}`, { signal: input.signalName });
          return next(input);
        },
      },
    ],
    outbound: [
      {
        scheduleActivity(input, next) {
          byActivitySeq.set(input.seq, current);
          return next({ ...input, headers: withRequestId(input.headers, current) });
        },
        scheduleLocalActivity(input, next) {
          byActivitySeq.set(input.seq, current);
          return next({ ...input, headers: withRequestId(input.headers, current) });
        },
        startChildWorkflowExecution(input, next) {
          return next({ ...input, headers: withRequestId(input.headers, current) });
        },
        getLogAttributes(attributes, next) {
          return next(current ? { ...attributes, requestId: current } : attributes);
        },
      },
    ],
  };
}
