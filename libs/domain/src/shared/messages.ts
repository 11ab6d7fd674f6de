import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { TaskClaim, TaskCompletion } from './human-task';
import type { Actor } from './roles';
import type { ProcessSummary } from './process';

/**
 * Messages every process workflow answers. The names are permanent once deployed: running
 * histories refer to them.
 */
export const claimTaskUpdate = defineUpdate<ProcessSummary, [TaskClaim]>('claimTask');
export const completeTaskUpdate = defineUpdate<ProcessSummary, [TaskCompletion]>('completeTask');
export const withdrawUpdate = defineUpdate<ProcessSummary, [{ reason: string; actor: Actor }]>('withdraw');
export const recordEventUpdate = defineUpdate<
  ProcessSummary,
  [{ kind: string; actor: Actor; notes?: string; data?: Record<string, unknown> }]
>('recordEvent');
export const pauseUpdate = defineUpdate<ProcessSummary, [{ reason: string; actor: Actor }]>('pause');
export const resumeUpdate = defineUpdate<ProcessSummary, [{ reason?: string; actor: Actor }]>('resume');
export const reassignUpdate = defineUpdate<
  ProcessSummary,
  [{ socialWorker: { sub: string; name?: string }; actor: Actor }]
>('reassign');
/** Sent with the start (update-with-start): answers once the first state is projected, so the start answers with its first task. */
export const firstProjectionUpdate = defineUpdate<ProcessSummary, []>('firstProjection');
export const getSummaryQuery = defineQuery<ProcessSummary>('getSummary');
