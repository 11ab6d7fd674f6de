import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ProcessEntity, TaskEntity } from '../../../../libs/persistence/src';
import { actorOf, type Caller } from '../auth/auth.types';
import { visibleWhere } from '../common/caseload';
import { childLabelsOf } from '../common/child-labels';
import { currentIdempotency } from '../common/idempotency/idempotency-context';
import { countRows, DEFAULT_PAGE_SIZE } from '../common/paging';
import { FailedCaseReview, isFreeTextField, isIsoDate, type FieldSpec } from '../../../../libs/domain/src';
import { ProcessTexts, type WordsAt } from '../processes/process-texts.service';
import { ProcessWorkflowsService } from '../processes/process-workflows.service';
import { taskView } from '../processes/process-views';
import { ProcessesService } from '../processes/processes.service';
import type { CompleteTaskDto, ListTasksQuery } from './dto/task.dto';
import { FailedCaseReviewService } from './failed-case-review.service';

/**
 * Human steps. The read model answers the cheap refusals (unknown, closed, wrong role) at once;
 * the workflow's update validator is the authority and re-checks everything.
 */
@Injectable()
export class TasksService {
  constructor(
    @InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>,
    private readonly workflows: ProcessWorkflowsService,
    private readonly processes: ProcessesService,
    private readonly texts: ProcessTexts,
    private readonly failedCaseReview: FailedCaseReviewService,
  ) {}

  async list(q: ListTasksQuery, caller: Caller) {
    const qb = this.tasks
      .createQueryBuilder('t')
      .innerJoinAndMapOne('t.process', ProcessEntity, 'p', 'p.id = t.process_id')
      .where('t.status = :status', { status: q.status ?? 'open' })
      .andWhere(...visibleWhere('p.child_id', caller));
    if (q.role) qb.andWhere(':role = ANY(t.candidate_roles)', { role: q.role });
    if (q.assignee === 'me') qb.andWhere('t.assignee_sub = :sub', { sub: caller.sub });
    if (q.processId) qb.andWhere('t.process_id = :processId', { processId: q.processId });
    if (q.overdue) qb.andWhere('t.due_at < now()');
    const count = qb.clone();
    qb.orderBy('t.due_at', 'ASC').addOrderBy('t.id', 'ASC');
    // Paged when asked (as GET /processes); unpaged otherwise, as the route always answered.
    const paged = q.page !== undefined || q.pageSize !== undefined;
    if (paged) {
      const pageSize = q.pageSize ?? DEFAULT_PAGE_SIZE;
      qb.offset(((q.page ?? 1) - 1) * pageSize).limit(pageSize); // one process per task: no row multiplication
    }
    // The page and its total side by side, on two connections, as GET /processes: the count reads
    // every matching task, so waiting for it after the page would add its time to every answer.
    const [found, total] = paged
      ? await Promise.all([qb.getMany(), countRows(count)])
      : await qb.getMany().then((r) => [r, r.length] as const);
    const rows = found as (TaskEntity & { process: ProcessEntity })[];
    const children = await childLabelsOf(
      this.tasks,
      rows.map((t) => t.process.childId),
    );
    return {
      items: rows.map((t) => ({ ...taskView(t, t.process), child: children.get(t.process.childId) })),
      total,
    };
  }

  async claim(id: string, caller: Caller) {
    const { task, process } = await this.actionable(id, caller);
    // Answered here, naming the holder from the read model: the workflow holds no names.
    if (task.assigneeSub && task.assigneeSub !== caller.sub)
      throw new ConflictException(
        `Task "${task.title}" is held by ${task.assigneeName ?? 'someone else'}; a manager may reassign it`,
      );
    await this.workflows.claim(process.workflowId, { taskId: id, actor: actorOf(caller) });
    return this.view(task.id, process);
  }

  async complete(id: string, dto: CompleteTaskDto, caller: Caller) {
    let actionable: Awaited<ReturnType<TasksService['actionable']>>;
    try {
      actionable = await this.actionable(id, caller);
    } catch (err) {
      // Checked after the refusal, not before it: the earlier attempt's projection can land at any
      // instant, so a check before could see the task open and this read see it completed.
      const done = err instanceof ConflictException ? await this.alreadyCompletedByCaller(id, dto, caller) : undefined;
      if (done) return done;
      throw err;
    }
    const { task, process } = actionable;
    // Its workflow has closed: completed in the read model, answered the same way.
    if (task.kind === FailedCaseReview.kind) await this.failedCaseReview.complete(task, dto, caller);
    else await this.sendCompletion(task, process, dto, caller);
    return this.answer(task.id, process, caller);
  }

  /** The task and its process as they are now, read in parallel: what a completion answers. */
  private async answer(taskId: string, process: ProcessEntity, caller: Caller) {
    const [task, now] = await Promise.all([this.view(taskId, process), this.processes.get(process.id, caller)]);
    return { task, process: now };
  }

  private async sendCompletion(task: TaskEntity, process: ProcessEntity, dto: CompleteTaskDto, caller: Caller) {
    await this.texts.sendWithoutWords(
      process.id,
      caller.sub,
      { notes: dto.notes, data: dto.data },
      wordsOfTask(task),
      (sent) =>
        this.workflows.complete(process.workflowId, {
          taskId: task.id,
          outcome: dto.outcome,
          ...sent,
          actor: actorOf(caller),
        }),
    );
  }

  /**
   * A retry (same Idempotency-Key) after an attempt whose outcome is unknown: if that attempt was
   * applied (the task is completed, by this caller, with this outcome), the answer is the current
   * state, as the first attempt would have answered, and nothing is sent again. The workflow may
   * have closed since, so the read model answers rather than Temporal.
   */
  private async alreadyCompletedByCaller(id: string, dto: CompleteTaskDto, caller: Caller) {
    if (!currentIdempotency()?.retryOfUnknown) return undefined;
    const task = await this.tasks.findOneBy({ id });
    if (task?.status !== 'completed' || task.completedBy !== caller.sub || task.outcome !== dto.outcome)
      return undefined;
    return this.answer(task.id, await this.processes.find(task.processId, caller), caller);
  }

  private async actionable(id: string, caller: Caller) {
    // The task with its process, in one query. Out of the caller's caseload: the same 404 as an
    // unknown task, before anything else, never confirming the task exists.
    const found = (await this.tasks
      .createQueryBuilder('t')
      .innerJoinAndMapOne('t.process', ProcessEntity, 'p', 'p.id = t.process_id')
      .where('t.id = :id', { id })
      .andWhere(...visibleWhere('p.child_id', caller))
      .getOne()) as (TaskEntity & { process: ProcessEntity }) | null;
    if (!found) throw new NotFoundException(`No task ${id}`);
    const { process, ...task } = found;
    if (!caller.roles.some((role) => task.candidateRoles.includes(role))) {
      throw new ForbiddenException(`Only ${task.candidateRoles.join(' or ')} may act on "${task.title}"`);
    }
    if (task.status !== 'open') throw new ConflictException(`Task "${task.title}" is ${task.status}, not open`);
    return { task, process };
  }

  private async view(id: string, process: ProcessEntity) {
    return taskView(await this.tasks.findOneByOrFail({ id }), process);
  }
}

/**
 * What of a completion is words, kept out of Temporal: the notes, the task's free-text fields, and
 * any string under a key the task does not declare (no rule reads it) but a date. Declared facts
 * (dates, amounts, choices, checklists) reach the workflow as sent.
 */
function wordsOfTask(task: TaskEntity): WordsAt {
  const fields = new Map<string, FieldSpec>();
  const specs = [...task.requiredData, ...Object.values(task.requiredDataByOutcome).flat(), ...task.optionalData];
  for (const field of specs as FieldSpec[]) fields.set(field.name, field);
  return (path, value) => {
    if (path[0] === 'notes') return true;
    if (path[0] !== 'data' || path.length < 2) return false;
    const field = fields.get(path[1]);
    return field ? isFreeTextField(field) : !isIsoDate(value);
  };
}
