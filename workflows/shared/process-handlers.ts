import { ApplicationFailure, setHandler } from '@temporalio/workflow';
import { RuleViolation, controlCharacterPath, refuse } from '../../libs/domain/src';
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
function asFailure(check: () => void, argument?: unknown): void {
  try {
    refuseControlCharacters(argument);
    check();
  } catch (err) {
    if (err instanceof RuleViolation)
      throw ApplicationFailure.create({ type: err.type, message: err.message, nonRetryable: true });
    throw err;
  }
}

/**
 * Nothing a workflow holds may carry a control character (other than tab, LF, CR) or a lone
 * surrogate into its projection: the API refuses them first, and every validator again. Validators
 * do not run on replay, so this needs no patch.
 */
function refuseControlCharacters(argument: unknown): void {
  const path = controlCharacterPath(argument);
  if (path) refuse(`${path} holds a control character or an unpaired surrogate`);
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
    validator: (claim) => asFailure(() => rt.checkClaim(claim), claim),
  });

  setHandler(completeTaskUpdate, (completion) => rt.complete(completion), {
    validator: (completion) => asFailure(() => rt.checkCompletion(completion), completion),
  });

  setHandler(withdrawUpdate, ({ reason, actor }) => rt.withdrawFor(reason, actor), {
    validator: (withdrawal) =>
      asFailure(() => {
        rt.assertOpen({ allowPaused: true });
        if (!withdrawal.reason?.trim()) refuse('A withdrawal needs a reason');
      }, withdrawal),
  });

  setHandler(pauseUpdate, ({ reason, actor }) => rt.setStatus('paused', actor, reason), {
    validator: (pause) =>
      asFailure(() => {
        rt.checkPause();
        if (!pause.reason?.trim()) refuse('A pause needs a reason');
      }, pause),
  });

  setHandler(resumeUpdate, ({ reason, actor }) => rt.setStatus('active', actor, reason), {
    validator: (resume) => asFailure(() => rt.checkResume(), resume),
  });

  setHandler(reassignUpdate, ({ socialWorker, actor }) => rt.reassignCaseworker(socialWorker, actor), {
    validator: (reassignment) =>
      asFailure(() => {
        rt.assertOpen({ allowPaused: true });
        if (!reassignment.socialWorker?.sub) refuse('Name the social worker the case moves to');
      }, reassignment),
  });

  setHandler(recordEventUpdate, (event) => rt.recordEvent(event), {
    validator: (event) => asFailure(() => rt.checkEvent(event), event),
  });
}
