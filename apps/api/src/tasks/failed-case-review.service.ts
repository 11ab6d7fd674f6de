import { ConflictException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FAILED_CASE_REVIEW_EVENT_IDX } from '../../../../libs/domain/src';
import type { TaskEntity } from '../../../../libs/persistence/src';
import type { Caller } from '../auth/auth.types';
import type { CompleteTaskDto } from './dto/task.dto';

/**
 * Completes a `failed-case-review` task. Its workflow has closed, so no update can complete it:
 * the task, its `task-completed` audit row (the timeline's event) are written here in one
 * transaction. The caller's role and the task being open were checked as for any task.
 */
@Injectable()
export class FailedCaseReviewService {
  constructor(private readonly dataSource: DataSource) {}

  async complete(task: TaskEntity, dto: CompleteTaskDto, caller: Caller): Promise<void> {
    if (!task.allowedOutcomes.includes(dto.outcome))
      throw new UnprocessableEntityException(
        `outcome: "${dto.outcome}" is not allowed for "${task.title}"; allowed: ${task.allowedOutcomes.join(', ')}`,
      );
    await this.dataSource.transaction(async (db) => {
      // Locked so two completions (or the outbox numbering its events) take turns.
      const [process] = await db.query(`SELECT projection_seq, stage FROM processes WHERE id = $1 FOR UPDATE`, [
        task.processId,
      ]);
      const [, completed] = await db.query(
        `UPDATE tasks SET status = 'completed', outcome = $2, completed_by = $3,
           assignee_sub = COALESCE(assignee_sub, $3), assignee_name = COALESCE(assignee_name, $4)
         WHERE id = $1 AND status = 'open'`,
        [task.id, dto.outcome, caller.sub, caller.name],
      );
      // Another completion won between the read and the lock.
      if (completed === 0) throw new ConflictException(`Task "${task.title}" is completed, not open`);
      await db.query(
        `INSERT INTO audit_events (process_id, seq, idx, at, actor_sub, actor_name, kind, stage, task_id, outcome, notes, data)
         SELECT $1, $2, $3 + count(*), now(), $4, $5, 'task-completed', $6, $7, $8, $9, $10
         FROM audit_events WHERE process_id = $1 AND seq = $2 AND idx >= $3`,
        [
          task.processId,
          process.projection_seq,
          FAILED_CASE_REVIEW_EVENT_IDX,
          caller.sub,
          caller.name,
          process.stage,
          task.id,
          dto.outcome,
          dto.notes ?? null,
          dto.data ?? null,
        ],
      );
    });
  }
}
