// Types for engine.js (plain CommonJS, run by `npm run bench` without a build).
import type { Client } from '@temporalio/client';
import type { Summary } from './stats';
import type { RequestMeter } from './temporal-requests';

export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}
export function openDatabase(url: string): Queryable & { end(): Promise<void> };
export function updateWithStarts(
  temporal: Client,
  db: Queryable,
  dist: { policy: unknown; keys: unknown },
  options: {
    type: string;
    workflowType: string;
    taskQueue: string;
    children: string[];
    concurrency: number;
    input: (childId: string, processId: string, i: number) => unknown;
  },
): Promise<{
  summary: Summary;
  started: { processId: string; workflowId: string; startedAt: number; firstTaskId: string }[];
}>;
export function engineCompletions(
  temporal: Client,
  tasks: { workflowId: string; taskId: string }[],
  concurrency: number,
  cpu: { start(): () => Partial<Record<string, number>> },
  requests?: RequestMeter,
): Promise<Summary & { cpuMs: Partial<Record<string, number>>; temporalRequests: Record<string, number> }>;
