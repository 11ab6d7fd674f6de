import { addIsoDuration, subtractIsoDuration } from './duration';
import { isIsoDate } from './dates';
import { ErrorType, RuleViolation } from './errors';
import type { Actor, Role } from './roles';

/** A value a person must supply when completing a task. */
export interface FieldSpec {
  name: string;
  type: 'date' | 'text' | 'pence' | 'integer' | 'choice' | 'boolean' | 'list';
  label: string;
  /** For `list`: every one of these must be present (a checklist). */
  mustInclude?: string[];
  /** For `list`: each item must be one of these; for `choice`: the value must be. */
  allowedValues?: string[];
  /** For `date`: something that has happened (a discussion, a panel, an order), so not after today. */
  notInFuture?: boolean;
}

/** The data a person sends with a completion, by field name. */
export type TaskData = Record<string, unknown>;

/**
 * What a workflow asks of people: who may do it, by when, and which answers it accepts. `D` is the
 * shape of the data a completion carries once the validator has checked it against these fields
 * (fields only some outcomes need are optional in `D`).
 */
export interface TaskSpec<D extends object = TaskData> {
  kind: string;
  title: string;
  stage: string;
  candidateRoles: Role[];
  allowedOutcomes: string[];
  requiredData?: FieldSpec[];
  requiredDataByOutcome?: Record<string, FieldSpec[]>;
  /** Fields a person may give; checked only when given. */
  optionalData?: FieldSpec[];
  /** People who may not complete it: whoever proposed what this task approves. */
  excludedActors?: string[];
  /** Type only, never set: carries `D` from the spec to the completion a workflow awaits. */
  readonly dataShape?: D;
}

export type TaskStatus = 'open' | 'completed' | 'cancelled';

export interface TaskState extends TaskSpec {
  id: string;
  status: TaskStatus;
  createdAt: string;
  dueAt: string;
  /** `name` only in histories recorded before names left the workflows. */
  assignee?: { sub: string; name?: string };
  completion?: TaskCompletion;
}

/** A completion as sent (the completeTask update's argument); `data` may be absent. */
export interface TaskCompletion<D extends object = TaskData> {
  taskId: string;
  outcome: string;
  notes?: string;
  data?: D;
  actor: Actor;
}

/** A completion as the workflow receives it, checked against its task: `data` is always there, shaped `D`. */
export type CompletedTask<D extends object = TaskData> = TaskCompletion<D> & { data: D };

export interface TaskClaim {
  taskId: string;
  actor: Actor;
}

/** The fields a given outcome needs: the task's own plus any the outcome adds. */
export function fieldsFor(task: TaskSpec, outcome: string): FieldSpec[] {
  return [...(task.requiredData ?? []), ...(task.requiredDataByOutcome?.[outcome] ?? [])];
}

function assertMayAct(task: TaskState | undefined, actor: Actor): asserts task is TaskState {
  if (!task) throw new RuleViolation(ErrorType.TaskNotFound, 'No such task in this process');
  if (task.status !== 'open') {
    throw new RuleViolation(ErrorType.TaskNotOpen, `Task "${task.title}" is ${task.status}, not open`);
  }
  if (!actor.roles.some((role) => task.candidateRoles.includes(role))) {
    throw new RuleViolation(
      ErrorType.RoleNotAllowed,
      `Only ${task.candidateRoles.join(' or ')} may act on "${task.title}"`,
    );
  }
  if (task.excludedActors?.includes(actor.sub)) {
    throw new RuleViolation(
      ErrorType.SeparationOfDuties,
      `You proposed what "${task.title}" decides, so someone else must decide it`,
    );
  }
}

/** The rules an update validator applies before a claim is accepted. Throws a RuleViolation. */
export function checkClaim(task: TaskState | undefined, claim: TaskClaim): void {
  assertMayAct(task, claim.actor);
  assertNotHeld(task, claim.actor);
}

/** A task someone else holds is not taken by claiming it: a manager reassigns it (409). */
export function assertNotHeld(task: TaskState, actor: Actor): void {
  if (task.assignee && task.assignee.sub !== actor.sub) {
    throw new RuleViolation(
      ErrorType.TaskHeld,
      `Task "${task.title}" is held by ${task.assignee.name ?? 'someone else'}; a manager may reassign it`,
    );
  }
}

/**
 * The rules an update validator applies before a completion is accepted. Throws a RuleViolation.
 * `today` (the workflow's date) refuses a date after it in a field marked `notInFuture`.
 */
export function checkCompletion(task: TaskState | undefined, completion: TaskCompletion, today?: string): void {
  assertMayAct(task, completion.actor);
  if (!task.allowedOutcomes.includes(completion.outcome)) {
    throw new RuleViolation(
      ErrorType.OutcomeNotAllowed,
      `"${completion.outcome}" is not an outcome of "${task.title}"; allowed: ${task.allowedOutcomes.join(', ')}`,
    );
  }
  const data = completion.data ?? {};
  const missing = fieldsFor(task, completion.outcome).filter(
    (field) => data[field.name] === undefined || data[field.name] === null || data[field.name] === '',
  );
  if (missing.length > 0) {
    throw new RuleViolation(
      ErrorType.MissingTaskData,
      `Missing data for "${completion.outcome}": ${missing.map((f) => `${f.name} (${f.label})`).join(', ')}`,
    );
  }
  const given = (task.optionalData ?? []).filter((field) => data[field.name] !== undefined);
  for (const field of [...fieldsFor(task, completion.outcome), ...given]) {
    const problem = fieldProblem(field, data[field.name]);
    if (problem) throw new RuleViolation(ErrorType.InvalidTaskData, `${field.name} ${problem}`);
    if (field.notInFuture && today && (data[field.name] as string) > today)
      throw new RuleViolation(
        ErrorType.InvalidTaskData,
        `${field.name} ${String(data[field.name])} is in the future: ${field.label} cannot be after today (${today})`,
      );
  }
}

function fieldProblem(field: FieldSpec, value: unknown): string | undefined {
  switch (field.type) {
    case 'date':
      return isIsoDate(value) ? undefined : 'must be a date such as 2026-03-31';
    case 'text':
      return typeof value === 'string' ? undefined : 'must be text';
    case 'pence':
      return Number.isSafeInteger(value) && (value as number) >= 0 ? undefined : 'must be a whole number of pence';
    case 'integer':
      return Number.isSafeInteger(value) && (value as number) > 0 ? undefined : 'must be a whole number above 0';
    case 'choice':
      return field.allowedValues?.includes(value as string)
        ? undefined
        : `must be one of: ${field.allowedValues?.join(', ')}`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'list': {
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) return 'must be a list of text';
      const absent = (field.mustInclude ?? []).filter((item) => !value.includes(item));
      if (absent.length) return `is missing: ${absent.join(', ')}`;
      const unknown = field.allowedValues ? value.filter((item) => !field.allowedValues!.includes(item)) : [];
      return unknown.length
        ? `has items that are not allowed: ${unknown.join(', ')} (allowed: ${field.allowedValues!.join(', ')})`
        : undefined;
    }
  }
}

/** A reminder before a task's due date, or the escalation after it. */
export interface TaskAlarm {
  at: Date;
  kind: 'reminder' | 'escalation';
  /** Stable within the task, so the notification it sends has a stable idempotency key. */
  key: string;
}

/**
 * When to remind and when to escalate, from the policy's lead times, soonest first. Reminders
 * whose time has gone are dropped; the escalation is kept even when its time has gone (a report
 * already late when its task opens), so the manager hears of it at once rather than never.
 */
export function taskAlarms(
  now: Date,
  dueAt: Date,
  timing: { reminderLeadTimes: string[]; escalateAfterDue: string },
): TaskAlarm[] {
  const reminders: TaskAlarm[] = timing.reminderLeadTimes.map((lead, i) => ({
    at: subtractIsoDuration(dueAt, lead),
    kind: 'reminder',
    key: `reminder-${i + 1}`,
  }));
  const escalation: TaskAlarm = {
    at: addIsoDuration(dueAt, timing.escalateAfterDue),
    kind: 'escalation',
    key: 'escalation',
  };
  return [...reminders.filter((alarm) => alarm.at > now), escalation].sort((a, b) => a.at.getTime() - b.at.getTime());
}
