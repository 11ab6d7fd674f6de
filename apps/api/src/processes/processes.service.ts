import {
  ConflictException,
  ForbiddenException,
  HttpException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import {
  EVENT_FREE_TEXT,
  eventRoleRefusal,
  mayRecordEvent,
  processWorkflowId,
  type Policy,
  type ProcessType,
} from '../../../../libs/domain/src';
import { AuditEventEntity, DocumentEntity, ProcessEntity, TaskEntity } from '../../../../libs/persistence/src';
import { ChildAuditService } from '../audit/child-audit.service';
import { actorOf, type Caller } from '../auth/auth.types';
import { visibleWhere } from '../common/caseload';
import { childLabelsOf } from '../common/child-labels';
import { currentIdempotency } from '../common/idempotency/idempotency-context';
import { countRows, DEFAULT_PAGE_SIZE } from '../common/paging';
import { isUniqueViolation } from '../common/pg-errors';
import { POLICY } from '../policy/policy.provider';
import { ProcessStarters } from './process-starters';
import { ProcessTexts, underKeys } from './process-texts.service';
import { StaffDirectory } from '../auth/staff-directory.service';
import type { ListProcessesQuery } from './dto/process.dto';
import { AlreadyRunning, ProcessWorkflowsService } from './process-workflows.service';
import { processView, timelineView } from './process-views';

@Injectable()
export class ProcessesService {
  constructor(
    @InjectRepository(ProcessEntity) private readonly processes: Repository<ProcessEntity>,
    @InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>,
    @InjectRepository(AuditEventEntity) private readonly auditEvents: Repository<AuditEventEntity>,
    @InjectRepository(DocumentEntity) private readonly documentRows: Repository<DocumentEntity>,
    private readonly workflows: ProcessWorkflowsService,
    private readonly starters: ProcessStarters,
    @Inject(POLICY) private readonly policy: Policy,
    private readonly childAudit: ChildAuditService,
    private readonly texts: ProcessTexts,
    private readonly staff: StaffDirectory,
  ) {}

  /**
   * Starts a process: the read-model row first (its partial unique index refuses a second active
   * process, 409), then the workflow (whose id refuses it again, 409). Answers once the workflow
   * has projected its first state (the start carries an update that waits for it), so the caller
   * sees the open tasks.
   */
  async start(type: ProcessType, body: unknown, caller: Caller) {
    this.starters.assertMayStart(type, caller.roles);
    const { childId, facts, caseworker } = await this.starters.plan(type, body, caller);
    const workflowId = processWorkflowId(type, childId);
    if (caseworker) await this.staff.introduce(caseworker);
    const started = await this.startedByEarlierAttempt(type, childId, workflowId, caller);
    if (started) return this.get(started.id, caller);
    const id = randomUUID();
    const conflict = () => new ConflictException(`Child ${childId} already has an active ${type} process`);
    try {
      await this.processes.insert({
        id,
        type,
        childId,
        workflowId,
        status: 'active',
        stage: 'started',
        data: {},
        dueDates: {},
        startedBy: caller.sub,
        startedAt: new Date(),
        projectionSeq: 0,
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict();
      throw err;
    }
    try {
      await this.workflows.start(type, workflowId, {
        processId: id,
        childId,
        // Ids only: names are resolved from the staff directory when the process is projected.
        startedBy: { sub: caller.sub },
        policy: this.policy,
        facts,
        caseworker: caseworker && { sub: caseworker.sub },
      });
    } catch (err) {
      // A start that timed out may have reached Temporal: then it stands, and the caller is told so.
      const unknown = !(err instanceof AlreadyRunning) && err instanceof HttpException && err.getStatus() === 503;
      if (!unknown || (await this.workflows.exists(workflowId)) !== true) {
        // Nothing started: take the row back so the child is not blocked.
        await this.processes.delete({ id });
        throw err instanceof AlreadyRunning ? conflict() : err;
      }
    }
    if (caseworker) await this.allocate(childId, caseworker.sub, caller);
    return this.get(id, caller);
  }

  /**
   * A retry (same Idempotency-Key) after an attempt whose outcome is unknown: the process that
   * attempt started for this child, if it did (its row is there and Temporal knows the workflow).
   */
  private async startedByEarlierAttempt(type: ProcessType, childId: string, workflowId: string, caller: Caller) {
    if (!currentIdempotency()?.retryOfUnknown) return undefined;
    const row = await this.processes.findOneBy({ type, childId, workflowId, startedBy: caller.sub, status: 'active' });
    if (!row || (await this.workflows.exists(workflowId)) !== true) return undefined;
    return row;
  }

  /** The child's allocated social worker, who sees the child whatever their team. */
  private async allocate(childId: string, sub: string, caller: Caller): Promise<void> {
    await this.processes.manager.transaction(async (db) => {
      const [before]: { sub: string | null }[] = await db.query(
        `SELECT allocated_worker_sub AS sub FROM children WHERE id = $1 FOR UPDATE`,
        [childId],
      );
      if (!before || before.sub === sub) return;
      await db.query(`UPDATE children SET allocated_worker_sub = $1 WHERE id = $2`, [sub, childId]);
      await this.childAudit.record(db, childId, 'worker-allocated', caller, {
        allocatedWorkerSub: { from: before.sub, to: sub },
      });
    });
  }

  /** Starts a process for many children (a screened cohort); each child's answer stands alone. */
  async startMany(type: ProcessType, childIds: string[], caller: Caller) {
    const started: { childId: string; processId: string }[] = [];
    const refused: { childId: string; statusCode: number; message: string }[] = [];
    const queue = [...new Set(childIds)];
    const startNext = async (): Promise<void> => {
      for (let childId = queue.shift(); childId; childId = queue.shift()) {
        try {
          started.push({ childId, processId: (await this.start(type, { childId }, caller)).id });
        } catch (err) {
          if (!(err instanceof HttpException) || err.getStatus() >= 500) throw err;
          refused.push({ childId, statusCode: err.getStatus(), message: err.message });
        }
      }
    };
    // A few at a time: each start waits for its workflow's first projection.
    await Promise.all(Array.from({ length: 8 }, startNext));
    // Each refused child the caller may see is named, as on list pages, so the page asks nothing
    // per child. One the caller may not (404: off their caseload, or no such record) stays an id.
    const named = refused.filter((r) => r.statusCode !== 404 && r.statusCode !== 403).map((r) => r.childId);
    const labels = await childLabelsOf(this.processes, named);
    return {
      started,
      refused: refused.map((r) => (named.includes(r.childId) ? { ...r, child: labels.get(r.childId) } : r)),
    };
  }

  async pause(id: string, reason: string, caller: Caller) {
    const { workflowId } = await this.findOpen(id, caller);
    await this.texts.sendWithoutWords(id, caller.sub, { reason }, underKeys('reason'), (sent) =>
      this.workflows.pause(workflowId, sent.reason, actorOf(caller)),
    );
    return this.get(id, caller);
  }

  async resume(id: string, reason: string | undefined, caller: Caller) {
    const { workflowId } = await this.findOpen(id, caller);
    await this.texts.sendWithoutWords(id, caller.sub, { reason }, underKeys('reason'), (sent) =>
      this.workflows.resume(workflowId, sent.reason, actorOf(caller)),
    );
    return this.get(id, caller);
  }

  async reassign(id: string, socialWorker: { sub: string; name: string }, caller: Caller) {
    const process = await this.findOpen(id, caller);
    // The workflow hears the sub; the name goes to the staff directory, where views read it.
    await this.staff.introduce(socialWorker);
    await this.workflows.reassign(process.workflowId, { sub: socialWorker.sub }, actorOf(caller));
    await this.allocate(process.childId, socialWorker.sub, caller);
    return this.get(id, caller);
  }

  /**
   * A page of the caller's processes and the count of every match, read at once on two
   * connections. `status=open` is active or paused; `sort=next-due` puts the soonest of each
   * case's due dates first (cases with none last), else newest first.
   */
  async list(q: ListProcessesQuery, caller: Caller) {
    const pageSize = q.pageSize ?? DEFAULT_PAGE_SIZE;
    const qb = this.processes.createQueryBuilder('p').where(...visibleWhere('p.child_id', caller));
    if (q.type) qb.andWhere('p.type = :type', { type: q.type });
    if (q.status === 'open') qb.andWhere(`p.status IN ('active', 'paused')`);
    else if (q.status) qb.andWhere('p.status = :status', { status: q.status });
    if (q.stage) qb.andWhere('p.stage = :stage', { stage: q.stage });
    if (q.childId) qb.andWhere('p.child_id = :childId', { childId: q.childId });
    if (q.allocatedTo === 'me')
      qb.andWhere(
        'EXISTS (SELECT 1 FROM children c WHERE c.id = p.child_id AND c.allocated_worker_sub = :allocatedSub)',
        { allocatedSub: caller.sub },
      );
    if (q.overdue)
      qb.andWhere(
        `EXISTS (SELECT 1 FROM tasks t WHERE t.process_id = p.id AND t.status = 'open' AND t.due_at < now())`,
      );
    const count = qb.clone();
    if (q.sort === 'next-due')
      // Due dates are ISO dates or instants: as text in the C collation they sort as the dates do.
      qb.addSelect(`(SELECT min(d.value COLLATE "C") FROM jsonb_each_text(p.due_dates) AS d)`, 'next_due')
        .orderBy('next_due', 'ASC', 'NULLS LAST')
        .addOrderBy('p.started_at', 'DESC');
    else qb.orderBy('p.started_at', 'DESC');
    qb.addOrderBy('p.id', 'ASC')
      .skip(((q.page ?? 1) - 1) * pageSize)
      .take(pageSize);
    const [rows, total] = await Promise.all([qb.getMany(), countRows(count)]);
    const [open, children] = await Promise.all([
      this.openTasksOf(rows.map((r) => r.id)),
      childLabelsOf(
        this.processes,
        rows.map((r) => r.childId),
      ),
    ]);
    const openByProcess = new Map<string, TaskEntity[]>();
    for (const t of open) openByProcess.set(t.processId, [...(openByProcess.get(t.processId) ?? []), t]);
    return {
      items: await Promise.all(
        rows.map(async (p) => ({
          ...processView({ ...p, data: await this.texts.resolve(p.id, p.data) }, openByProcess.get(p.id) ?? []),
          child: children.get(p.childId),
        })),
      ),
      total,
    };
  }

  async get(id: string, caller: Caller) {
    // Both at once: the open tasks of a case the caller may not see are read, never answered.
    const [process, open] = await Promise.all([this.find(id, caller), this.openTasksOf([id])]);
    process.data = await this.texts.resolve(id, process.data);
    return processView(process, open);
  }

  async timeline(id: string, caller: Caller) {
    await this.find(id, caller);
    const events = await this.auditEvents.find({ where: { processId: id }, order: { seq: 'ASC', idx: 'ASC' } });
    return this.withStaffNames(await this.texts.resolve(id, events.map(timelineView)));
  }

  /**
   * Workflows hear only subs (names stay in PostgreSQL): a person an event names in its data, such
   * as the social worker a case moved `to` or `from`, gets their name back from the staff directory.
   */
  private async withStaffNames<T extends { data?: Record<string, unknown> }>(events: T[]): Promise<T[]> {
    const unnamed = (v: unknown): v is { sub: string; name?: string } =>
      typeof v === 'object' &&
      v !== null &&
      typeof (v as { sub?: unknown }).sub === 'string' &&
      !(v as { name?: unknown }).name;
    const people = events.flatMap((e) => [e.data?.to, e.data?.from].filter(unnamed));
    const names = await this.staff.namesOf(people.map((p) => p.sub));
    for (const person of people) {
      const name = names.get(person.sub);
      if (name) person.name = name;
    }
    return events;
  }

  async documents(id: string, caller: Caller) {
    await this.find(id, caller);
    const rows = await this.documentRows.find({ where: { processId: id }, order: { createdAt: 'ASC', kind: 'ASC' } });
    const items = rows.map((d) => ({
      id: d.id,
      kind: d.kind,
      title: d.title,
      body: d.body, // letters are rendered with their words by the letter activity
      createdAt: d.createdAt.toISOString(),
    }));
    return { items, total: items.length };
  }

  async withdraw(id: string, reason: string, caller: Caller) {
    let process: ProcessEntity;
    try {
      process = await this.findOpen(id, caller);
    } catch (err) {
      // A retry after an attempt whose outcome is unknown: withdrawn since means that attempt applied.
      // Looked at after the refusal, so a projection landing between two reads cannot turn it into a 409.
      const retry = err instanceof ConflictException && currentIdempotency()?.retryOfUnknown;
      if (retry && (await this.find(id, caller)).status === 'withdrawn') return this.get(id, caller);
      throw err;
    }
    await this.texts.sendWithoutWords(id, caller.sub, { reason }, underKeys('reason'), (sent) =>
      this.workflows.withdraw(process.workflowId, sent.reason, actorOf(caller)),
    );
    return this.get(id, caller);
  }

  async recordEvent(
    id: string,
    event: { kind: string; notes?: string; data?: Record<string, unknown> },
    caller: Caller,
  ) {
    const process = await this.findOpen(id, caller);
    // The workflow's validator is the authority; this answers the same refusal without a round trip.
    if (!mayRecordEvent(event.kind, caller.roles)) throw new ForbiddenException(eventRoleRefusal(event.kind));
    // Notes, and the data keys of this kind that hold words, reach the workflow as references.
    const words = EVENT_FREE_TEXT[event.kind] ?? [];
    await this.texts.sendWithoutWords(
      id,
      caller.sub,
      { notes: event.notes, data: event.data },
      (path) => path[0] === 'notes' || (path[0] === 'data' && path.length > 1 && words.includes(path[1])),
      (sent) => this.workflows.recordEvent(process.workflowId, { ...event, ...sent, actor: actorOf(caller) }),
    );
    return { accepted: true, processId: id, kind: event.kind };
  }

  /** The process, if its child is on the caller's caseload; otherwise 404, as if it did not exist. */
  async find(id: string, caller: Caller): Promise<ProcessEntity> {
    const process = await this.processes
      .createQueryBuilder('p')
      .where('p.id = :id', { id })
      .andWhere(...visibleWhere('p.child_id', caller))
      .getOne();
    if (!process) throw new NotFoundException(`No process ${id}`);
    return process;
  }

  private async findOpen(id: string, caller: Caller): Promise<ProcessEntity> {
    const process = await this.find(id, caller);
    if (process.status !== 'active' && process.status !== 'paused')
      throw new ConflictException(`The process is ${process.status}`);
    return process;
  }

  private async openTasksOf(processIds: string[]): Promise<TaskEntity[]> {
    if (processIds.length === 0) return [];
    return this.tasks
      .createQueryBuilder('t')
      .where('t.process_id IN (:...ids)', { ids: processIds })
      .andWhere(`t.status = 'open'`)
      .orderBy('t.due_at')
      .getMany();
  }
}
