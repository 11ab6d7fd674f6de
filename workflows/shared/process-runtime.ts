import {
  ApplicationFailure,
  CancellationScope,
  allHandlersFinished,
  condition,
  isCancellation,
  sleep,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  ErrorType,
  Role,
  SYSTEM_ACTOR,
  addIsoDuration,
  taskAlarms,
  taskId,
  type Actor,
  type AuditEvent,
  type ProcessStart,
  type ProcessStatus,
  type ProcessSummary,
  type ProcessType,
  type TaskAlarm,
  type TaskCompletion,
  type TaskSpec,
  type TaskState,
  type TaskTiming,
} from '../../libs/domain/src';
import { StageKey, StatusKey } from '../../libs/domain/src/shared/search-attributes';
import { mail, records } from './activities';
import { msUntil, workflowNow } from './clock';
import { registerProcessHandlers } from './process-handlers';

/** An event recorded from outside a task (a hearing listed, an extension granted), and its rules. */
export interface EventRule {
  check?: (event: { data?: Record<string, unknown> }) => void;
  apply?: (event: { data?: Record<string, unknown>; actor: Actor; notes?: string }) => void;
  /** Writes the event's own record (a claim, say) before it is projected; must be idempotent. */
  record?: (event: { data?: Record<string, unknown> }) => Promise<void>;
}

export type Person = { sub: string; name: string };

/**
 * The state every process workflow shares: human tasks, audit events, the projection into
 * PostgreSQL, reminders, pause and withdrawal. A process's workflow function holds only its own
 * stages and calls these helpers; the update handlers live in process-handlers.ts.
 */
export class ProcessRuntime {
  status: ProcessStatus = 'active';
  stage: string;
  category?: string;
  outcome?: string;
  /** The child's allocated social worker: social-work tasks are assigned to them as they open. */
  caseworker?: Person;
  readonly data: Record<string, unknown> = {};
  readonly dueDates: Record<string, string> = {};
  readonly tasks = new Map<string, TaskState>();
  readonly extraChecks = new Map<string, (completion: TaskCompletion) => void>();
  readonly eventRules = new Map<string, EventRule>();
  readonly dirtyTaskIds = new Set<string>();
  withdrawal?: { reason: string; actor: Actor; outcome?: string };
  readonly mainScope = new CancellationScope();
  private pendingEvents: AuditEvent[] = [];
  private seq = 0;
  private taskSeq = 0;
  private projectedSeq = 0;
  /** The last projection made where the main flow waits: an update answers once past it. */
  private settledSeq = 0;
  private closedAt?: string;
  private readonly backgroundScopes: CancellationScope[] = [];

  constructor(
    private readonly type: ProcessType,
    readonly input: ProcessStart<unknown>,
    firstStage: string,
  ) {
    this.stage = firstStage;
    this.caseworker = input.caseworker;
    if (input.continued) {
      this.seq = this.projectedSeq = this.settledSeq = input.continued.seq;
      this.taskSeq = input.continued.taskSeq;
    }
    registerProcessHandlers(this);
  }

  get processId(): string {
    return this.input.processId;
  }

  /** Runs the process's stages; a withdrawal cancels them wherever they wait. */
  async run(stages: () => Promise<void>): Promise<ProcessSummary> {
    // Projected with the first task, so the start answers with that task open.
    if (!this.input.continued)
      this.event(this.input.startedBy, 'process-started', { data: { policyVersion: this.input.policy.version } });
    try {
      await this.mainScope.run(stages);
    } catch (err) {
      if (!(isCancellation(err) && this.withdrawal)) throw err;
      await CancellationScope.nonCancellable(() => this.close('withdrawn', this.withdrawal!.outcome ?? 'withdrawn'));
    }
    await condition(allHandlersFinished);
    return this.summary();
  }

  /** Opens a human task and waits for its completion, reminding and escalating on the policy's timings. */
  async awaitTask(
    spec: TaskSpec,
    timing: TaskTiming,
    options: { dueAt?: Date; check?: (c: TaskCompletion) => void; dueKey?: string } = {},
  ): Promise<TaskCompletion> {
    const now = workflowNow();
    const dueAt = options.dueAt ?? addIsoDuration(now, timing.due);
    const task: TaskState = {
      ...spec,
      id: taskId(this.processId, ++this.taskSeq),
      status: 'open',
      createdAt: now.toISOString(),
      dueAt: dueAt.toISOString(),
    };
    if (this.caseworker && spec.candidateRoles.includes(Role.SocialWorker)) task.assignee = { ...this.caseworker };
    this.tasks.set(task.id, task);
    this.dirtyTaskIds.add(task.id);
    if (options.check) this.extraChecks.set(task.id, options.check);
    this.setStage(spec.stage);
    const dueKey = options.dueKey ?? spec.kind;
    this.dueDates[dueKey] = task.dueAt;
    this.event(SYSTEM_ACTOR, 'task-opened', { taskId: task.id, data: { kind: spec.kind, dueAt: task.dueAt } });
    await this.settle();
    for (const alarm of taskAlarms(now, dueAt, timing)) {
      if (await condition(() => task.status !== 'open', msUntil(alarm.at))) break;
      await this.whileNotPaused(() => task.status !== 'open');
      if (task.status !== 'open') break;
      await this.alertTask(task, alarm);
    }
    await condition(() => task.status !== 'open');
    this.extraChecks.delete(task.id);
    delete this.dueDates[dueKey];
    return task.completion!;
  }

  /** Waits until an instant (a deferred panel date, say), projecting first so updates can answer. */
  async sleepUntil(instant: Date, dueKey?: string): Promise<void> {
    if (dueKey) this.dueDates[dueKey] = instant.toISOString();
    await this.settle();
    await sleep(msUntil(instant));
    if (dueKey) delete this.dueDates[dueKey];
  }

  /**
   * Waits until an instant or until `interrupted()` turns true (an event arrived), whichever is
   * first; answers whether it was interrupted.
   */
  async waitUntil(instant: Date, interrupted: () => boolean, dueKey?: string): Promise<boolean> {
    if (dueKey) this.dueDates[dueKey] = instant.toISOString();
    await this.settle();
    const early = await condition(interrupted, msUntil(instant));
    if (dueKey) delete this.dueDates[dueKey];
    return early;
  }

  /**
   * Projects and lets every handler finish before the workflow continues as new; answers the
   * numbering the next run carries on from, so its projections and task ids follow these.
   */
  async readyToContinue(): Promise<{ seq: number; taskSeq: number }> {
    await this.settle();
    await condition(allHandlersFinished);
    return { seq: this.seq, taskSeq: this.taskSeq };
  }

  /** Runs `action` every `interval` until the process closes, skipping while it is paused. */
  repeatEvery(interval: string, action: (occurrence: number) => Promise<void>): void {
    this.background(async () => {
      let next = workflowNow();
      for (let occurrence = 1; ; occurrence++) {
        next = addIsoDuration(next, interval);
        await sleep(msUntil(next));
        if (this.status !== 'paused') await action(occurrence);
      }
    });
  }

  /**
   * Warns the manager before a moving deadline and tells them when it passes. `version` changes
   * when the deadline moves (an extension): the alarms are then set again for the new date.
   */
  watchDeadline(
    key: string,
    deadline: () => Date | undefined,
    version: () => number,
    timing: { reminderLeadTimes: string[]; escalateAfterDue: string },
    what: string,
  ): void {
    this.background(async () => {
      for (;;) {
        const due = deadline();
        const seen = version();
        if (!due) {
          // No deadline (met, or not yet set): wait until it changes.
          delete this.dueDates[key];
          await condition(() => version() !== seen);
          continue;
        }
        const dueDate = due.toISOString().slice(0, 10);
        this.dueDates[key] = due.toISOString();
        let moved = false;
        for (const alarm of taskAlarms(workflowNow(), due, timing)) {
          moved = await condition(() => version() !== seen, msUntil(alarm.at));
          if (moved) break;
          await this.whileNotPaused();
          const passed = alarm.kind === 'escalation';
          await this.notify(
            `${key}/${dueDate}/${alarm.key}`,
            { role: Role.Manager },
            passed ? 'deadline-passed' : 'deadline-reminder',
            passed ? `Deadline passed: ${what}` : `Deadline approaching: ${what}`,
            `${what}: the deadline is ${dueDate}.`,
          );
          this.event(SYSTEM_ACTOR, passed ? 'deadline-passed' : 'deadline-reminder-sent', {
            data: { deadline: key, dueDate },
          });
          await this.project();
        }
        if (!moved) await condition(() => version() !== seen);
      }
    });
  }

  /** Sends one notification; the key makes a retried or replayed send a no-op. */
  async notify(
    key: string,
    to: { role?: string; sub?: string },
    kind: string,
    subject: string,
    body: string,
  ): Promise<void> {
    const mailboxes = this.input.policy.mailboxes as Record<string, string | undefined>;
    const recipient = { sub: to.sub, mailbox: (to.role && mailboxes[to.role]) || mailboxes.manager! };
    await CancellationScope.nonCancellable(() =>
      mail.sendNotification({
        key: `${this.processId}/${key}`,
        processId: this.processId,
        childId: this.input.childId,
        recipient,
        kind,
        subject,
        body,
      }),
    );
  }

  /** Closes the process: cancels what is still open, stops the timers and projects the end. */
  async close(status: ProcessStatus, outcome: string, notes?: string): Promise<void> {
    for (const task of this.tasks.values()) {
      if (task.status === 'open') {
        task.status = 'cancelled';
        this.dirtyTaskIds.add(task.id);
      }
    }
    this.backgroundScopes.forEach((scope) => scope.cancel());
    for (const key of Object.keys(this.dueDates)) delete this.dueDates[key];
    this.status = status;
    this.outcome = outcome;
    this.setStage('closed');
    this.closedAt = workflowNow().toISOString();
    const actor = this.withdrawal?.actor ?? SYSTEM_ACTOR;
    this.event(actor, status === 'withdrawn' ? 'process-withdrawn' : 'process-closed', {
      outcome,
      notes: this.withdrawal?.reason ?? notes,
    });
    await this.settle();
  }

  /** Accepts events of these kinds through `POST /processes/:id/events`; any other kind is refused. */
  acceptEvents(rules: Record<string, EventRule>): void {
    for (const [kind, rule] of Object.entries(rules)) this.eventRules.set(kind, rule);
  }

  event(actor: Person, kind: string, fields: Partial<AuditEvent> = {}): void {
    this.pendingEvents.push({
      at: workflowNow().toISOString(),
      actor: { sub: actor.sub, name: actor.name },
      kind,
      stage: this.stage,
      ...fields,
    });
  }

  /** Projects what changed since the last projection; safe to call from handlers and timers. */
  async project(): Promise<void> {
    const seq = ++this.seq;
    const tasks = [...this.dirtyTaskIds].map((id) => ({ ...this.tasks.get(id)! }));
    this.dirtyTaskIds.clear();
    const events = this.pendingEvents;
    this.pendingEvents = [];
    const { processId, childId } = this.input;
    const { status, stage, category, outcome, data, dueDates, closedAt } = this;
    await CancellationScope.nonCancellable(() =>
      records.projectProcess({
        processId,
        childId,
        seq,
        tasks,
        events,
        workflowId: workflowInfo().workflowId,
        type: this.type,
        status,
        stage,
        category,
        outcome,
        data,
        dueDates,
        closedAt,
      }),
    );
    this.projectedSeq = Math.max(this.projectedSeq, seq);
  }

  setStatus(status: ProcessStatus): void {
    this.status = status;
    upsertSearchAttributes([{ key: StatusKey, value: status }]);
  }

  summary(): ProcessSummary {
    const openTaskIds = [...this.tasks.values()].filter((t) => t.status === 'open').map((t) => t.id);
    return {
      processId: this.processId,
      status: this.status,
      stage: this.stage,
      category: this.category,
      outcome: this.outcome,
      openTaskIds,
      projectedSeq: this.projectedSeq,
    };
  }

  /** Resolves once the main flow has moved past `seq` and projected where it now waits. */
  async answerAfter(seq: number): Promise<ProcessSummary> {
    await condition(() => this.settledSeq > seq);
    return this.summary();
  }

  get currentSeq(): number {
    return this.seq;
  }

  assertOpen(options: { allowPaused: boolean }): void {
    if (this.status === 'paused' && !options.allowPaused) {
      throw ApplicationFailure.create({
        type: ErrorType.ProcessPaused,
        message: 'The process is paused; a manager must resume it first',
        nonRetryable: true,
      });
    }
    if (this.status !== 'active' && this.status !== 'paused') {
      throw ApplicationFailure.create({
        type: ErrorType.ProcessClosed,
        message: `The process is ${this.status}`,
        nonRetryable: true,
      });
    }
  }

  /**
   * Projects and marks this as where the flow now waits, so a completion that was waiting for the
   * process to move on can answer. Flows that wait on something other than these helpers (parallel
   * tasks, say) call it once they have moved on.
   */
  async settle(): Promise<void> {
    await this.project();
    this.settledSeq = this.projectedSeq;
  }

  setStage(stage: string): void {
    this.stage = stage;
    upsertSearchAttributes([
      { key: StageKey, value: stage },
      { key: StatusKey, value: this.status },
    ]);
  }

  /** Runs work beside the main flow; closing or withdrawing the process cancels it. */
  private background(work: () => Promise<void>): void {
    const scope = new CancellationScope();
    this.backgroundScopes.push(scope);
    scope.run(work).catch((err) => {
      if (!isCancellation(err)) throw err;
    });
  }

  /** Holds reminders while a manager has paused the case. */
  private async whileNotPaused(orUntil: () => boolean = () => false): Promise<void> {
    await condition(() => this.status !== 'paused' || orUntil());
  }

  private async alertTask(task: TaskState, alarm: TaskAlarm): Promise<void> {
    const escalation = alarm.kind === 'escalation';
    const recipient = escalation ? { role: Role.Manager } : { sub: task.assignee?.sub, role: task.candidateRoles[0] };
    const due = task.dueAt.slice(0, 10);
    await this.notify(
      `${task.id}/${alarm.key}`,
      recipient,
      escalation ? 'task-escalation' : 'task-reminder',
      escalation ? `Overdue: ${task.title}` : `Reminder: ${task.title}`,
      escalation
        ? `The task "${task.title}" was due on ${due} and is still open. As team manager, please make sure it is picked up.`
        : `The task "${task.title}" is due on ${due}.`,
    );
    this.event(SYSTEM_ACTOR, escalation ? 'task-escalated' : 'task-reminder-sent', {
      taskId: task.id,
      data: { to: recipient },
    });
    await this.project();
  }
}
