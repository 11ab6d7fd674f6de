import { ApplicationFailure, setHandler } from '@temporalio/workflow';
import { ErrorType, Role, RuleViolation, checkClaim, checkCompletion } from '../../libs/domain/src';
import {
  claimTaskUpdate,
  completeTaskUpdate,
  getSummaryQuery,
  pauseUpdate,
  reassignUpdate,
  recordEventUpdate,
  resumeUpdate,
  withdrawUpdate,
} from '../../libs/domain/src/shared/messages';
import type { ProcessRuntime } from './process-runtime';

/** Turns a pure-rule refusal into the failure an update validator rejects with. */
export function asFailure(check: () => void): void {
  try {
    check();
  } catch (err) {
    if (err instanceof RuleViolation)
      throw ApplicationFailure.create({ type: err.type, message: err.message, nonRetryable: true });
    throw err;
  }
}

const refuse = (message: string) => {
  throw ApplicationFailure.create({ type: ErrorType.RuleRefused, message, nonRetryable: true });
};

/**
 * How people act on a process: every update has a synchronous validator, so a refused update is
 * never written to history and changes nothing. Handlers that change state answer only after the
 * main flow has projected it, so the HTTP answer shows the process as it now is.
 */
export function registerProcessHandlers(rt: ProcessRuntime): void {
  setHandler(getSummaryQuery, () => rt.summary());

  setHandler(
    claimTaskUpdate,
    async (claim) => {
      const task = rt.tasks.get(claim.taskId)!;
      task.assignee = { sub: claim.actor.sub, name: claim.actor.name };
      rt.dirtyTaskIds.add(task.id);
      rt.event(claim.actor, 'task-claimed', { taskId: task.id });
      await rt.project();
      return rt.summary();
    },
    {
      validator: (claim) => {
        rt.assertOpen({ allowPaused: true });
        asFailure(() => checkClaim(rt.tasks.get(claim.taskId), claim));
      },
    },
  );

  setHandler(
    completeTaskUpdate,
    async (completion) => {
      const task = rt.tasks.get(completion.taskId)!;
      // Two completions can both pass validation; only the first one to run counts. The validator
      // has checked everything else; re-checking it here would make rule changes replay differently.
      if (task.status !== 'open') {
        throw ApplicationFailure.create({
          type: ErrorType.TaskNotOpen,
          message: `Task "${task.title}" is ${task.status}, not open`,
          nonRetryable: true,
        });
      }
      task.status = 'completed';
      task.completion = completion;
      task.assignee ??= { sub: completion.actor.sub, name: completion.actor.name };
      rt.dirtyTaskIds.add(task.id);
      const { outcome, notes, data } = completion;
      rt.event(completion.actor, 'task-completed', { taskId: task.id, outcome, notes, data });
      return rt.answerAfter(rt.currentSeq);
    },
    {
      validator: (completion) => {
        rt.assertOpen({ allowPaused: false });
        asFailure(() => {
          checkCompletion(rt.tasks.get(completion.taskId), completion);
          rt.extraChecks.get(completion.taskId)?.(completion);
        });
      },
    },
  );

  setHandler(
    withdrawUpdate,
    async ({ reason, actor }) => {
      rt.withdrawal = { reason, actor };
      const seq = rt.currentSeq;
      rt.mainScope.cancel();
      return rt.answerAfter(seq);
    },
    {
      validator: ({ reason }) => {
        rt.assertOpen({ allowPaused: true });
        if (!reason?.trim()) refuse('A withdrawal needs a reason');
      },
    },
  );

  setHandler(
    pauseUpdate,
    async ({ reason, actor }) => {
      rt.setStatus('paused');
      rt.event(actor, 'process-paused', { notes: reason });
      await rt.project();
      return rt.summary();
    },
    {
      validator: ({ reason }) => {
        rt.assertOpen({ allowPaused: true });
        if (rt.status === 'paused')
          throw ApplicationFailure.create({
            type: ErrorType.ProcessPaused,
            message: 'The process is already paused',
            nonRetryable: true,
          });
        if (!reason?.trim()) refuse('A pause needs a reason');
      },
    },
  );

  setHandler(
    resumeUpdate,
    async ({ reason, actor }) => {
      rt.setStatus('active');
      rt.event(actor, 'process-resumed', { notes: reason });
      await rt.project();
      return rt.summary();
    },
    {
      validator: (_resume) => {
        rt.assertOpen({ allowPaused: true });
        if (rt.status !== 'paused')
          throw ApplicationFailure.create({
            type: ErrorType.ProcessClosed,
            message: 'The process is not paused',
            nonRetryable: true,
          });
      },
    },
  );

  setHandler(
    reassignUpdate,
    async ({ socialWorker, actor }) => {
      const previous = rt.caseworker;
      rt.caseworker = { sub: socialWorker.sub, name: socialWorker.name };
      // Open social-work tasks follow the case to the new worker, and so do their reminders.
      for (const task of rt.tasks.values()) {
        if (
          task.status === 'open' &&
          task.candidateRoles.includes(Role.SocialWorker) &&
          (!task.assignee || task.assignee.sub === previous?.sub)
        ) {
          task.assignee = { ...rt.caseworker };
          rt.dirtyTaskIds.add(task.id);
        }
      }
      rt.event(actor, 'social-worker-reassigned', { data: { from: previous ?? null, to: rt.caseworker } });
      await rt.project();
      return rt.summary();
    },
    {
      validator: ({ socialWorker }) => {
        rt.assertOpen({ allowPaused: true });
        if (!socialWorker?.sub) refuse('Name the social worker the case moves to');
      },
    },
  );

  setHandler(
    recordEventUpdate,
    async ({ kind, actor, notes, data }) => {
      const rule = rt.eventRules.get(kind)!;
      rule.apply?.({ data, actor, notes });
      await rule.record?.({ data });
      rt.event(actor, kind, { notes, data });
      await rt.project();
      return rt.summary();
    },
    {
      validator: ({ kind, data }) => {
        rt.assertOpen({ allowPaused: true });
        const rule = rt.eventRules.get(kind);
        if (!rule)
          refuse(`"${kind}" is not an event this process records; it records: ${[...rt.eventRules.keys()].join(', ')}`);
        asFailure(() => rule!.check?.({ data }));
      },
    },
  );
}
