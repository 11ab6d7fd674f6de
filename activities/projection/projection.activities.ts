import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  FAILED_CASE_REVIEW_EVENT_IDX,
  FailedCaseReview,
  SYSTEM_ACTOR,
  failedCaseReviewTaskId,
  type ProcessProjection,
  type TaskState,
} from '../../libs/domain/src';

/**
 * Writes a process's read model, its changed tasks and its new audit events in one SQL statement
 * (one round trip, atomic as a transaction is: this runs on every transition, inside the workflow
 * task an update waits for). Idempotent and order-proof: rows carry the projection `seq`, older or
 * repeated projections change nothing, and audit events are keyed by (process, seq, index).
 */
@Injectable()
export class ProjectionActivities {
  constructor(private readonly dataSource: DataSource) {}

  async projectProcess(p: ProcessProjection): Promise<void> {
    await this.dataSource.query(
      `WITH process_row AS (
         UPDATE processes SET status = $3, stage = $4, category = $5, outcome = $6, data = $7, due_dates = $8,
           closed_at = $9, projection_seq = $2
         WHERE id = $1 AND projection_seq < $2
       ), task_rows AS (
         INSERT INTO tasks (id, process_id, kind, stage, title, allowed_outcomes, candidate_roles, required_data,
           required_data_by_outcome, excluded_actors, assignee_sub, assignee_name, status, outcome, completed_by, due_at,
           created_at, projection_seq, optional_data)
         SELECT t.id, $1, t.kind, t.stage, t.title, t.allowed_outcomes, t.candidate_roles, t.required_data,
           t.required_data_by_outcome, t.excluded_actors, t.assignee_sub,
           COALESCE(t.assignee_name, (SELECT name FROM staff WHERE sub = t.assignee_sub)),
           t.status, t.outcome, t.completed_by, t.due_at, t.created_at, $2, t.optional_data
         FROM jsonb_populate_recordset(NULL::tasks, $10::jsonb) AS t
         ON CONFLICT (id) DO UPDATE SET candidate_roles = EXCLUDED.candidate_roles, assignee_sub = EXCLUDED.assignee_sub,
           assignee_name = EXCLUDED.assignee_name, status = EXCLUDED.status, outcome = EXCLUDED.outcome,
           completed_by = EXCLUDED.completed_by, due_at = EXCLUDED.due_at, projection_seq = EXCLUDED.projection_seq
         WHERE tasks.projection_seq < EXCLUDED.projection_seq
       )
       INSERT INTO audit_events (process_id, seq, idx, at, actor_sub, actor_name, kind, stage, task_id, outcome, notes, data)
       SELECT $1, $2, e.idx, e.at, e.actor_sub, COALESCE(e.actor_name, (SELECT name FROM staff WHERE sub = e.actor_sub), e.actor_sub),
         e.kind, e.stage, e.task_id, e.outcome, e.notes, e.data
       FROM jsonb_populate_recordset(NULL::audit_events, $11::jsonb) AS e
       ON CONFLICT (process_id, seq, idx) DO NOTHING`,
      [
        p.processId,
        p.seq,
        p.status,
        p.stage,
        p.category ?? null,
        p.outcome ?? null,
        p.data,
        p.dueDates,
        p.closedAt ?? null,
        JSON.stringify(p.tasks.map(taskRow)),
        JSON.stringify(p.events.map(eventRow)),
      ],
    );
    // Its own transaction, after: a retry finds the rows above already written and changes nothing.
    if (p.status === 'failed')
      await this.dataSource.transaction((db) => this.openFailedCaseReview(db.query.bind(db), p));
  }

  /**
   * A case that closed `failed` gets a manager's task, written with the failed state. Keyed by the
   * process, so a retried or later projection never opens a second one nor reopens a completed one.
   */
  private async openFailedCaseReview(
    query: (sql: string, params: unknown[]) => Promise<unknown[]>,
    p: ProcessProjection,
  ): Promise<void> {
    const taskId = failedCaseReviewTaskId(p.processId);
    const at = p.closedAt ?? new Date().toISOString();
    // The workflow dropped what it could not write, a completed task's new state among it: a task
    // still open here can never be acted on, so it is shown cancelled, like the rest on a closed case.
    await query(`UPDATE tasks SET status = 'cancelled' WHERE process_id = $1 AND status = 'open' AND id <> $2`, [
      p.processId,
      taskId,
    ]);
    const opened = await query(
      `INSERT INTO tasks (id, process_id, kind, stage, title, allowed_outcomes, candidate_roles, status, due_at, created_at, projection_seq)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8, $8, $9)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        taskId,
        p.processId,
        FailedCaseReview.kind,
        p.stage,
        FailedCaseReview.title,
        FailedCaseReview.allowedOutcomes,
        FailedCaseReview.candidateRoles,
        at, // due at once: nothing moves on the case until a person looks
        p.seq,
      ],
    );
    if (opened.length === 0) return;
    await query(
      `INSERT INTO audit_events (process_id, seq, idx, at, actor_sub, actor_name, kind, stage, task_id, notes, data)
       VALUES ($1, $2, $3, $4, $5, $6, 'task-opened', $7, $8, $9, $10)
       ON CONFLICT (process_id, seq, idx) DO NOTHING`,
      [
        p.processId,
        p.seq,
        FAILED_CASE_REVIEW_EVENT_IDX,
        at,
        SYSTEM_ACTOR.sub,
        SYSTEM_ACTOR.name,
        p.stage,
        taskId,
        FailedCaseReview.reason,
        { kind: FailedCaseReview.kind, dueAt: at },
      ],
    );
  }
}

/** A task as its row in `tasks`, keyed by column (jsonb_populate_recordset reads it by name). */
function taskRow(t: TaskState) {
  return {
    id: t.id,
    kind: t.kind,
    stage: t.stage,
    title: t.title,
    allowed_outcomes: t.allowedOutcomes,
    candidate_roles: t.candidateRoles,
    required_data: t.requiredData ?? [],
    required_data_by_outcome: t.requiredDataByOutcome ?? {},
    optional_data: t.optionalData ?? [],
    excluded_actors: t.excludedActors ?? [],
    assignee_sub: t.assignee?.sub ?? null,
    assignee_name: t.assignee?.name ?? null, // workflows carry subs only: the name comes from the staff directory
    status: t.status,
    outcome: t.completion?.outcome ?? null,
    completed_by: t.completion?.actor.sub ?? null,
    due_at: t.dueAt,
    created_at: t.createdAt,
  };
}

/** An audit event as its row in `audit_events`, with its index in the projection. */
function eventRow(e: ProcessProjection['events'][number], idx: number) {
  return {
    idx,
    at: e.at,
    actor_sub: e.actor.sub,
    actor_name: e.actor.name ?? null,
    kind: e.kind,
    stage: e.stage,
    task_id: e.taskId ?? null,
    outcome: e.outcome ?? null,
    notes: e.notes ?? null,
    data: e.data ?? null,
  };
}
