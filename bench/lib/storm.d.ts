// Types for storm.js (plain CommonJS, run by `npm run bench` without a build).
import type { Client } from '@temporalio/client';
import type { Queryable } from './engine';

export function policyFallingDueAt<P>(policy: P, instant: number, now?: number): P;
export function reminderStorm(options: {
  temporal: Client;
  db: Queryable;
  dist: { policy: unknown; keys: unknown };
  smtp: { messages: { subject: string; messageId: string; headers: Map<string, unknown> }[] };
  taskQueue: string;
  children: string[];
  startRatePerSecond: number;
  log: (line: string) => void;
  input: (childId: string, processId: string, policy: unknown) => unknown;
  slackMs?: number;
  settleMs?: number;
}): Promise<{
  expected: number;
  delivered: number;
  duplicates: number;
  late: number;
  secondsToLast: number;
  secondsToLastQueued: number;
}>;
