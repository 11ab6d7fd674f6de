import { ApplicationFailure, setHandler } from '@temporalio/workflow';
import { RuleViolation, refuse } from '../../libs/domain/src';
import {
  claimTaskUpdate,
  completeTaskUpdate,
  firstProjectionUpdate,
  getSummaryQuery,
  pauseUpdate,
  reassignUpdate,
  recordEventUpdate,
  resumeUpdate,
  withdrawUpdate,
} from '../../libs/domain/src/shared/messages';
import type { ProcessRuntime } from './process-runtime';

/**
 * Runs a validator's checks. Rules refuse with a RuleViolation; here it becomes the failure the
 * update is rejected with, its type (RuleRefused, TaskNotOpen, …) the one the API maps to HTTP.
 */
function asFailure(check: () => void): void {
  try {
    check();
  } catch (err) {
    if (err instanceof RuleViolation)
      throw ApplicationFailure.create({ type: err.type, message: err.message, nonRetryable: true });
    throw err;
  }
}

/**
 * How people act on a process: every update has a synchronous validator, so a refused update is
 * never written to history and changes nothing. Handlers that change state answer only after the
 * main flow has projected it, so the HTTP answer shows the process as it now is.
 */
export function registerProcessHandlers(rt: ProcessRuntime): void {
  setHandler(getSummaryQuery, () => rt.summary());

  setHandler(firstProjectionUpdate, () => rt.firstProjected());

  setHandler(claimTaskUpdate, (claim) => rt.claim(claim), {
    validator: (claim) => asFailure(() => rt.checkClaim(claim)),
  });

  setHandler(completeTaskUpdate, (completion) => rt.complete(completion), {
    validator: (completion) => asFailure(() => rt.checkCompletion(completion)),
  });

  setHandler(withdrawUpdate, ({ reason, actor }) => rt.withdrawFor(reason, actor), {
    validator: ({ reason }) =>
      asFailure(() => {
        rt.assertOpen({ allowPaused: true });
        if (!reason?.trim()) refuse('A withdrawal needs a reason');
      }),
  });

  setHandler(pauseUpdate, ({ reason, actor }) => rt.setStatus('paused', actor, reason), {
    validator: ({ reason }) =>
      asFailure(() => {
        rt.checkPause();
        if (!reason?.trim()) refuse('A pause needs a reason');
      }),
  });

  setHandler(resumeUpdate, ({ reason, actor }) => rt.setStatus('active', actor, reason), {
    validator: (_resume) => asFailure(() => rt.checkResume()),
  });

  setHandler(reassignUpdate, ({ socialWorker, actor }) => rt.reassignCaseworker(socialWorker, actor), {
    validator: ({ socialWorker }) =>
      asFailure(() => {
        rt.assertOpen({ allowPaused: true });
        if (!socialWorker?.sub) refuse('Name the social worker the case moves to');
      }),
  });

  setHandler(recordEventUpdate, (event) => rt.recordEvent(event), {
    validator: (event) => asFailure(() => rt.checkEvent(event)),
  });
}
