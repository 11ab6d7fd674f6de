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
 * Writes a process's read model, its changed tasks and its new audit events in one transaction.
 * Idempotent and order-proof: rows carry the projection `seq`, older or repeated projections
 * change nothing, and audit events are keyed by (process, seq, index).
 */
@Injectable()
export class ProjectionActivities {
  constructor(private readonly dataSource: DataSource) {}

  async projectProcess(p: ProcessProjection): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      await db.query(
        `UPDATE processes SET status = $3, stage = $4, category = $5, outcome = $6, data = $7, due_dates = $8,
           closed_at = $9, projection_seq = $2
         WHERE id = $1 AND projection_seq < $2`,
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
        ],
      );
      for (const task of p.tasks) await this.upsertTask(db.query.bind(db), p, task);
      for (const [idx, e] of p.events.entries()) {
        await db.query(
          `INSERT INTO audit_events (process_id, seq, idx, at, actor_sub, actor_name, kind, stage, task_id, outcome, notes, data)
           VALUES ($1, $2, $3, $4, $5, COALESCE($6, (SELECT name FROM staff WHERE sub = $5), $5), $7, $8, $9, $10, $11, $12)
           ON CONFLICT (process_id, seq, idx) DO NOTHING`,
          [
            p.processId,
            p.seq,
            idx,
            e.at,
            e.actor.sub,
            e.actor.name ?? null, // workflows carry people's subs only: the name comes from the staff directory
            e.kind,
            e.stage,
            e.taskId ?? null,
            e.outcome ?? null,
            e.notes ?? null,
            e.data ?? null,
          ],
        );
      }
      if (p.status === 'failed') await this.openFailedCaseReview(db.query.bind(db), p);
    });
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

  private async upsertTask(
    query: (sql: string, params: unknown[]) => Promise<unknown>,
    p: ProcessProjection,
    t: TaskState,
  ): Promise<void> {
    await query(
      `INSERT INTO tasks (id, process_id, kind, stage, title, allowed_outcomes, candidate_roles, required_data,
         required_data_by_outcome, excluded_actors, assignee_sub, assignee_name, status, outcome, completed_by, due_at, created_at, projection_seq, optional_data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, COALESCE($12, (SELECT name FROM staff WHERE sub = $11)), $13, $14, $15, $16, $17, $18, $19)
       ON CONFLICT (id) DO UPDATE SET candidate_roles = EXCLUDED.candidate_roles, assignee_sub = EXCLUDED.assignee_sub, assignee_name = EXCLUDED.assignee_name,
         status = EXCLUDED.status, outcome = EXCLUDED.outcome, completed_by = EXCLUDED.completed_by, due_at = EXCLUDED.due_at,
         projection_seq = EXCLUDED.projection_seq
       WHERE tasks.projection_seq < EXCLUDED.projection_seq`,
      [
        t.id,
        p.processId,
        t.kind,
        t.stage,
        t.title,
        t.allowedOutcomes,
        t.candidateRoles,
        JSON.stringify(t.requiredData ?? []),
        t.requiredDataByOutcome ?? {},
        t.excludedActors ?? [],
        t.assignee?.sub ?? null,
        t.assignee?.name ?? null,
        t.status,
        t.completion?.outcome ?? null,
        t.completion?.actor.sub ?? null,
        t.dueAt,
        t.createdAt,
        p.seq,
        JSON.stringify(t.optionalData ?? []),
      ],
    );
  }
}
