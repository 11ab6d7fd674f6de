import type { AuditEvent, FieldSpec, ProcessStatus, ProcessType, TaskStatus } from '../../../libs/domain/src';

/**
 * The API's shapes, as far as the web app reads them (see /docs-json for the whole contract). What
 * the workflows define (task fields, audit events, statuses, process types) is libs/domain's own type.
 */
export type { FieldSpec };

/** An audit event as the case timeline shows it: the workflow's own record. */
export type TimelineEvent = AuditEvent;

export interface Task {
  id: string;
  processId: string;
  processType?: string;
  childId?: string;
  kind: string;
  stage: string;
  title: string;
  allowedOutcomes: string[];
  candidateRoles: string[];
  requiredData?: FieldSpec[] | null;
  requiredDataByOutcome?: Record<string, FieldSpec[]> | null;
  optionalData?: FieldSpec[] | null;
  assignee?: { sub: string; name: string };
  dueAt: string;
  createdAt: string;
  status: TaskStatus;
  outcome?: string;
}

export interface Process {
  id: string;
  type: ProcessType;
  childId: string;
  status: ProcessStatus;
  stage: string;
  category?: string;
  openTasks: Task[];
  dueDates: Record<string, string>;
  outcome?: string;
  data: Record<string, unknown>;
  startedAt: string;
  closedAt?: string;
}

export interface List<T> {
  items: T[];
  total: number;
}

export interface Child {
  id: string;
  childRef: string;
  firstName?: string | null;
  lastName?: string | null;
  dateOfBirth?: string;
  legalStatus?: string;
  placementType?: string;
  cohort?: string | null;
  processes: { id: string; type: string; status: string; stage: string }[];
}

export interface Notification {
  id: string;
  processId: string;
  to: string;
  subject: string;
  kind: string;
  sentAt: string | null;
}

export interface CaseDocument {
  id: string;
  kind: string;
  title: string;
  body: string;
  createdAt: string;
}
