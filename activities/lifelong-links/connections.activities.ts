import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Decisions and contact outcomes for the people a Lifelong Links search found. Both idempotent. */
@Injectable()
export class ConnectionsActivities {
  constructor(private readonly dataSource: DataSource) {}

  async recordSafetyDecision(input: { connectionId: string; decision: string }): Promise<void> {
    await this.dataSource.query(`UPDATE ll_connections SET safety_decision = $2 WHERE id = $1`, [
      input.connectionId,
      input.decision,
    ]);
  }

  async recordContactOutcome(input: { connectionId: string; outcome: string }): Promise<void> {
    await this.dataSource.query(`UPDATE ll_connections SET contact_outcome = $2 WHERE id = $1`, [
      input.connectionId,
      input.outcome,
    ]);
  }
}
