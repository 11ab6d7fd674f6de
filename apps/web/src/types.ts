/** The API's shapes, as far as the web app reads them (see /docs-json for the whole contract). */
export interface FieldSpec {
  name: string;
  type: 'date' | 'text' | 'pence' | 'integer' | 'choice' | 'boolean' | 'list';
  label: string;
  mustInclude?: string[];
  allowedValues?: string[];
}

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
  status: string;
  outcome?: string;
}

export interface Process {
  id: string;
  type: string;
  childId: string;
  status: string;
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

export interface TimelineEvent {
  at: string;
  actor: { sub: string; name: string };
  kind: string;
  stage: string;
  taskId?: string;
  outcome?: string;
  notes?: string;
  data?: Record<string, unknown>;
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
