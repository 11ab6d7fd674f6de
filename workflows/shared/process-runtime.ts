import {
  ApplicationFailure,
  CancellationScope,
  allHandlersFinished,
  condition,
  isCancellation,
  setHandler,
  sleep,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  ErrorType,
  RuleViolation,
  SYSTEM_ACTOR,
  addIsoDuration,
  checkClaim,
  checkCompletion,
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
import { claimTaskUpdate, completeTaskUpdate, getSummaryQuery, recordEventUpdate, withdrawUpdate } from '../../libs/domain/src/messages';
import { StageKey, StatusKey } from '../../libs/domain/src/search-attributes';
import { mail, records } from './activities';
import { msUntil, workflowNow } from './clock';

/** Turns a pure-rule refusal into the failure an update validator rejects with. */
function asFailure(check: () => void): void {
  try {
    check();
  } catch (err) {
    if (err instanceof RuleViolation) throw ApplicationFailure.create({ type: err.type, message: err.message, nonRetryable: true });
    throw err;
  }
}

/**
 * The state every process workflow shares: human tasks, audit events, the projection into
 * PostgreSQL and the withdraw/claim/complete/event handlers. A process's workflow function holds
 * only its own stages and calls these helpers.
 */
export class ProcessRuntime {
  status: ProcessStatus = 'active';
  stage: string;
  category?: string;
  outcome?: string;
  readonly data: Record<string, unknown> = {};
  readonly dueDates: Record<string, string> = {};
  private readonly tasks = new Map<string, TaskState>();
  private readonly extraChecks = new Map<string, (completion: TaskCompletion) => void>();
  private readonly dirtyTaskIds = new Set<string>();
  private pendingEvents: AuditEvent[] = [];
  private seq = 0;
  private taskSeq = 0;
  private projectedSeq = 0;
  /** The last projection made where the main flow waits: an update answers once past it. */
  private settledSeq = 0;
  private closedAt?: string;
  private withdrawal?: { reason: string; actor: Actor };
  private readonly mainScope = new CancellationScope();

  constructor(
    private readonly type: ProcessType,
    private readonly input: ProcessStart<unknown>,
    firstStage: string,
  ) {
    this.stage = firstStage;
    this.registerHandlers();
  }

  get processId(): string {
    return this.input.processId;
  }

  /** Runs the process's stages; a withdrawal cancels them wherever they wait. */
  async run(stages: () => Promise<void>): Promise<ProcessSummary> {
    // Projected with the first task, so the start answers with that task open.
    this.event(this.input.startedBy, 'process-started', { data: { policyVersion: this.input.policy.version } });
    try {
      await this.mainScope.run(stages);
    } catch (err) {
      if (!(isCancellation(err) && this.withdrawal)) throw err;
      await CancellationScope.nonCancellable(() => this.close('withdrawn', 'withdrawn'));
    }
    await condition(allHandlersFinished);
    return this.summary();
  }

  /** Opens a human task and waits for its completion, reminding and escalating on the policy's timings. */
  async awaitTask(
    spec: TaskSpec,
    timing: TaskTiming,
    options: { dueAt?: Date; check?: (completion: TaskCompletion) => void } = {},
  ): Promise<TaskCompletion> {
    const now = workflowNow();
    const dueAt = options.dueAt ?? addIsoDuration(now, timing.due);
    const task: TaskState = { ...spec, id: taskId(this.processId, ++this.taskSeq), status: 'open', createdAt: now.toISOString(), dueAt: dueAt.toISOString() };
    this.tasks.set(task.id, task);
    this.dirtyTaskIds.add(task.id);
    if (options.check) this.extraChecks.set(task.id, options.check);
    this.setStage(spec.stage);
    this.dueDates[spec.kind] = task.dueAt;
    this.event(SYSTEM_ACTOR, 'task-opened', { taskId: task.id, data: { kind: spec.kind, dueAt: task.dueAt } });
    await this.settle();
    for (const alarm of taskAlarms(now, dueAt, timing)) {
      if (await condition(() => task.status !== 'open', msUntil(alarm.at))) break;
      await this.alert(task, alarm);
    }
    await condition(() => task.status !== 'open');
    this.extraChecks.delete(task.id);
    delete this.dueDates[spec.kind];
    return task.completion!;
  }

  /** Waits until an instant (a deferred panel date, say), projecting first so updates can answer. */
  async sleepUntil(instant: Date): Promise<void> {
    await this.settle();
    await sleep(msUntil(instant));
  }

  /** Runs `action` every `interval` until the process closes (the fortnightly timetable review). */
  repeatEvery(interval: string, action: (occurrence: number) => Promise<void>): void {
    // A child of the main scope: closing or withdrawing the process cancels it.
    const scope = new CancellationScope();
    scope
      .run(async () => {
        let next = workflowNow();
        for (let occurrence = 1; ; occurrence++) {
          next = addIsoDuration(next, interval);
          await sleep(msUntil(next));
          await action(occurrence);
        }
      })
      .catch((err) => {
        if (!isCancellation(err)) throw err;
      });
    this.backgroundScopes.push(scope);
  }
  private readonly backgroundScopes: CancellationScope[] = [];

  /** Sends one notification; the key makes a retried or replayed send a no-op. */
  async notify(key: string, to: { role?: string; sub?: string }, kind: string, subject: string, body: string): Promise<void> {
    const mailboxes = this.input.policy.mailboxes as Record<string, string | undefined>;
    const recipient = { sub: to.sub, mailbox: (to.role && mailboxes[to.role]) || mailboxes.manager! };
    await CancellationScope.nonCancellable(() =>
      mail.sendNotification({ key: `${this.processId}/${key}`, processId: this.processId, childId: this.input.childId, recipient, kind, subject, body }),
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
    this.status = status;
    this.outcome = outcome;
    this.setStage('closed');
    this.closedAt = workflowNow().toISOString();
    const actor = this.withdrawal?.actor ?? SYSTEM_ACTOR;
    this.event(actor, status === 'withdrawn' ? 'process-withdrawn' : 'process-closed', { outcome, notes: this.withdrawal?.reason ?? notes });
    await this.settle();
  }

  event(actor: { sub: string; name: string }, kind: string, fields: Partial<AuditEvent> = {}): void {
    this.pendingEvents.push({ at: workflowNow().toISOString(), actor: { sub: actor.sub, name: actor.name }, kind, stage: this.stage, ...fields });
  }

  /** Projects what changed since the last projection; safe to call from handlers and timers. */
  async project(): Promise<void> {
    const seq = ++this.seq;
    const tasks = [...this.dirtyTaskIds].map((id) => ({ ...this.tasks.get(id)! }));
    this.dirtyTaskIds.clear();
    const events = this.pendingEvents;
    this.pendingEvents = [];
    const { processId, childId } = this.input;
    await CancellationScope.nonCancellable(() =>
      records.projectProcess({
        processId, childId, seq, tasks, events,
        workflowId: workflowInfo().workflowId,
        type: this.type,
        status: this.status,
        stage: this.stage,
        category: this.category,
        outcome: this.outcome,
        data: this.data,
        dueDates: this.dueDates,
        closedAt: this.closedAt,
      }),
    );
    this.projectedSeq = Math.max(this.projectedSeq, seq);
  }

  private async settle(): Promise<void> {
    await this.project();
    this.settledSeq = this.projectedSeq;
  }

  private setStage(stage: string): void {
    this.stage = stage;
    upsertSearchAttributes([
      { key: StageKey, value: stage },
      { key: StatusKey, value: this.status },
    ]);
  }

  private async alert(task: TaskState, alarm: TaskAlarm): Promise<void> {
    const escalation = alarm.kind === 'escalation';
    const recipient = escalation ? { role: 'manager' } : { sub: task.assignee?.sub, role: task.candidateRoles[0] };
    const subject = escalation ? `Overdue: ${task.title}` : `Reminder: ${task.title}`;
    const body = escalation
      ? `The task "${task.title}" was due on ${task.dueAt.slice(0, 10)} and is still open. As team manager, please make sure it is picked up.`
      : `The task "${task.title}" is due on ${task.dueAt.slice(0, 10)}.`;
    await this.notify(`${task.id}/${alarm.key}`, recipient, escalation ? 'task-escalation' : 'task-reminder', subject, body);
    this.event(SYSTEM_ACTOR, escalation ? 'task-escalated' : 'task-reminder-sent', { taskId: task.id, data: { to: recipient } });
    await this.project();
  }

  private summary(): ProcessSummary {
    const openTaskIds = [...this.tasks.values()].filter((t) => t.status === 'open').map((t) => t.id);
    return { processId: this.processId, status: this.status, stage: this.stage, category: this.category, outcome: this.outcome, openTaskIds, projectedSeq: this.projectedSeq };
  }

  /** Resolves once the main flow has moved past `seq` and projected where it now waits. */
  private async answerAfter(seq: number): Promise<ProcessSummary> {
    await condition(() => this.settledSeq > seq);
    return this.summary();
  }

  private assertOpenProcess(): void {
    if (this.status !== 'active' && this.status !== 'paused') {
      throw ApplicationFailure.create({ type: ErrorType.ProcessClosed, message: `The process is ${this.status}`, nonRetryable: true });
    }
  }

  private registerHandlers(): void {
    setHandler(getSummaryQuery, () => this.summary());
    setHandler(
      claimTaskUpdate,
      async (claim) => {
        const task = this.tasks.get(claim.taskId)!;
        task.assignee = { sub: claim.actor.sub, name: claim.actor.name };
        this.dirtyTaskIds.add(task.id);
        this.event(claim.actor, 'task-claimed', { taskId: task.id });
        await this.project();
        return this.summary();
      },
      { validator: (claim) => { this.assertOpenProcess(); asFailure(() => checkClaim(this.tasks.get(claim.taskId), claim)); } },
    );
    setHandler(
      completeTaskUpdate,
      async (completion) => {
        const task = this.tasks.get(completion.taskId)!;
        // Two completions can both pass validation; only the first one to run counts.
        asFailure(() => checkCompletion(task, completion));
        task.status = 'completed';
        task.completion = completion;
        task.assignee ??= { sub: completion.actor.sub, name: completion.actor.name };
        this.dirtyTaskIds.add(task.id);
        const { outcome, notes, data } = completion;
        this.event(completion.actor, 'task-completed', { taskId: task.id, outcome, notes, data });
        return this.answerAfter(this.seq);
      },
      {
        validator: (completion) => {
          this.assertOpenProcess();
          asFailure(() => {
            checkCompletion(this.tasks.get(completion.taskId), completion);
            this.extraChecks.get(completion.taskId)?.(completion);
          });
        },
      },
    );
    setHandler(
      withdrawUpdate,
      async ({ reason, actor }) => {
        this.withdrawal = { reason, actor };
        const seq = this.seq;
        this.mainScope.cancel();
        return this.answerAfter(seq);
      },
      {
        validator: ({ reason }) => {
          this.assertOpenProcess();
          if (!reason?.trim()) throw ApplicationFailure.create({ type: ErrorType.RuleRefused, message: 'A withdrawal needs a reason', nonRetryable: true });
        },
      },
    );
    setHandler(
      recordEventUpdate,
      async ({ kind, actor, notes, data }) => {
        this.event(actor, kind, { notes, data });
        await this.project();
        return this.summary();
      },
      { validator: (_event) => this.assertOpenProcess() },
    );
  }
}
