import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import {
  AllowancePaymentEntity,
  AsgsfClaimEntity,
  AsgsfCommitmentEntity,
  AuditEventEntity,
  ConnectionEntity,
  DocumentEntity,
  EpisodeCeasedEntity,
  NotificationEntity,
  PersonToFindEntity,
  ProcessEntity,
  TaskEntity,
} from '../../../../libs/persistence/src';
import type { Caller } from '../auth/auth.types';
import { ChildrenService } from '../children/children.service';
import { ChildAuditService } from './child-audit.service';

/**
 * Everything held about a child as one document, the basis of a subject access response: the
 * record with its carers and its audit events, and for every process (case) its tasks, timeline,
 * letters, notifications, connections, people to find, allowance payments, ASGSF claims and
 * commitments and the care episode it ended. Out of the caller's caseload: 404, as GET /children/:id.
 */
@Injectable()
export class SubjectAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly children: ChildrenService,
    private readonly childAudit: ChildAuditService,
  ) {}

  async record(childId: string, caller: Caller) {
    const { processes: _summaries, ...child } = await this.children.get(childId, caller);
    const processes = await this.dataSource.manager.find(ProcessEntity, {
      where: { childId },
      order: { startedAt: 'ASC' },
    });
    const ids = processes.map((p) => p.id);
    const [tasks, timeline, letters, notifications, connections, peopleToFind, payments, claims, commitments, ended] =
      await Promise.all([
        this.byProcess(TaskEntity, ids, { createdAt: 'ASC' }),
        this.byProcess(AuditEventEntity, ids, { seq: 'ASC', idx: 'ASC' }),
        this.byProcess(DocumentEntity, ids, { createdAt: 'ASC' }),
        this.byProcess(NotificationEntity, ids, { createdAt: 'ASC' }),
        this.byProcess(ConnectionEntity, ids),
        this.byProcess(PersonToFindEntity, ids, { createdAt: 'ASC' }),
        this.byProcess(AllowancePaymentEntity, ids),
        this.byProcess(AsgsfClaimEntity, ids),
        this.byProcess(AsgsfCommitmentEntity, ids),
        this.byProcess(EpisodeCeasedEntity, ids),
      ]);
    const of = <T extends { processId: string | null }>(rows: T[], id: string) =>
      rows.filter((r) => r.processId === id);
    return {
      generatedAt: new Date().toISOString(),
      generatedBy: { sub: caller.sub, name: caller.name },
      child,
      changes: await this.childAudit.forChild(childId),
      processes: processes.map((p) => ({
        ...p,
        tasks: of(tasks, p.id),
        timeline: of(timeline, p.id),
        letters: of(letters, p.id),
        notifications: of(notifications, p.id),
        connections: of(connections, p.id),
        peopleToFind: of(peopleToFind, p.id),
        allowancePayments: of(payments, p.id),
        asgsfClaims: of(claims, p.id),
        asgsfCommitments: of(commitments, p.id),
        episodeCeased: of(ended, p.id)[0] ?? null,
      })),
    };
  }

  private byProcess<T extends ObjectLiteral & { processId: string | null }>(
    entity: EntityTarget<T>,
    processIds: string[],
    order?: Record<string, 'ASC' | 'DESC'>,
  ): Promise<T[]> {
    if (!processIds.length) return Promise.resolve([]);
    return this.dataSource.manager.find(entity, {
      where: { processId: In(processIds) } as never,
      order: order as never,
    });
  }
}
