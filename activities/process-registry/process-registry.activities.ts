import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Processes one process starts for another (an SGO hands its family on to an allowance review). */
@Injectable()
export class ProcessRegistryActivities {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Writes the read-model row a started process projects into. Idempotent on the process id;
   * answers false when the child already has an active process of that type (nothing to start).
   */
  async registerProcess(input: {
    processId: string;
    type: string;
    childId: string;
    workflowId: string;
    startedBy: string;
  }): Promise<boolean> {
    const [existing] = await this.dataSource.query(`SELECT id FROM processes WHERE id = $1`, [input.processId]);
    if (existing) return true;
    try {
      await this.dataSource.query(
        `INSERT INTO processes (id, type, child_id, workflow_id, status, stage, started_by, started_at) VALUES ($1, $2, $3, $4, 'active', 'started', $5, now())`,
        [input.processId, input.type, input.childId, input.workflowId, input.startedBy],
      );
      return true;
    } catch (err) {
      if ((err as { code?: string }).code === '23505') return false;
      throw err;
    }
  }
}
