import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Changes to a child's care record that a process makes when it ends. */
@Injectable()
export class CareRecordsActivities {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Ends the care episode with its SSDA903 reason; one row per process, so a retry adds nothing.
   * The order (an SGO or a child arrangements order, E41) ends looked-after status: the child is
   * now previously looked after (ASGSF eligibility) and no second conversion can start.
   */
  async closeCareEpisode(input: {
    processId: string;
    childId: string;
    dateCeased: string;
    reasonCode: string;
  }): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO episodes_ceased (process_id, child_id, date_ceased, reason_code) VALUES ($1, $2, $3, $4)
         ON CONFLICT (process_id) DO NOTHING`,
        [input.processId, input.childId, input.dateCeased, input.reasonCode],
      );
      await tx.query(`UPDATE children SET looked_after = false, previously_looked_after = true WHERE id = $1`, [
        input.childId,
      ]);
    });
  }

  /** An SGO ends looked-after status: the child is now previously looked after (ASGSF eligibility). */
  async recordSgoHandOff(input: { processId: string; childId: string; orderDate: string }): Promise<void> {
    await this.dataSource.query(
      `UPDATE children SET looked_after = false, previously_looked_after = true WHERE id = $1`,
      [input.childId],
    );
  }
}
