import type { Policy } from './policy';
import type { TaskState } from './human-task';

export const PROCESS_TYPES = ['sgo-conversion', 'asgsf-application', 'allowance-review', 'lifelong-links'] as const;
export type ProcessType = (typeof PROCESS_TYPES)[number];

export type ProcessStatus = 'active' | 'paused' | 'completed' | 'withdrawn' | 'failed';

/**
 * One active process of a type per child: the workflow id is `<type>/<childId>`. The child id is an
 * opaque UUID, so no personal data reaches Temporal.
 */
export function processWorkflowId(type: ProcessType, childId: string): string {
  return `${type}/${childId}`;
}

/** Task ids are the process id and a sequence number: deterministic and safe in a URL. */
export function taskId(processId: string, sequence: number): string {
  return `${processId}-t${sequence}`;
}

export interface AuditEvent {
  at: string;
  /** `name` only for the system actor (and older histories): people's names come from the staff directory. */
  actor: { sub: string; name?: string };
  kind: string;
  stage: string;
  taskId?: string;
  outcome?: string;
  notes?: string;
  data?: Record<string, unknown>;
}

/** What every process workflow receives at start: ids, not names; the policy it will live by. */
export interface ProcessStart<Facts> {
  processId: string;
  childId: string;
  startedBy: { sub: string; name?: string };
  policy: Policy;
  facts: Facts;
  /** The child's allocated social worker, if named at start. */
  caseworker?: { sub: string; name?: string };
  /** Set when a long-lived process continues as new: its numbering carries on, so nothing is written twice. */
  continued?: { seq: number; taskSeq: number };
}

/**
 * One projection of a process into PostgreSQL. `seq` orders them: a retry or a late arrival with a
 * seq already applied writes nothing twice and never moves the read model backwards.
 */
export interface ProcessProjection {
  processId: string;
  workflowId: string;
  type: ProcessType;
  childId: string;
  seq: number;
  status: ProcessStatus;
  stage: string;
  category?: string;
  outcome?: string;
  data: Record<string, unknown>;
  dueDates: Record<string, string>;
  closedAt?: string;
  /** Tasks that changed since the previous projection. */
  tasks: TaskState[];
  /** Audit events since the previous projection, in order. */
  events: AuditEvent[];
}

/** What a process answers to its status query and to a completed update. */
export interface ProcessSummary {
  processId: string;
  status: ProcessStatus;
  stage: string;
  category?: string;
  outcome?: string;
  openTaskIds: string[];
  projectedSeq: number;
}
