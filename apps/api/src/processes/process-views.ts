import type { AuditEventEntity, ProcessEntity, TaskEntity } from '../../../../libs/persistence/src';

/** The API's shapes of read-model rows (API.md). */
export function taskView(t: TaskEntity, process?: Pick<ProcessEntity, 'type' | 'childId'>) {
  return {
    id: t.id,
    processId: t.processId,
    processType: process?.type,
    childId: process?.childId,
    kind: t.kind,
    stage: t.stage,
    title: t.title,
    allowedOutcomes: t.allowedOutcomes,
    candidateRoles: t.candidateRoles,
    requiredData: t.requiredData,
    requiredDataByOutcome: t.requiredDataByOutcome,
    optionalData: t.optionalData,
    // Separation of duties, said up front so a page can explain it before anyone fills the form in.
    ...(t.excludedActors?.length ? { excludedActors: t.excludedActors } : {}),
    assignee: t.assigneeSub ? { sub: t.assigneeSub, name: t.assigneeName } : undefined,
    dueAt: t.dueAt.toISOString(),
    createdAt: t.createdAt.toISOString(),
    status: t.status,
    outcome: t.outcome ?? undefined,
    completedBy: t.completedBy ?? undefined,
  };
}

export function processView(p: ProcessEntity, openTasks: TaskEntity[]) {
  return {
    id: p.id,
    type: p.type,
    childId: p.childId,
    status: p.status,
    stage: p.stage,
    category: p.category ?? undefined,
    openTasks: openTasks.map((t) => taskView(t, p)),
    dueDates: p.dueDates,
    outcome: p.outcome ?? undefined,
    data: p.data,
    startedAt: p.startedAt.toISOString(),
    closedAt: p.closedAt?.toISOString(),
  };
}

export function timelineView(e: AuditEventEntity) {
  return {
    at: e.at.toISOString(),
    actor: { sub: e.actorSub, name: e.actorName },
    kind: e.kind,
    stage: e.stage,
    taskId: e.taskId ?? undefined,
    outcome: e.outcome ?? undefined,
    notes: e.notes ?? undefined,
    data: e.data ?? undefined,
  };
}
