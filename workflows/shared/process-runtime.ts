import {
  ApplicationFailure,
  CancellationScope,
  allHandlersFinished,
  condition,
  isCancellation,
  patched,
  sleep,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { PermanentFailure } from '../../libs/domain/src/shared/permanent-failures';
import { permanentFailureIn } from './permanent-failure';
import {
  DEFAULT_POLICY,
  ErrorType,
  eventRoleRefusal,
  mayRecordEvent,
  Role,
  RuleViolation,
  SYSTEM_ACTOR,
  addIsoDuration,
  checkClaim,
  checkCompletion,
  instantToDate,
  mergePolicy,
  refuse,
  subtractIsoDuration,
  taskAlarms,
  taskId,
  type Actor,
  type AuditEvent,
  type CompletedTask,
  type ProcessStart,
  type ProcessStatus,
  type ProcessSummary,
  type ProcessType,
  type Role as RoleName,
  type TaskAlarm,
  type TaskClaim,
  type TaskCompletion,
  type TaskData,
  type TaskSpec,
  type TaskState,
  type TaskTiming,
} from '../../libs/domain/src';
import { StageKey, StatusKey } from '../../libs/domain/src/shared/search-attributes';
import type { EmailTemplate } from '../../activities/notifications/email-templates';
import { mail, projection, records } from './activities';
import { msUntil, workflowNow } from './clock';
import { registerProcessHandlers } from './process-handlers';

/** Patch: the read model is written by a local activity (in the workflow task) rather than a scheduled one. */
export const PROJECTION_AS_LOCAL_ACTIVITY = 'projection-as-local-activity';

/**
 * Patch: one projection at a time. Two local activities in flight together (an update handler's
 * projection and the main flow's, opening the task the update caused) may resolve in two
 * activations when live and in one on replay, where whichever continuation is fewer steps from
 * its next command wins. A Lifelong Links case that recorded a connection found (its handler
 * projecting while the main flow opened the safety decision) replayed the timer of the new task
 * before the update's completion, where the history has them the other way round, and stopped.
 * In turn, the second is scheduled only once the first has resolved, live and on replay alike.
 */
export const PROJECTIONS_IN_TURN = 'projections-in-turn';

/**
 * An event recorded from outside a task (a hearing listed, an extension granted), and its rules.
 * `check` sees the data as sent; `apply` and `record` run only once it has passed, so they see `D`.
 */
export interface EventRule<D extends object = TaskData> {
  check?: (event: { data?: TaskData }) => void;
  apply?: (event: { data: D; actor: Actor; notes?: string }) => void;
  /** Writes the event's own record (a claim, say) before it is projected; must be idempotent. */
  record?: (event: { data: D }) => Promise<void>;
}

/** An event rule whose checked data has the shape `D`. */
export const eventRule = <D extends object>(rule: EventRule<D>): EventRule => rule as unknown as EventRule;

/** Who acted or holds a task: a sub; a name only in histories recorded before names left the workflows. */
export type Person = { sub: string; name?: string };

/** A deadline that can move (care proceedings, by an extension): `version` changes each time it does. */
export interface MovingDeadline {
  dueAt: () => Date;
  version: () => number;
}

/** Patch: emails go as a template id and ids, rendered from PostgreSQL in the activity (no words in the history). */
export const EMAILS_RENDERED_FROM_POSTGRES = 'notifications-rendered-from-postgres';

type RecordedEvent = { kind: string; actor: Actor; notes?: string; data?: TaskData };

/**
 * The state every process workflow shares: human tasks, audit events, the projection into
 * PostgreSQL, reminders, pause and withdrawal. A process's workflow function holds only its own
 * stages and calls these helpers; the update handlers (process-handlers.ts) call the methods
 * grouped at the end. The policy is merged with today's defaults here, so a case started before a
 * policy key existed takes that key's default while its own values stand.
 */
export class ProcessRuntime<Input extends ProcessStart<unknown> = ProcessStart<unknown>> {
  readonly input: Input;
  /** What the read model shows of the process (dates, amounts, decisions): ids and facts, never names. */
  readonly data: Record<string, unknown> = {};
  category?: string;
  private currentStatus: ProcessStatus = 'active';
  private currentStage: string;
  private finalOutcome?: string;
  /** The child's allocated social worker: social-work tasks are assigned to them as they open. */
  private caseworker?: Person;
  private readonly dueDates: Record<string, string> = {};
  /** Tasks due by the end of a day: their due instant is the next midnight, their due date the day itself. */
  private readonly endOfDayTasks = new Set<string>();
  private readonly tasks = new Map<string, TaskState>();
  private readonly extraChecks = new Map<string, (completion: CompletedTask) => void>();
  private readonly eventRules = new Map<string, EventRule>();
  private readonly dirtyTaskIds = new Set<string>();
  private withdrawal?: { reason: string; actor: Actor; outcome?: string };
  private readonly mainScope = new CancellationScope();
  private pendingEvents: AuditEvent[] = [];
  private seq = 0;
  private taskSeq = 0;
  private projectedSeq = 0;
  /** The last projection made where the main flow waits: an update answers once past it. */
  private settledSeq = 0;
  private closedAt?: string;
  private readonly backgroundScopes: CancellationScope[] = [];
  /** The projection last queued (PROJECTIONS_IN_TURN): the next starts once it has settled. */
  private projecting: Promise<void> = Promise.resolve();

  constructor(
    private readonly type: ProcessType,
    input: Input,
    firstStage: string,
  ) {
    this.input = { ...input, policy: mergePolicy(DEFAULT_POLICY, input.policy) };
    this.currentStage = firstStage;
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

  get status(): ProcessStatus {
    return this.currentStatus;
  }

  get stage(): string {
    return this.currentStage;
  }

  /** Runs the process's stages; a withdrawal cancels them wherever they wait. */
  async run(stages: () => Promise<void>): Promise<ProcessSummary> {
    // Projected with the first task, so the start answers with that task open.
    if (!this.input.continued)
      this.event(this.input.startedBy, 'process-started', { data: { policyVersion: this.input.policy.version } });
    try {
      await this.mainScope.run(stages);
    } catch (err) {
      const rejected = permanentFailureIn(err, PermanentFailure.DataRejected);
      // Only when it happens, so histories without such a failure replay unchanged.
      if (rejected !== undefined && patched('data-rejected-fails-the-case')) {
        await CancellationScope.nonCancellable(() => this.failForGood(rejected));
      } else {
        if (!(isCancellation(err) && this.withdrawal)) throw err;
        await CancellationScope.nonCancellable(() => this.close('withdrawn', this.withdrawal!.outcome ?? 'withdrawn'));
      }
    }
    await condition(allHandlersFinished);
    return this.summary();
  }

  /**
   * Opens a human task and waits for its completion, reminding and escalating on the policy's
   * timings. The completion's data has the task's shape `D`: its validator has checked it.
   */
  async awaitTask<D extends object>(
    spec: TaskSpec<D>,
    timing: TaskTiming,
    options: {
      dueAt?: Date;
      check?: (c: CompletedTask<D>) => void;
      dueKey?: string;
      /** A deadline the task follows when it moves (an extension): its due date and alarms move with it. */
      follows?: MovingDeadline;
      /** `dueAt` (and `follows`) name a day, at its midnight: the task falls due when that day ends. */
      endOfDay?: boolean;
    } = {},
  ): Promise<CompletedTask<D>> {
    const now = workflowNow();
    const endOfDay = (day: Date) => (options.endOfDay ? endOf(day) : day);
    const dueAt = options.dueAt ? endOfDay(options.dueAt) : addIsoDuration(now, timing.due);
    const task: TaskState = {
      ...(spec as TaskSpec),
      id: taskId(this.processId, ++this.taskSeq),
      status: 'open',
      createdAt: now.toISOString(),
      dueAt: dueAt.toISOString(),
    };
    if (this.caseworker && spec.candidateRoles.includes(Role.SocialWorker)) task.assignee = { ...this.caseworker };
    if (options.endOfDay && options.dueAt && namesADay(options.dueAt)) this.endOfDayTasks.add(task.id);
    this.tasks.set(task.id, task);
    this.dirtyTaskIds.add(task.id);
    if (options.check) this.extraChecks.set(task.id, options.check as (c: CompletedTask) => void);
    this.setStage(spec.stage);
    const dueKey = options.dueKey ?? spec.kind;
    this.dueDates[dueKey] = task.dueAt;
    this.event(SYSTEM_ACTOR, 'task-opened', { taskId: task.id, data: { kind: spec.kind, dueAt: task.dueAt } });
    await this.settle();
    if (options.follows) {
      const follows = options.follows;
      await this.alarmsFollowing(task, timing, { ...follows, dueAt: () => endOfDay(follows.dueAt()) }, dueKey);
    } else {
      for (const alarm of taskAlarms(now, dueAt, timing)) {
        if (await condition(() => task.status !== 'open', msUntil(alarm.at))) break;
        await this.whileNotPaused(() => task.status !== 'open');
        if (task.status !== 'open') break;
        await this.alertTask(task, alarm);
      }
    }
    await condition(() => task.status !== 'open');
    this.extraChecks.delete(task.id);
    delete this.dueDates[dueKey];
    return completed(task.completion!) as CompletedTask<D>;
  }

  /**
   * A task's reminders and escalation while its deadline can move: each time `follows.version()`
   * changes the task takes the new due date (projected, with an event) and its alarms are set
   * again for it. Alarms after a move have keys naming the new date, so they are sent afresh.
   */
  private async alarmsFollowing(task: TaskState, timing: TaskTiming, follows: MovingDeadline, dueKey: string) {
    let moves = 0;
    for (;;) {
      const seen = follows.version();
      const moved = () => follows.version() !== seen;
      const dueAt = new Date(task.dueAt);
      for (const alarm of taskAlarms(workflowNow(), dueAt, timing)) {
        if (await condition(() => task.status !== 'open' || moved(), msUntil(alarm.at))) break;
        await this.whileNotPaused(() => task.status !== 'open' || moved());
        if (task.status !== 'open' || moved()) break;
        const key = moves ? `${this.dueDay(task)}/${alarm.key}` : alarm.key;
        await this.alertTask(task, { ...alarm, key });
      }
      await condition(() => task.status !== 'open' || moved());
      if (task.status !== 'open') return;
      const from = task.dueAt;
      task.dueAt = follows.dueAt().toISOString();
      this.dueDates[dueKey] = task.dueAt;
      this.dirtyTaskIds.add(task.id);
      moves += 1;
      this.event(SYSTEM_ACTOR, 'task-due-date-moved', { taskId: task.id, data: { from, to: task.dueAt } });
      await this.project();
    }
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

  /**
   * Runs work beside the main flow. By default it runs in its own scope, which closing or
   * withdrawing the process cancels. With `ownScope: false` it runs in the caller's scope
   * instead: a withdrawal still cancels it with the main flow, but closing leaves it be. Work first
   * released that way (the 18th-birthday timer, the chasing of a carer's return) keeps it, so its
   * timers are cancelled in the order saved histories recorded.
   */
  background(work: () => Promise<void>, options: { ownScope?: boolean } = {}): void {
    const ignoreCancellation = (err: unknown) => {
      if (!isCancellation(err)) throw err;
    };
    if (options.ownScope === false) {
      work().catch(ignoreCancellation);
      return;
    }
    const scope = new CancellationScope();
    this.backgroundScopes.push(scope);
    scope.run(work).catch(ignoreCancellation);
  }

  /** Runs `action` every `interval` until the process closes, skipping while it is paused. */
  repeatEvery(interval: string, action: (occurrence: number) => Promise<void>): void {
    this.background(async () => {
      let next = workflowNow();
      for (let occurrence = 1; ; occurrence++) {
        next = addIsoDuration(next, interval);
        await sleep(msUntil(next));
        if (this.currentStatus !== 'paused') await action(occurrence);
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
    options: { endOfDay?: boolean } = {},
  ): void {
    this.background(async () => {
      for (;;) {
        const day = deadline();
        // A deadline that names a day passes when that day ends: its alarms count from the next midnight.
        const due = day && options.endOfDay ? endOf(day) : day;
        const seen = version();
        if (!due) {
          // No deadline (met, or not yet set): wait until it changes.
          delete this.dueDates[key];
          await condition(() => version() !== seen);
          continue;
        }
        const dueDate = instantToDate(day!);
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
            { id: passed ? 'deadline-passed' : 'deadline-reminder', deadline: key, dueDate },
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

  /**
   * Queues one notification; the key makes a retried or replayed send a no-op. With a template
   * (since EMAILS_RENDERED_FROM_POSTGRES) only its id and ids go: the activity renders the words.
   */
  async notify(
    key: string,
    to: { role?: string; sub?: string },
    kind: string,
    subject: string,
    body: string,
    template?: EmailTemplate,
  ): Promise<void> {
    const mailboxes = this.input.policy.mailboxes as Record<string, string | undefined>;
    const recipient = { sub: to.sub, mailbox: (to.role && mailboxes[to.role]) || mailboxes.manager! };
    const words = template && patched(EMAILS_RENDERED_FROM_POSTGRES) ? { template } : { subject, body };
    try {
      await CancellationScope.nonCancellable(() =>
        mail.sendNotification({
          key: `${this.processId}/${key}`,
          processId: this.processId,
          childId: this.input.childId,
          recipient,
          kind,
          ...words,
        }),
      );
    } catch (err) {
      // The mail server refused this message for good: said on the case's timeline, and the
      // process carries on rather than waiting for a send that can never happen.
      const rejected = permanentFailureIn(err, PermanentFailure.MailRejected);
      if (rejected === undefined || !patched('mail-rejection-on-the-case')) throw err;
      this.event(SYSTEM_ACTOR, 'notification-failed', { notes: rejected, data: { kind, subject } });
      await this.project();
    }
  }

  /**
   * PostgreSQL refused what the process had to record, so it can go no further: what it could not
   * write is dropped (it would be refused again), the case closes as `failed` with the reason on
   * its timeline, and the managers' mailbox is told so that a person picks it up.
   */
  private async failForGood(reason: string): Promise<void> {
    this.pendingEvents = [];
    this.dirtyTaskIds.clear();
    await this.close('failed', 'failed', `The process could not record its state: ${reason}`);
    await this.notify(
      'process-failed',
      { role: Role.Manager },
      'process-failed',
      'A case has stopped and needs a manager',
      `The ${this.type} process ${this.processId} could not record its state and has closed as failed. ` +
        'Check the case, correct the record and start the process again.',
      { id: 'process-failed' },
    );
  }

  /**
   * Ends the process now, wherever its main flow waits: the stages are cancelled and the process
   * closes as withdrawn (or with `outcome`). Answers after nothing; the caller projects or waits.
   */
  withdraw(reason: string, actor: Actor, outcome?: string): void {
    this.withdrawal = { reason, actor, outcome };
    this.mainScope.cancel();
  }

  /** Moves open tasks from one role to another (at 18, the social worker's become the personal adviser's). */
  reassignRole(from: RoleName, to: RoleName): void {
    for (const task of this.tasks.values()) {
      if (task.status === 'open' && task.candidateRoles.includes(from)) {
        task.candidateRoles = task.candidateRoles.map((r) => (r === from ? to : r));
        this.dirtyTaskIds.add(task.id);
      }
    }
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
    this.currentStatus = status;
    this.finalOutcome = outcome;
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
      stage: this.currentStage,
      ...fields,
    });
  }

  /** Projects what changed since the last projection; safe to call from handlers and timers. */
  async project(): Promise<void> {
    if (!patched(PROJECTIONS_IN_TURN)) return this.projectNow();
    const turn = this.projecting.then(() => this.projectNow());
    this.projecting = turn.catch(() => undefined); // a failed projection still lets the next one run
    return turn;
  }

  private async projectNow(): Promise<void> {
    const seq = ++this.seq;
    const tasks = [...this.dirtyTaskIds].map((id) => ({ ...this.tasks.get(id)! }));
    this.dirtyTaskIds.clear();
    const events = this.pendingEvents;
    this.pendingEvents = [];
    const { processId, childId } = this.input;
    const { category, data, dueDates, closedAt } = this;
    const status = this.currentStatus;
    const stage = this.currentStage;
    const outcome = this.finalOutcome;
    // A local activity: no task-queue round trip per transition, so an update answers sooner.
    const projector = patched(PROJECTION_AS_LOCAL_ACTIVITY) ? projection : records;
    await CancellationScope.nonCancellable(() =>
      projector.projectProcess({
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

  summary(): ProcessSummary {
    const openTaskIds = [...this.tasks.values()].filter((t) => t.status === 'open').map((t) => t.id);
    return {
      processId: this.processId,
      status: this.currentStatus,
      stage: this.currentStage,
      category: this.category,
      outcome: this.finalOutcome,
      openTaskIds,
      projectedSeq: this.projectedSeq,
    };
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
    this.currentStage = stage;
    upsertSearchAttributes([
      { key: StageKey, value: stage },
      { key: StatusKey, value: this.currentStatus },
    ]);
  }

  // What the update handlers call. Checks throw a RuleViolation; process-handlers.ts turns it into
  // the ApplicationFailure a validator rejects with.

  /** Refuses any change to a process that has closed, and (unless allowed) to one that is paused. */
  assertOpen(options: { allowPaused: boolean }): void {
    if (this.currentStatus === 'paused' && !options.allowPaused) {
      throw new RuleViolation(ErrorType.ProcessPaused, 'The process is paused; a manager must resume it first');
    }
    if (this.currentStatus !== 'active' && this.currentStatus !== 'paused') {
      throw new RuleViolation(ErrorType.ProcessClosed, `The process is ${this.currentStatus}`);
    }
  }

  checkClaim(claim: TaskClaim): void {
    this.assertOpen({ allowPaused: true });
    checkClaim(this.tasks.get(claim.taskId), claim);
  }

  async claim(claim: TaskClaim): Promise<ProcessSummary> {
    const task = this.tasks.get(claim.taskId)!;
    // Parallel claims can all pass validation before the first one runs: the claim is decided
    // here, in order, so exactly one wins and the rest are refused (409) without an audit row.
    if (patched('claim-decided-in-workflow')) {
      const held = task.status !== 'open' || (task.assignee && task.assignee.sub !== claim.actor.sub);
      if (held) {
        throw ApplicationFailure.create({
          type: task.status !== 'open' ? ErrorType.TaskNotOpen : ErrorType.TaskHeld,
          message:
            task.status !== 'open'
              ? `Task "${task.title}" is ${task.status}, not open`
              : `Task "${task.title}" is held by ${task.assignee!.name ?? 'someone else'}; a manager may reassign it`,
          nonRetryable: true,
        });
      }
    }
    task.assignee = { sub: claim.actor.sub, name: claim.actor.name };
    this.dirtyTaskIds.add(task.id);
    this.event(claim.actor, 'task-claimed', { taskId: task.id });
    await this.project();
    return this.summary();
  }

  checkCompletion(completion: TaskCompletion): void {
    this.assertOpen({ allowPaused: false });
    checkCompletion(this.tasks.get(completion.taskId), completion, instantToDate(workflowNow()));
    this.extraChecks.get(completion.taskId)?.(completed(completion));
  }

  /** Completes the task; answers once the main flow has moved on and projected where it now waits. */
  async complete(completion: TaskCompletion): Promise<ProcessSummary> {
    const task = this.tasks.get(completion.taskId)!;
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
    this.dirtyTaskIds.add(task.id);
    const { outcome, notes, data } = completion;
    this.event(completion.actor, 'task-completed', { taskId: task.id, outcome, notes, data });
    return this.answerAfter(this.seq);
  }

  /** Withdraws on a person's request; answers once the process has closed. */
  async withdrawFor(reason: string, actor: Actor): Promise<ProcessSummary> {
    const seq = this.seq;
    this.withdraw(reason, actor);
    return this.answerAfter(seq);
  }

  checkPause(): void {
    this.assertOpen({ allowPaused: true });
    if (this.currentStatus === 'paused')
      throw new RuleViolation(ErrorType.ProcessPaused, 'The process is already paused');
  }

  checkResume(): void {
    this.assertOpen({ allowPaused: true });
    if (this.currentStatus !== 'paused') throw new RuleViolation(ErrorType.ProcessClosed, 'The process is not paused');
  }

  /** Pauses or resumes the process: reminders hold while it is paused. */
  async setStatus(status: 'paused' | 'active', actor: Actor, reason?: string): Promise<ProcessSummary> {
    this.currentStatus = status;
    upsertSearchAttributes([{ key: StatusKey, value: status }]);
    this.event(actor, status === 'paused' ? 'process-paused' : 'process-resumed', { notes: reason });
    await this.project();
    return this.summary();
  }

  /** The case moves to another social worker; their open social-work tasks, and those after, follow. */
  async reassignCaseworker(socialWorker: Person, actor: Actor): Promise<ProcessSummary> {
    const previous = this.caseworker;
    this.caseworker = { sub: socialWorker.sub, name: socialWorker.name };
    // Open social-work tasks follow the case to the new worker, and so do their reminders.
    for (const task of this.tasks.values()) {
      if (
        task.status === 'open' &&
        task.candidateRoles.includes(Role.SocialWorker) &&
        (!task.assignee || task.assignee.sub === previous?.sub)
      ) {
        task.assignee = { ...this.caseworker };
        this.dirtyTaskIds.add(task.id);
      }
    }
    this.event(actor, 'social-worker-reassigned', { data: { from: previous ?? null, to: this.caseworker } });
    await this.project();
    return this.summary();
  }

  checkEvent({ kind, data, actor }: RecordedEvent): void {
    this.assertOpen({ allowPaused: true });
    const rule = this.eventRules.get(kind);
    if (!rule)
      refuse(`"${kind}" is not an event this process records; it records: ${[...this.eventRules.keys()].join(', ')}`);
    // Validators do not run on replay, so this check needs no patch: it only refuses new updates.
    if (!mayRecordEvent(kind, actor?.roles ?? []))
      throw new RuleViolation(ErrorType.RoleNotAllowed, eventRoleRefusal(kind));
    rule.check?.({ data });
  }

  async recordEvent({ kind, actor, notes, data }: RecordedEvent): Promise<ProcessSummary> {
    const rule = this.eventRules.get(kind)!;
    // The validator has checked the data against the rule: it now has the rule's shape.
    rule.apply?.({ data: data!, actor, notes });
    await rule.record?.({ data: data! });
    this.event(actor, kind, { notes, data });
    await this.project();
    return this.summary();
  }

  /** Answers once the first state is in the read model (at once for a continued run). */
  async firstProjected(): Promise<ProcessSummary> {
    await condition(() => this.projectedSeq > 0);
    return this.summary();
  }

  /** Resolves once the main flow has moved past `seq` and projected where it now waits. */
  private async answerAfter(seq: number): Promise<ProcessSummary> {
    await condition(() => this.settledSeq > seq);
    return this.summary();
  }

  /** The date a task is due on, as people read it: the last day, for one due at the end of it. */
  private dueDay(task: TaskState): string {
    const dueAt = new Date(task.dueAt);
    return instantToDate(this.endOfDayTasks.has(task.id) ? subtractIsoDuration(dueAt, 'P1D') : dueAt);
  }

  /** Holds reminders while a manager has paused the case. */
  private async whileNotPaused(orUntil: () => boolean = () => false): Promise<void> {
    await condition(() => this.currentStatus !== 'paused' || orUntil());
  }

  private async alertTask(task: TaskState, alarm: TaskAlarm): Promise<void> {
    const escalation = alarm.kind === 'escalation';
    const recipient = escalation ? { role: Role.Manager } : { sub: task.assignee?.sub, role: task.candidateRoles[0] };
    const due = this.dueDay(task);
    await this.notify(
      `${task.id}/${alarm.key}`,
      recipient,
      escalation ? 'task-escalation' : 'task-reminder',
      escalation ? `Overdue: ${task.title}` : `Reminder: ${task.title}`,
      escalation
        ? `The task "${task.title}" was due on ${due} and is still open. As team manager, please make sure it is picked up.`
        : `The task "${task.title}" is due on ${due}.`,
      { id: escalation ? 'task-escalation' : 'task-reminder', taskId: task.id, dueDate: due },
    );
    this.event(SYSTEM_ACTOR, escalation ? 'task-escalated' : 'task-reminder-sent', {
      taskId: task.id,
      data: { to: recipient },
    });
    await this.project();
  }
}

/** Whether an instant is 00:00 UTC: a deadline that names a day rather than a time of day. */
const namesADay = (instant: Date) => instant.getTime() % 86_400_000 === 0;

/**
 * When a deadline passes: one that names a day, at the end of that day (the next 00:00 UTC); one
 * with a time of day (a policy in hours or seconds, as tests use), at that time.
 */
const endOf = (deadline: Date) => (namesADay(deadline) ? addIsoDuration(deadline, 'P1D') : deadline);

/** A completion as a workflow sees it: its data always an object, empty when none was sent. */
function completed(completion: TaskCompletion): CompletedTask {
  return { ...completion, data: completion.data ?? {} };
}
